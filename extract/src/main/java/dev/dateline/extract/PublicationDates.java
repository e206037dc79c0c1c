package dev.dateline.extract;

import dev.dateline.model.Published;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Publication dates: supplied values, dates in URLs, and the year of a dateline that gives none. */
final class PublicationDates {
  /** Weekdays repeat their dates every 28 years at most, so older candidates add nothing. */
  private static final int CANDIDATE_YEARS = 28;
  /** How much of the lead after a dateline to search for weekday mentions. */
  private static final int LEAD_CHARS = 600;
  /** Votes of a weekday mention and the cost of going a year back (see {@link #inferYear}). */
  static final double SAME_DAY = 2.0;
  static final double DAY_BEFORE = 1.0;
  static final double PER_YEAR_BACK = 0.3;
  private static final Pattern URL_DATE = Pattern.compile("/((?:19|20)\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?=[/\\-_.]|$)");
  private static final Pattern WEEKDAY = Pattern.compile("\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");

  private PublicationDates() {}

  /**
   * A supplied ISO-8601 date or date-time; a date-time without an offset ("2024-08-19 10:00:00", as news-please
   * writes it) keeps only its date, since its zone is unknown.
   *
   * @throws DateTimeParseException when {@code value} is none of these
   */
  static Published supplied(String value) {
    String v = value.strip();
    String t = v.length() > 10 && v.charAt(10) == ' ' ? v.substring(0, 10) + "T" + v.substring(11) : v;
    try {
      return Published.at(OffsetDateTime.parse(t), Published.Evidence.SUPPLIED);
    } catch (DateTimeParseException e) {
      // not with an offset; try the shorter forms
    }
    try {
      return Published.onDate(LocalDateTime.parse(t).toLocalDate(), false, Published.Evidence.SUPPLIED);
    } catch (DateTimeParseException e) {
      // not a local date-time either
    }
    return Published.onDate(LocalDate.parse(t), false, Published.Evidence.SUPPLIED);
  }

  /** A date written in a URL path: /2024/02/07/ or /2024-02-07-. */
  static Optional<LocalDate> inUrl(String url) {
    Matcher m = URL_DATE.matcher(url);
    while (m.find()) {
      try {
        return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
      } catch (DateTimeException e) {
        // digits that are not a date; look further
      }
    }
    return Optional.empty();
  }

  /** The year for a month and day near a known date: the one closest to it (a dateline on 31 Dec, published 1 Jan). */
  static LocalDate nearest(MonthDay monthDay, LocalDate anchor) {
    LocalDate best = null;
    for (int year = anchor.getYear() - 1; year <= anchor.getYear() + 1; year++) {
      if (!monthDay.isValidYear(year)) {
        continue;
      }
      LocalDate candidate = monthDay.atYear(year);
      if (best == null || Math.abs(candidate.toEpochDay() - anchor.toEpochDay()) < Math.abs(best.toEpochDay() - anchor.toEpochDay())) {
        best = candidate;
      }
    }
    return best == null ? monthDay.atYear(anchor.getYear()) : best;
  }

  /**
   * The year of a dateline's month and day when nothing else gives it. Candidates are the years whose date is not
   * after {@code fetched}, most recent first. A weekday {@code written} in the dateline picks the most recent year
   * whose date falls on it. Otherwise weekdays named in the lead (the text after the dateline) vote: a mention of
   * the date's own weekday scores {@value #SAME_DAY}, of the day before {@value #DAY_BEFORE} (wire copy filed the
   * next morning), and each year back costs {@value #PER_YEAR_BACK}, so an older year wins only on clearly better
   * agreement; ties go to the most recent. With no mention the most recent year wins.
   */
  static LocalDate inferYear(MonthDay monthDay, Optional<DayOfWeek> written, String lead, LocalDate fetched) {
    List<LocalDate> candidates = new ArrayList<>();
    for (int year = fetched.getYear(); year > fetched.getYear() - CANDIDATE_YEARS; year--) {
      if (monthDay.isValidYear(year) && !monthDay.atYear(year).isAfter(fetched)) {
        candidates.add(monthDay.atYear(year));
      }
    }
    if (candidates.isEmpty()) {
      return monthDay.atYear(fetched.getYear() - 1);
    }
    if (written.isPresent()) {
      for (LocalDate candidate : candidates) {
        if (candidate.getDayOfWeek() == written.get()) {
          return candidate;
        }
      }
    }
    List<DayOfWeek> mentions = weekdays(lead.length() > LEAD_CHARS ? lead.substring(0, LEAD_CHARS) : lead);
    LocalDate best = candidates.getFirst();
    double bestScore = Double.NEGATIVE_INFINITY;
    int latest = candidates.getFirst().getYear();
    for (LocalDate candidate : candidates) {
      double score = -PER_YEAR_BACK * (latest - candidate.getYear());
      for (DayOfWeek mention : mentions) {
        if (mention == candidate.getDayOfWeek()) {
          score += SAME_DAY;
        } else if (mention == candidate.minusDays(1).getDayOfWeek()) {
          score += DAY_BEFORE;
        }
      }
      if (score > bestScore) {
        best = candidate;
        bestScore = score;
      }
    }
    return best;
  }

  private static List<DayOfWeek> weekdays(String text) {
    List<DayOfWeek> out = new ArrayList<>();
    Matcher m = WEEKDAY.matcher(text);
    while (m.find()) {
      for (DayOfWeek day : DayOfWeek.values()) {
        if (day.getDisplayName(TextStyle.FULL, Locale.ENGLISH).equals(m.group(1))) {
          out.add(day);
        }
      }
    }
    return out;
  }
}
