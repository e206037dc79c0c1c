package dev.dateline.extract.news;

import dev.dateline.model.Span;
import java.time.DayOfWeek;
import java.time.MonthDay;
import java.util.Objects;
import java.util.Optional;

/**
 * A dateline as written at the start of a body: the place in natural case, the month and day if given, the year
 * only if written (inferring it needs dates from outside the text), the weekday if written with the date
 * ("Wednesday, Feb 7"), the agency as written, and its span.
 */
public record DatelineMatch(
    String place, Optional<MonthDay> monthDay, Optional<Integer> year, Optional<DayOfWeek> weekday, Optional<String> agency, Span span) {
  public DatelineMatch {
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(monthDay, "monthDay");
    Objects.requireNonNull(year, "year");
    Objects.requireNonNull(weekday, "weekday");
    Objects.requireNonNull(agency, "agency");
    Objects.requireNonNull(span, "span");
    if (year.isPresent() && monthDay.isEmpty()) {
      throw new IllegalArgumentException("a dateline year " + year.get() + " needs a month and day");
    }
  }
}
