package dev.dateline.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * When an article was published: a date, a full date-time where one is known, whether any part (usually the year)
 * had to be inferred, and which evidence gave it.
 */
public record Published(LocalDate date, Optional<OffsetDateTime> dateTime, boolean inferred, Evidence evidence) {

  /** Where a publication date came from, in the order extraction trusts them. */
  public enum Evidence { SUPPLIED, JSON_LD, META, TIME_ELEMENT, URL, DATELINE, TEXT }

  public Published {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(dateTime, "dateTime");
    Objects.requireNonNull(evidence, "evidence");
    if (dateTime.isPresent() && !dateTime.get().toLocalDate().equals(date)) {
      throw new IllegalArgumentException("date " + date + " disagrees with dateTime " + dateTime.get());
    }
  }

  public static Published onDate(LocalDate date, boolean inferred, Evidence evidence) {
    return new Published(date, Optional.empty(), inferred, evidence);
  }

  public static Published at(OffsetDateTime dateTime, Evidence evidence) {
    return new Published(dateTime.toLocalDate(), Optional.of(dateTime), false, evidence);
  }

  /** ISO-8601: the date-time where known, else the date. */
  public String iso() {
    return dateTime.map(OffsetDateTime::toString).orElseGet(date::toString);
  }
}
