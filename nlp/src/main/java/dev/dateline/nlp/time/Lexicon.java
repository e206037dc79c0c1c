package dev.dateline.nlp.time;

import dev.dateline.nlp.DataFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The words time expressions are made of (words.tsv: months, weekdays, units, number words, parts of day, seasons,
 * deictic words, frequency adverbs, time zones, words just before a date that say which way it lies) and fixed-date holidays (holidays.tsv). A word may have several
 * kinds ("second" is an ordinal and a unit, "may" a month).
 */
final class Lexicon {
  enum Kind { MONTH, WEEKDAY, UNIT, NUMBER, ORDINAL, PART, SEASON, DEICTIC, SET, ZONE, CUE }

  record Entry(Kind kind, String value) {}

  private static final List<Entry> NONE = List.of();

  private final Map<String, List<Entry>> words;
  private final Map<String, String> holidays;
  private final int longestHoliday;

  Lexicon(Map<String, List<Entry>> words, Map<String, String> holidays) {
    this.words = Map.copyOf(words);
    this.holidays = Map.copyOf(holidays);
    this.longestHoliday = holidays.keySet().stream().mapToInt(h -> h.split(" ").length).max().orElse(0);
  }

  static Lexicon standard() {
    Map<String, List<Entry>> words = new HashMap<>();
    for (String[] row : DataFile.rows(Lexicon.class, "words.tsv", 3, 3)) {
      Kind kind;
      try {
        kind = Kind.valueOf(row[1].toUpperCase(java.util.Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException("dev/dateline/nlp/time/words.tsv: unknown kind '" + row[1] + "' for '" + row[0] + "'");
      }
      words.computeIfAbsent(row[0], k -> new ArrayList<>()).add(new Entry(kind, row[2]));
    }
    Map<String, String> holidays = new HashMap<>();
    for (String[] row : DataFile.rows(Lexicon.class, "holidays.tsv", 2, 2)) {
      if (!row[1].matches("\\d\\d-\\d\\d|\\d\\d/[1-7]/-?[1-5]|E[+-]\\d{1,2}")) {
        throw new IllegalStateException("dev/dateline/nlp/time/holidays.tsv: '" + row[1] + "' for '" + row[0]
            + "' is none of MM-DD, MM/weekday/n, E+days (from Easter Sunday)");
      }
      holidays.put(row[0], row[1]);
    }
    return new Lexicon(words, holidays);
  }

  List<Entry> entries(String lower) {
    return words.getOrDefault(lower, NONE);
  }

  /** The value of {@code lower} as a word of {@code kind}, or null. */
  String value(String lower, Kind kind) {
    for (Entry e : words.getOrDefault(lower, NONE)) {
      if (e.kind() == kind) {
        return e.value();
      }
    }
    return null;
  }

  boolean is(String lower, Kind kind) {
    return value(lower, kind) != null;
  }

  /** MM-DD (or MM/weekday/n, or E+days from Easter) of the holiday written as {@code phrase} (lower case, single spaces), or null. */
  String holiday(String phrase) {
    return holidays.get(Objects.requireNonNull(phrase));
  }

  /** Every word of words.tsv. */
  java.util.Set<String> words() {
    return words.keySet();
  }

  /** The first word of every holiday. */
  java.util.Set<String> holidayFirstWords() {
    java.util.Set<String> out = new java.util.HashSet<>();
    for (String h : holidays.keySet()) {
      out.add(h.split(" ")[0]);
    }
    return out;
  }

  int longestHoliday() {
    return longestHoliday;
  }
}
