package dev.dateline.extract.news;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds the outlet a text credits. Each mention of a known outlet (data file {@code outlets.tsv}) counts as a credit
 * when a cue from {@code credit-before.txt} ends the sentence text before it ("according to", "reported"), a cue
 * from {@code credit-after.txt} follows it ("reported", "has learned"), or it stands alone in brackets or slashes
 * ("(AP)", "/PRNewswire/").
 * Joint polls and surveys ("a CNN/ORC poll", {@code credit-not-after.txt}) are not credits. The outlet with most
 * credits wins; a tie goes to the one credited first.
 */
final class Credits {
  /** How far back in a sentence a cue may start. */
  private static final int BEFORE_WINDOW = 80;
  private static final int AFTER_WINDOW = 60;

  /** Aliases by their first word, longest first: finding names is a word lookup, not a huge alternation. */
  private final Map<String, List<String>> aliasesByFirstWord;
  /** The characters an alias's first word starts with: a word starting with any other needs no lookup. */
  private final java.util.BitSet firstChars = new java.util.BitSet();
  private final Map<String, String> canonical;
  private final List<Pattern> before;
  private final List<Pattern> after;
  private final List<Pattern> notAfter;

  private Credits(Map<String, String> canonical, List<Pattern> before, List<Pattern> after, List<Pattern> notAfter) {
    this.notAfter = List.copyOf(notAfter);
    this.canonical = Map.copyOf(canonical);
    this.before = List.copyOf(before);
    this.after = List.copyOf(after);
    Map<String, List<String>> byFirstWord = new HashMap<>();
    for (String alias : canonical.keySet()) {
      byFirstWord.computeIfAbsent(firstWord(alias, 0), w -> new ArrayList<>()).add(alias);
    }
    // Longest first, so "The New York Times" is taken before "The" forms of other names.
    byFirstWord.replaceAll((w, list) -> list.stream()
        .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
        .toList());
    this.aliasesByFirstWord = Map.copyOf(byFirstWord);
    aliasesByFirstWord.keySet().stream().filter(w -> !w.isEmpty()).forEach(w -> firstChars.set(w.charAt(0)));
  }

  /** The word (letters and digits) starting at {@code start}. */
  private static String firstWord(String text, int start) {
    int end = start;
    while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
      end++;
    }
    return text.substring(start, end);
  }

  /** Known outlet names in {@code text}: [start, end) pairs with the alias found, longest at each word start. */
  private List<Mention> mentions(String text) {
    List<Mention> out = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      if (!Character.isLetterOrDigit(text.charAt(i)) || (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1)))) {
        i++;
        continue;
      }
      List<String> candidates = firstChars.get(text.charAt(i)) ? aliasesByFirstWord.get(firstWord(text, i)) : null;
      String found = null;
      if (candidates != null) {
        for (String alias : candidates) {
          int end = i + alias.length();
          if (text.startsWith(alias, i) && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
            found = alias;
            break;
          }
        }
      }
      if (found != null) {
        out.add(new Mention(i, i + found.length(), found));
        i += found.length();
      } else {
        i++;
      }
    }
    return out;
  }

  private record Mention(int start, int end, String alias) {}

  static Credits load() {
    Map<String, String> canonical = new HashMap<>();
    for (String[] row : Resources.rows("outlets.tsv", 2)) {
      canonical.put(row[0], row[0]);
      for (String alias : row[1].split("\\|")) {
        canonical.put(alias.strip(), row[0]);
      }
    }
    return new Credits(canonical, cues("credit-before.txt", "(?:", ")\\s*$"), cues("credit-after.txt", "^(?:", ")"),
        cues("credit-not-after.txt", "^\\s*(?:", ")"));
  }

  private static List<Pattern> cues(String resource, String prefix, String suffix) {
    return Resources.lines(resource).stream()
        .map(cue -> Pattern.compile(prefix + cue + suffix, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))
        .toList();
  }

  /** The canonical name of an outlet written as {@code name}, if it is a known one. */
  Optional<String> outlet(String name) {
    return Optional.ofNullable(canonical.get(name.strip()));
  }

  /** The most credited outlet; {@code extra} are credits found elsewhere (a dateline's agency), counted once each. */
  Optional<String> mostCredited(String text, List<String> extra) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (String outlet : extra) {
      counts.merge(outlet, 1, Integer::sum);
    }
    for (Mention m : mentions(text)) {
      if (isCredit(text, m.start(), m.end())) {
        counts.merge(canonical.get(m.alias()), 1, Integer::sum);
      }
    }
    // LinkedHashMap keeps first-credited order, so max keeps the earliest of equals.
    String best = null;
    int bestCount = 0;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (e.getValue() > bestCount) {
        best = e.getKey();
        bestCount = e.getValue();
      }
    }
    return Optional.ofNullable(best);
  }

  private boolean isCredit(String text, int start, int end) {
    String next = text.substring(end, Math.min(text.length(), end + AFTER_WINDOW));
    for (Pattern exclusion : notAfter) {
      if (exclusion.matcher(next).find()) {
        return false;
      }
    }
    if (start > 0 && end < text.length()
        && ((text.charAt(start - 1) == '(' && text.charAt(end) == ')') || (text.charAt(start - 1) == '/' && text.charAt(end) == '/'))) {
      return true; // "(AP)", "/PRNewswire/"
    }
    String prior = sentenceBefore(text, start);
    for (Pattern cue : before) {
      if (cue.matcher(prior).find()) {
        return true;
      }
    }
    for (Pattern cue : after) {
      if (cue.matcher(next).find()) {
        return true;
      }
    }
    return false;
  }

  /** The text before {@code start} back to the sentence start or the window's edge. */
  private static String sentenceBefore(String text, int start) {
    int from = Math.max(0, start - BEFORE_WINDOW);
    for (int i = start - 1; i > from; i--) {
      char c = text.charAt(i);
      if (c == '\n' || ((c == '.' || c == '!' || c == '?') && i + 1 < start && Character.isWhitespace(text.charAt(i + 1)))) {
        from = i + 1;
        break;
      }
    }
    return " " + text.substring(from, start);
  }
}
