package dev.dateline.nlp.pos;

import java.util.Locale;

/**
 * Word forms as the tagger sees them. News text carries typographic characters (’s, “, —, …) that the treebank
 * mostly spells in ASCII; mapping them to their ASCII forms lets a token like "don’t" or "’s" share the weights its
 * ASCII spelling learned. Also the word shape used as a feature.
 */
final class Forms {
  private Forms() {}

  /** {@code form} with typographic quotes, apostrophes, dashes and the ellipsis in ASCII; the same instance if none. */
  static String normalise(String form) {
    int n = form.length();
    int i = 0;
    while (i < n && !special(form.charAt(i))) {
      i++;
    }
    if (i == n) {
      return form;
    }
    StringBuilder sb = new StringBuilder(n + 2).append(form, 0, i);
    for (; i < n; i++) {
      char c = form.charAt(i);
      switch (c) {
        case '\u2018', '\u2019', '\u201a', '\u201b', '\u2032', '\u02bc' -> sb.append('\'');
        case '\u201c', '\u201d', '\u201e', '\u201f', '\u2033', '\u00ab', '\u00bb' -> sb.append('"');
        case '\u2014', '\u2015' -> sb.append("--");
        case '\u2010', '\u2011', '\u2012', '\u2013', '\u2212' -> sb.append('-');
        case '\u2026' -> sb.append("...");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  private static boolean special(char c) {
    return c >= '\u2010' && c <= '\u2212' || c == '\u00ab' || c == '\u00bb' || c == '\u02bc';
  }

  static String lower(String form) {
    for (int i = 0, n = form.length(); i < n; i++) {
      if (Character.isUpperCase(form.charAt(i))) {
        return form.toLowerCase(Locale.ROOT);
      }
    }
    return form;
  }

  /** Letters as X/x, digits as d, other characters as themselves, runs of the same class written once: "Al-Ani" → "Xx-Xx". */
  static String shape(String form) {
    StringBuilder sb = new StringBuilder(Math.min(form.length(), 8));
    char last = 0;
    for (int i = 0, n = form.length(); i < n && sb.length() < 8; i++) {
      char c = form.charAt(i);
      char k = Character.isUpperCase(c) ? 'X' : Character.isLetter(c) ? 'x' : Character.isDigit(c) ? 'd' : c;
      if (k != last) {
        sb.append(k);
        last = k;
      }
    }
    return sb.toString();
  }
}
