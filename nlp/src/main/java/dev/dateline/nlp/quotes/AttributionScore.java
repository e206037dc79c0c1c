package dev.dateline.nlp.quotes;

import dev.dateline.model.Span;
import dev.dateline.nlp.quotes.Polnear.Role;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Precision, recall and F1 of predicted attribution roles against gold ones, article by article, in two ways.
 * <b>Exact</b>: a predicted span of a role is a true positive when a gold span of the same role, not yet matched, has
 * the same begin and end once both are trimmed of whitespace and surrounding punctuation (quote marks, commas, full
 * stops). <b>Token overlap</b>: the words (runs of letters and digits) the role's predicted spans cover against those
 * its gold spans cover; precision and recall over words.
 */
public final class AttributionScore {
  private final Map<Role, long[]> exact = new EnumMap<>(Role.class);
  private final Map<Role, long[]> overlap = new EnumMap<>(Role.class);
  private int articles;

  public AttributionScore() {
    for (Role r : Role.values()) {
      exact.put(r, new long[3]);
      overlap.put(r, new long[3]);
    }
  }

  /** Adds one article: its text, gold and predicted spans by role. */
  public void add(String text, Map<Role, List<Span>> gold, Map<Role, List<Span>> predicted) {
    articles++;
    for (Role r : Role.values()) {
      List<Span> g = trimmed(text, gold.getOrDefault(r, List.of()));
      List<Span> p = trimmed(text, predicted.getOrDefault(r, List.of()));
      Map<Span, Integer> left = new HashMap<>();
      g.forEach(s -> left.merge(s, 1, Integer::sum));
      long tp = 0;
      for (Span s : p) {
        Integer count = left.get(s);
        if (count != null && count > 0) {
          tp++;
          left.put(s, count - 1);
        }
      }
      long[] e = exact.get(r);
      e[0] += tp;
      e[1] += p.size();
      e[2] += g.size();
      boolean[] inGold = words(text, g);
      boolean[] inPredicted = words(text, p);
      long[] o = overlap.get(r);
      for (int i = 0; i < inGold.length; i++) {
        o[0] += inGold[i] && inPredicted[i] ? 1 : 0;
        o[1] += inPredicted[i] ? 1 : 0;
        o[2] += inGold[i] ? 1 : 0;
      }
    }
  }

  public int articles() {
    return articles;
  }

  /** Exact-match precision, recall, F1 of {@code role}. */
  public double[] exact(Role role) {
    return prf(exact.get(role));
  }

  /** Token-overlap precision, recall, F1 of {@code role}. */
  public double[] overlap(Role role) {
    return prf(overlap.get(role));
  }

  /** The report: one line per role and way of matching, with counts. */
  public List<String> lines() {
    List<String> out = new ArrayList<>();
    for (String way : List.of("exact", "overlap")) {
      for (Role r : Role.values()) {
        long[] c = (way.equals("exact") ? exact : overlap).get(r);
        double[] m = prf(c);
        out.add(String.format(Locale.ROOT, "%-8s %-8s precision %6.2f%%  recall %6.2f%%  F1 %6.2f  (%s %d, predicted %d, gold %d)",
            way, r.name().toLowerCase(Locale.ROOT), 100 * m[0], 100 * m[1], 100 * m[2],
            way.equals("exact") ? "matched" : "words matched", c[0], c[1], c[2]));
      }
    }
    return out;
  }

  private static double[] prf(long[] c) {
    double p = c[1] == 0 ? 0 : (double) c[0] / c[1];
    double r = c[2] == 0 ? 0 : (double) c[0] / c[2];
    double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
    return new double[] {p, r, f};
  }

  private static List<Span> trimmed(String text, List<Span> spans) {
    List<Span> out = new ArrayList<>(spans.size());
    for (Span s : spans) {
      int b = s.begin();
      int e = s.end();
      while (b < e && trimmable(text.charAt(b))) {
        b++;
      }
      while (e > b && trimmable(text.charAt(e - 1))) {
        e--;
      }
      out.add(new Span(b, e));
    }
    return out;
  }

  private static boolean trimmable(char c) {
    return Character.isWhitespace(c) || "\"'“”‘’«»`.,;:!?()[]—–-".indexOf(c) >= 0;
  }

  /** Which characters of {@code text} start a word covered by one of {@code spans}, indexed by character. */
  private static boolean[] words(String text, List<Span> spans) {
    boolean[] covered = new boolean[text.length()];
    for (Span s : spans) {
      for (int i = s.begin(); i < s.end(); i++) {
        if (Character.isLetterOrDigit(text.charAt(i)) && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
          covered[i] = true;
        }
      }
    }
    return covered;
  }
}
