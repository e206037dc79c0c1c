package dev.dateline.store;

import dev.dateline.model.Events.EventDate;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What an event is found by, independent of the index engine: the match keys of a name, of a CAMEO actor code, and the
 * day range of an event date. A name is found by any run of its words ("Blinken", "Antony Blinken"), case and accents
 * ignored; a CAMEO actor code by any prefix of whole three-letter parts ("USA" finds "USAGOV").
 */
final class EventTerms {
  /** Longer names are rare; the cap bounds the keys per name. */
  static final int MAX_WORDS = 8;

  private EventTerms() {}

  /** The words of a name, lower-cased, accents stripped, split at anything that is not a letter or digit. */
  static List<String> words(String name) {
    String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    List<String> words = new ArrayList<>();
    for (String w : plain.split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty()) {
        words.add(w);
      }
    }
    return words;
  }

  /** Every run of consecutive words of a name, each joined by one space: the keys under which the name is indexed. */
  static Set<String> nameKeys(String name) {
    List<String> words = words(name);
    int n = Math.min(words.size(), MAX_WORDS);
    Set<String> keys = new LinkedHashSet<>();
    for (int i = 0; i < n; i++) {
      StringBuilder run = new StringBuilder();
      for (int j = i; j < n; j++) {
        if (j > i) {
          run.append(' ');
        }
        run.append(words.get(j));
        keys.add(run.toString());
      }
    }
    return keys;
  }

  /** The key a user's name is looked up by, or empty when it has no words. */
  static Optional<String> nameQuery(String name) {
    List<String> words = words(name);
    return words.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", words));
  }

  /** The prefixes of whole three-letter parts of a CAMEO actor code, lower-cased: "USAGOV" gives "usa", "usagov". */
  static Set<String> codeKeys(String code) {
    String c = code.strip().toLowerCase(Locale.ROOT);
    Set<String> keys = new LinkedHashSet<>();
    for (int end = 3; end <= c.length(); end += 3) {
      keys.add(c.substring(0, end));
    }
    if (!c.isEmpty()) {
      keys.add(c);
    }
    return keys;
  }

  /** The code key a user's value is looked up by: only letters, in whole three-letter parts ("usa", "isrgov"). */
  static Optional<String> codeQuery(String value) {
    String v = value.strip().toLowerCase(Locale.ROOT);
    return !v.isEmpty() && v.length() % 3 == 0 && v.chars().allMatch(ch -> ch >= 'a' && ch <= 'z') ? Optional.of(v) : Optional.empty();
  }

  /**
   * The first and last day an event date covers, as epoch days ("2024-02" covers February), or empty when the value
   * does not parse at its granularity (such an event is then found by no date range).
   */
  private static final java.time.format.DateTimeFormatter WEEK_DATE = new java.time.format.DateTimeFormatterBuilder()
      .appendValue(java.time.temporal.IsoFields.WEEK_BASED_YEAR, 4).appendLiteral("-W")
      .appendValue(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR, 2).appendLiteral('-')
      .appendValue(java.time.temporal.ChronoField.DAY_OF_WEEK, 1).toFormatter(Locale.ROOT);

  static Optional<long[]> days(EventDate date) {
    try {
      return Optional.of(switch (date.granularity()) {
        case DAY -> {
          long d = LocalDate.parse(date.value()).toEpochDay();
          yield new long[] {d, d};
        }
        case WEEK -> {
          // ISO week "2024-W34": Monday to Sunday
          LocalDate monday = LocalDate.parse(date.value() + "-1", WEEK_DATE);
          yield new long[] {monday.toEpochDay(), monday.toEpochDay() + 6};
        }
        case MONTH -> {
          YearMonth m = YearMonth.parse(date.value());
          yield new long[] {m.atDay(1).toEpochDay(), m.atEndOfMonth().toEpochDay()};
        }
        case YEAR -> {
          int y = Integer.parseInt(date.value());
          yield new long[] {LocalDate.of(y, 1, 1).toEpochDay(), LocalDate.of(y, 12, 31).toEpochDay()};
        }
      });
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }
}
