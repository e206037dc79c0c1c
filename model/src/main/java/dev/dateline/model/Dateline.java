package dev.dateline.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The dateline opening a news body ("TEL AVIV, Feb 7 (Reuters) -"): the place, the date if given (with whether its
 * year was inferred), the agency if named, and its span in the article text.
 */
public record Dateline(String place, Optional<LocalDate> date, boolean yearInferred, Optional<String> agency, Span span) {
  public Dateline {
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(agency, "agency");
    Objects.requireNonNull(span, "span");
    if (yearInferred && date.isEmpty()) {
      throw new IllegalArgumentException("a dateline without a date cannot have an inferred year");
    }
  }
}
