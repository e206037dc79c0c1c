package dev.dateline.nlp.tokens;

import dev.dateline.model.Span;
import dev.dateline.model.Tokens.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The hand-written scanner behind {@link TokenStage}: one pass, each token decided by looking a few characters ahead. */
final class Scanner {
  private static final String RUN_SYMBOLS = "*=_+~<>$^|\\/%&#";
  private final Set<String> abbreviations;
  private final Set<String> beforeNumber;
  private final Map<String, List<String>> splits;
  private final Set<String> domains;
  private final int shortestSplit;
  private final int longestSplit;

  Scanner(TokenStage.Lexicon lexicon) {
    this.abbreviations = lexicon.abbreviations();
    this.beforeNumber = lexicon.beforeNumber();
    this.splits = lexicon.splits();
    this.domains = lexicon.domains();
    this.shortestSplit = splits.keySet().stream().mapToInt(String::length).min().orElse(Integer.MAX_VALUE);
    this.longestSplit = splits.keySet().stream().mapToInt(String::length).max().orElse(0);
  }

  List<Token> tokenize(String text) {
    List<Token> out = new ArrayList<>(text.length() / 5 + 1);
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (isSpace(text.charAt(i))) {
        i++;
        continue;
      }
      int end = next(text, i);
      out.add(new Token("t" + out.size(), new Span(i, end)));
      i = end;
    }
    return out;
  }

  /** The end of the token that starts at {@code i} (a non-space character); always greater than {@code i}. */
  private int next(String text, int i) {
    int n = text.length();
    int url = url(text, i);
    if (url > i) {
      return url;
    }
    int cp = text.codePointAt(i);
    if (isWordChar(cp)) {
      return word(text, i);
    }
    char c = text.charAt(i);
    switch (c) {
      case '\'', '’' -> {
        int clitic = i > 0 && isWordChar(text.codePointBefore(i)) ? cliticLength(text, i + 1) : 0;
        return i + 1 + clitic;
      }
      case '.', '!', '?' -> {
        if (c == '.' && (i == 0 || isSpace(text.charAt(i - 1))) && i + 1 < n && Character.isDigit(text.charAt(i + 1))) {
          return word(text, i + 1); // a decimal without its zero: ".596"
        }
        // "...", "!!", "?!" are one token each, as in EWT.
        int e = i + 1;
        while (e < n && (text.charAt(e) == '.' || text.charAt(e) == '!' || text.charAt(e) == '?')) {
          e++;
        }
        return e;
      }
      case '-' -> {
        int e = i + 1;
        while (e < n && text.charAt(e) == '-') {
          e++;
        }
        return e;
      }
      case '@', '#' -> {
        // @handle, #hashtag; a hashtag must start with a letter so "#1" stays "#" "1".
        if (i + 1 < n && (c == '@' ? isHandleChar(text.charAt(i + 1)) : Character.isLetter(text.charAt(i + 1)))) {
          int e = i + 1;
          while (e < n && isHandleChar(text.charAt(e))) {
            e++;
          }
          return e;
        }
        return i + 1;
      }
      default -> {
        // A run of one repeated symbol ("***", "=====", "$$$", ">>") is one token, as in EWT.
        if (RUN_SYMBOLS.indexOf(c) >= 0) {
          int e = i + 1;
          while (e < n && text.charAt(e) == c) {
            e++;
          }
          return e;
        }
        return i + Character.charCount(cp);
      }
    }
  }

  /** A token starting with a letter or digit. */
  private int word(String text, int i) {
    int n = text.length();
    int j = i;
    while (j < n) {
      int cp = text.codePointAt(j);
      if (isWordChar(cp)) {
        j += Character.charCount(cp);
        continue;
      }
      char d = text.charAt(j);
      char prev = text.charAt(j - 1);
      if (d == '\'' || d == '’') {
        // "don't" -> "do" "n't": the n goes with the clitic.
        if (j - 1 > i && (prev == 'n' || prev == 'N') && j + 1 < n && (text.charAt(j + 1) == 't' || text.charAt(j + 1) == 'T')
            && !isWordCharAt(text, j + 2)) {
          return finish(text, i, j - 1);
        }
        if (cliticLength(text, j + 1) > 0) {
          return finish(text, i, j);
        }
        if (j + 1 < n && Character.isLetter(text.codePointAt(j + 1))) {
          j++; // O'Brien, o'clock
          continue;
        }
        break;
      }
      if (d == '-') {
        if (isWordCharAt(text, j + 1)) {
          j++; // two-state, Iranian-backed, 2024-02-07
          continue;
        }
        if (Character.isLetter(prev) && suspendedHyphen(text, j + 1)) {
          return j + 1; // "short- and long-term"
        }
        break;
      }
      if (Character.isDigit(prev) && j + 1 < n && Character.isDigit(text.charAt(j + 1))
          && (d == '.' || d == ':' || d == '/')) {
        j++; // 3.5, 11:50, 2/7
        continue;
      }
      if (d == ',' && Character.isDigit(prev) && thousands(text, j + 1)) {
        j++; // 1,000
        continue;
      }
      if (d == '&' && Character.isUpperCase(prev) && j + 1 < n && Character.isUpperCase(text.charAt(j + 1))) {
        j++; // AT&T, R&D
        continue;
      }
      break;
    }
    if (j < n) {
      char d = text.charAt(j);
      if (d == '@' || d == '.' || d == '_' || d == '+' || d == '-' || d == '%') {
        int e = email(text, i);
        if (e > 0) {
          return e;
        }
      }
      if (d == '.') {
        int h = host(text, i, true);
        if (h > 0) {
          return h;
        }
        return period(text, i, j);
      }
    }
    return finish(text, i, j);
  }

  /** Word {@code [i, j)} is followed by a period at {@code j}: does the period belong to it? */
  private int period(String text, int i, int j) {
    int n = text.length();
    if (j - i == 1 && Character.isLetter(text.charAt(i))) {
      // Letter-period sequences: U.S., a.m., J.D., U.S.A.
      int e = j + 1;
      while (e + 1 < n && Character.isLetter(text.charAt(e)) && text.charAt(e + 1) == '.') {
        e += 2;
      }
      if (e > j + 1) {
        return e;
      }
      // An initial ("J. D. Vance"); "I." is an initial only before a capitalised word, else the pronoun ending a sentence.
      char c = text.charAt(i);
      if (c == 'I') {
        int k = j + 1;
        while (k < n && isSpace(text.charAt(k))) {
          k++;
        }
        return k > j + 1 && k < n && Character.isUpperCase(text.charAt(k)) ? j + 1 : j;
      }
      return Character.isUpperCase(c) ? j + 1 : j;
    }
    // Dotted abbreviations in the list ("Ph.D."): take the longest letters-and-periods run ending in a period.
    int e = j + 1;
    while (e < n && (Character.isLetter(text.charAt(e)) || text.charAt(e) == '.')) {
      e++;
    }
    while (e > j + 1) {
      if (text.charAt(e - 1) == '.' && abbreviations.contains(text.substring(i, e))) {
        return e;
      }
      e--;
    }
    String candidate = text.substring(i, j + 1);
    if (abbreviations.contains(candidate) || isUpperCase(candidate) && abbreviations.contains(titleCase(candidate))) {
      return j + 1; // "Sen.", and "SEN." in an upper-case headline
    }
    if (beforeNumber.contains(candidate)) {
      int k = j + 1;
      while (k < n && isSpace(text.charAt(k))) {
        k++;
      }
      if (k < n && Character.isDigit(text.charAt(k))) {
        return j + 1;
      }
    }
    return finish(text, i, j);
  }

  /** The end of the word {@code [i, j)}, or of its first piece when the lexicon splits it ("cannot"). */
  private int finish(String text, int i, int j) {
    int length = j - i;
    if (length >= shortestSplit && length <= longestSplit) {
      List<String> pieces = splits.get(text.substring(i, j).toLowerCase(Locale.ROOT));
      if (pieces != null) {
        return i + pieces.get(0).length();
      }
    }
    return j;
  }

  /** The length of a clitic ("s", "re", "ll", "ve", "d", "m") starting at {@code k} and ending a word, else 0. */
  private static int cliticLength(String text, int k) {
    int n = text.length();
    if (k >= n) {
      return 0;
    }
    char a = Character.toLowerCase(text.charAt(k));
    if ((a == 's' || a == 'd' || a == 'm') && !isWordCharAt(text, k + 1)) {
      return 1;
    }
    if (k + 1 < n && !isWordCharAt(text, k + 2)) {
      char b = Character.toLowerCase(text.charAt(k + 1));
      if (a == 'r' && b == 'e' || a == 'v' && b == 'e' || a == 'l' && b == 'l') {
        return 2;
      }
    }
    return 0;
  }

  /** After a hyphen ending a word: white space, then "and", "or", "to" or "nor" ("short- and long-term")? */
  private static boolean suspendedHyphen(String text, int k) {
    int n = text.length();
    if (k < n && text.charAt(k) == ',') {
      return true;
    }
    if (k >= n || !isSpace(text.charAt(k))) {
      return false;
    }
    while (k < n && isSpace(text.charAt(k))) {
      k++;
    }
    for (String joiner : new String[] {"and", "or", "to", "nor"}) {
      if (text.startsWith(joiner, k) && !isWordCharAt(text, k + joiner.length())) {
        return true;
      }
    }
    return false;
  }

  private static boolean thousands(String text, int k) {
    return k + 2 < text.length() && Character.isDigit(text.charAt(k)) && Character.isDigit(text.charAt(k + 1))
        && Character.isDigit(text.charAt(k + 2)) && (k + 3 >= text.length() || !Character.isDigit(text.charAt(k + 3)));
  }

  /** A URL starting at {@code i} ("http://", "https://", "www."), without trailing punctuation; else -1. */
  private static int url(String text, int i) {
    char c = text.charAt(i);
    if (c != 'h' && c != 'H' && c != 'w' && c != 'W') {
      return -1;
    }
    int body;
    if (text.regionMatches(true, i, "https://", 0, 8)) {
      body = i + 8;
    } else if (text.regionMatches(true, i, "http://", 0, 7)) {
      body = i + 7;
    } else if (text.regionMatches(true, i, "www.", 0, 4)) {
      body = i + 4;
    } else {
      return -1;
    }
    int n = text.length();
    int e = body;
    while (e < n && !isSpace(text.charAt(e)) && "\"“”<>".indexOf(text.charAt(e)) < 0) {
      e++;
    }
    while (e > body && ".,;:!?'’)]}".indexOf(text.charAt(e - 1)) >= 0) {
      e--;
    }
    return e > body ? e : -1;
  }

  /** An e-mail address starting at {@code i}; else -1. */
  private int email(String text, int i) {
    int n = text.length();
    int k = i;
    while (k < n && (isAsciiAlnum(text.charAt(k)) || "._%+-".indexOf(text.charAt(k)) >= 0)) {
      k++;
    }
    if (k == i || k >= n || text.charAt(k) != '@') {
      return -1;
    }
    return host(text, k + 1, false);
  }

  /**
   * A dotted host name starting at {@code start}: at least two labels, the last all letters and, when
   * {@code knownDomain}, one of the lexicon's top-level domains; else -1.
   */
  private int host(String text, int start, boolean knownDomain) {
    int n = text.length();
    int k = start;
    int labels = 0;
    int lastLabel = -1;
    int end = -1;
    while (true) {
      int b = k;
      while (k < n && (isAsciiAlnum(text.charAt(k)) || text.charAt(k) == '-')) {
        k++;
      }
      if (k == b) {
        break;
      }
      labels++;
      lastLabel = b;
      end = k;
      if (k + 1 < n && text.charAt(k) == '.' && isAsciiAlnum(text.charAt(k + 1))) {
        k++;
        continue;
      }
      break;
    }
    if (labels < 2 || isWordCharAt(text, end) || end < n && text.charAt(end) == '@') {
      return -1;
    }
    String last = text.substring(lastLabel, end);
    if (knownDomain ? !domains.contains(last.toLowerCase(Locale.ROOT)) : last.length() < 2 || !last.chars().allMatch(Character::isLetter)) {
      return -1;
    }
    return end;
  }

  private static boolean isUpperCase(String word) {
    for (int k = 0; k < word.length(); k++) {
      if (Character.isLowerCase(word.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  private static String titleCase(String word) {
    return word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT);
  }

  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200b' || c == '\ufeff';
  }

  private static boolean isWordChar(int cp) {
    if (Character.isLetterOrDigit(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
  }

  private static boolean isWordCharAt(String text, int k) {
    return k < text.length() && isWordChar(text.codePointAt(k));
  }

  private static boolean isHandleChar(char c) {
    return isAsciiAlnum(c) || c == '_';
  }

  private static boolean isAsciiAlnum(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
  }
}
