package dev.dateline.nlp.ner;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Entity-level precision, recall and F1 as conlleval computes them: a predicted entity counts only when its span and
 * type both match a gold entity exactly. Add sentences with {@link #add}, then read the figures.
 */
public final class ConllScore {
  private final Map<String, int[]> byType = new TreeMap<>();
  private int sentences;
  private int tokens;

  /** Adds one sentence's gold and predicted tags (IOB1 or IOB2, equal lengths). */
  public void add(List<String> gold, List<String> predicted) {
    if (gold.size() != predicted.size()) {
      throw new IllegalArgumentException("gold has " + gold.size() + " tags, predicted " + predicted.size());
    }
    sentences++;
    tokens += gold.size();
    Set<Chunks.Chunk> g = new HashSet<>(Chunks.ofIob(gold));
    List<Chunks.Chunk> p = Chunks.ofIob(predicted);
    for (Chunks.Chunk c : g) {
      counts(c.type())[1]++;
    }
    for (Chunks.Chunk c : p) {
      int[] k = counts(c.type());
      k[2]++;
      if (g.contains(c)) {
        k[0]++;
      }
    }
  }

  private int[] counts(String type) {
    return byType.computeIfAbsent(type, t -> new int[3]);
  }

  public int sentences() {
    return sentences;
  }

  public int tokens() {
    return tokens;
  }

  /** Gold entities. */
  public int goldEntities() {
    return total()[1];
  }

  private int[] total() {
    int[] t = new int[3];
    for (int[] k : byType.values()) {
      for (int i = 0; i < 3; i++) {
        t[i] += k[i];
      }
    }
    return t;
  }

  public double precision() {
    return precision(total());
  }

  public double recall() {
    return recall(total());
  }

  public double f1() {
    return f1(total());
  }

  private static double precision(int[] k) {
    return k[2] == 0 ? 0 : (double) k[0] / k[2];
  }

  private static double recall(int[] k) {
    return k[1] == 0 ? 0 : (double) k[0] / k[1];
  }

  private static double f1(int[] k) {
    double p = precision(k);
    double r = recall(k);
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** A line per type and a total line, as in conlleval's report. */
  public List<String> lines() {
    List<String> out = new ArrayList<>();
    int[] t = total();
    out.add(String.format(Locale.ROOT, "processed %d tokens in %d sentences with %d gold entities; found %d; correct %d",
        tokens, sentences, t[1], t[2], t[0]));
    for (Map.Entry<String, int[]> e : byType.entrySet()) {
      out.add(line(e.getKey(), e.getValue()));
    }
    out.add(line("all", t));
    return out;
  }

  private static String line(String type, int[] k) {
    return String.format(Locale.ROOT, "%-5s precision %6.2f%%  recall %6.2f%%  F1 %6.2f  (gold %d, found %d, correct %d)",
        type, 100 * precision(k), 100 * recall(k), 100 * f1(k), k[1], k[2], k[0]);
  }
}
