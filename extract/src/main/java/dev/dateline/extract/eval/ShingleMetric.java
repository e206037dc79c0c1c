package dev.dateline.extract.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article-body metric of the Zyte extraction benchmark: texts become multisets of word 4-gram shingles (tokens
 * are Unicode {@code \w+} runs, case kept; a text of fewer than 4 tokens is one shingle); a page's true positives,
 * false positives and false negatives are normalised to sum to 1; precision and recall are means over pages.
 */
final class ShingleMetric {
  private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
  private static final int N = 4;

  private double precisionSum;
  private int precisionN;
  private double recallSum;
  private int recallN;

  /** One page's normalised counts. */
  record Counts(double tp, double fp, double fn) {}

  static Map<List<String>, Integer> shingles(String text) {
    List<String> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      tokens.add(m.group());
    }
    Map<List<String>, Integer> out = new HashMap<>();
    if (tokens.isEmpty()) {
      return out;
    }
    if (tokens.size() < N) {
      out.put(List.copyOf(tokens), 1);
      return out;
    }
    for (int i = 0; i + N <= tokens.size(); i++) {
      out.merge(List.copyOf(tokens.subList(i, i + N)), 1, Integer::sum);
    }
    return out;
  }

  static Counts counts(String expected, String predicted) {
    Map<List<String>, Integer> truth = shingles(expected);
    Map<List<String>, Integer> pred = shingles(predicted);
    long tp = 0;
    long fp = 0;
    long fn = 0;
    for (Map.Entry<List<String>, Integer> e : pred.entrySet()) {
      int t = truth.getOrDefault(e.getKey(), 0);
      tp += Math.min(t, e.getValue());
      fp += Math.max(0, e.getValue() - t);
    }
    for (Map.Entry<List<String>, Integer> e : truth.entrySet()) {
      fn += Math.max(0, e.getValue() - pred.getOrDefault(e.getKey(), 0));
    }
    long sum = tp + fp + fn;
    if (sum == 0) {
      return new Counts(0, 0, 0);
    }
    return new Counts((double) tp / sum, (double) fp / sum, (double) fn / sum);
  }

  /** Adds one page; returns its counts. */
  Counts add(String expected, String predicted) {
    Counts c = counts(expected, predicted);
    if (c.fp == 0 && c.fn == 0) {
      // both empty, or identical: a perfect page
      precisionSum += 1;
      precisionN++;
      recallSum += 1;
      recallN++;
      return c;
    }
    if (c.tp + c.fp > 0) {
      precisionSum += c.tp / (c.tp + c.fp);
      precisionN++;
    }
    if (c.tp + c.fn > 0) {
      recallSum += c.tp / (c.tp + c.fn);
      recallN++;
    }
    return c;
  }

  double precision() {
    return precisionN == 0 ? 0 : precisionSum / precisionN;
  }

  double recall() {
    return recallN == 0 ? 0 : recallSum / recallN;
  }

  double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
