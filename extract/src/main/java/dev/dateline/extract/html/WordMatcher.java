package dev.dateline.extract.html;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Matches class and id names against fragments word by word: a name splits into lower-cased words at non-letters,
 * letter-digit changes and lower-to-upper case changes ("mainMenu-2" is main, menu, 2); a fragment of one or more
 * words matches a run of the same words, a last word also in its plural with s. Set lookups keep this cheap on
 * pages with thousands of elements, where a regular expression with a hundred alternatives was not.
 */
final class WordMatcher {
  private static final int MAX_WORDS = 3;
  private final Set<String> phrases = new HashSet<>();

  WordMatcher(List<String> fragments) {
    for (String f : fragments) {
      List<String> words = words(f);
      if (words.isEmpty() || words.size() > MAX_WORDS) {
        throw new IllegalArgumentException("fragment '" + f + "' must have 1 to " + MAX_WORDS + " words");
      }
      phrases.add(String.join(" ", words));
    }
  }

  boolean matches(String names) {
    if (names.isEmpty()) {
      return false;
    }
    List<String> words = words(names);
    for (int i = 0; i < words.size(); i++) {
      StringBuilder phrase = new StringBuilder();
      for (int n = 0; n < MAX_WORDS && i + n < words.size(); n++) {
        if (n > 0) {
          phrase.append(' ');
        }
        String w = words.get(i + n);
        phrase.append(w);
        if (phrases.contains(phrase.toString())) {
          return true;
        }
        if (w.length() > 2 && w.endsWith("s")
            && phrases.contains(phrase.substring(0, phrase.length() - 1))) {
          return true;
        }
      }
    }
    return false;
  }

  static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= s.length(); i++) {
      char c = i < s.length() ? s.charAt(i) : ' ';
      boolean wordChar = Character.isLetterOrDigit(c);
      boolean boundary = start >= 0 && wordChar && i > start
          && ((Character.isLowerCase(s.charAt(i - 1)) && Character.isUpperCase(c))
          || (Character.isLetter(s.charAt(i - 1)) != Character.isLetter(c)));
      if (start >= 0 && (!wordChar || boundary)) {
        out.add(s.substring(start, i).toLowerCase(Locale.ROOT));
        start = -1;
      }
      if (wordChar && start < 0) {
        start = i;
      }
    }
    return out;
  }
}
