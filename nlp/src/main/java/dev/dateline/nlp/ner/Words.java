package dev.dateline.nlp.ner;

/** Word forms for features: news text at run time has typographic quotes and dashes that CoNLL's text lacks. */
final class Words {
  private Words() {}

  /** {@code word} with curly quotes and apostrophes, primes and non-ASCII dashes replaced by their ASCII forms. */
  static String normalise(String word) {
    int n = word.length();
    int i = 0;
    while (i < n && ascii(word.charAt(i)) == word.charAt(i)) {
      i++;
    }
    if (i == n) {
      return word;
    }
    StringBuilder sb = new StringBuilder(n);
    sb.append(word, 0, i);
    for (; i < n; i++) {
      char c = word.charAt(i);
      if (c == '\u2026') {
        sb.append("...");
      } else if (c != '\u00ad') {
        sb.append(ascii(c));
      }
    }
    return sb.toString();
  }

  private static char ascii(char c) {
    if (c < 0x80) {
      return c;
    }
    return switch (c) {
      case '\u2018', '\u2019', '\u201a', '\u201b', '\u2032', '\u00b4', '\u02bc' -> '\'';
      case '\u201c', '\u201d', '\u201e', '\u201f', '\u2033', '\u00ab', '\u00bb' -> '"';
      case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> '-';
      case '\u00a0' -> ' ';
      case '\u2026', '\u00ad' -> '\u2026'; // expanded or dropped by the caller
      default -> c;
    };
  }

  /** Lower case with every digit replaced by 0, so numbers share weights. */
  static String lowerDigits(String word) {
    char[] out = new char[word.length()];
    for (int i = 0; i < out.length; i++) {
      char c = word.charAt(i);
      out[i] = Character.isDigit(c) ? '0' : Character.toLowerCase(c);
    }
    return new String(out);
  }

  /** The word's shape: X for upper case, x for lower case, d for digits, other characters as they are. */
  static String shape(String word) {
    char[] out = new char[word.length()];
    for (int i = 0; i < out.length; i++) {
      out[i] = shapeOf(word.charAt(i));
    }
    return new String(out);
  }

  /** The shape with runs of the same character collapsed: "Xxxxx" becomes "Xx", "dd-dd" becomes "d-d". */
  static String shortShape(String word) {
    StringBuilder sb = new StringBuilder(Math.min(word.length(), 8));
    char last = 0;
    for (int i = 0; i < word.length(); i++) {
      char s = shapeOf(word.charAt(i));
      if (s != last) {
        sb.append(s);
        last = s;
      }
    }
    return sb.toString();
  }

  private static char shapeOf(char c) {
    if (Character.isUpperCase(c)) {
      return 'X';
    }
    if (Character.isLowerCase(c) || Character.isLetter(c)) {
      return 'x';
    }
    if (Character.isDigit(c)) {
      return 'd';
    }
    return c;
  }

  static boolean hasUpper(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (Character.isUpperCase(word.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the word has letters and all of them are upper case. */
  static boolean allCaps(String word) {
    boolean letters = false;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      letters |= Character.isLetter(c);
    }
    return letters;
  }

  /** A 64-bit hash of a string (FNV-1a with a final mix), so features can combine words without building strings. */
  static long hash(String s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h = (h ^ s.charAt(i)) * 0x100000001b3L;
    }
    return mix(h);
  }

  static long combine(long a, long b) {
    return mix(a * 0x9e3779b97f4a7c15L + b);
  }

  static long mix(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }
}
