package dev.dateline.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The time expressions of an article ("on Wednesday", "four months ago", "45 days", "every Monday") with their TIMEX3
 * type and normalised value, and for every clause of every sentence the expressions that govern it, so a later stage
 * can date an event and say where the date came from.
 *
 * @param items the expressions, sorted by span
 * @param clauses the clauses of the article's sentences in text order, each with the ids of the times it contains
 * @param reference the date relative expressions were resolved against, and where it came from
 */
public record Times(List<Time> items, List<Clause> clauses, Reference reference) implements Layer {
  public static final LayerKey<Times> KEY = new LayerKey<>("times", Times.class);

  public Times {
    items = List.copyOf(items);
    clauses = List.copyOf(clauses);
    Objects.requireNonNull(reference, "reference");
  }

  /** TIMEX3 types. */
  public enum Type { DATE, TIME, DURATION, SET }

  /** What a value was computed from: nothing (absolute), the dateline's date, the publication date, another time. */
  public enum AnchorKind { NONE, DATELINE, PUBLISHED, TIME }

  /**
   * The finest unit a value fixes, for stamping events: a day, a week, a month and so on; {@code NONE} for
   * durations, sets and values such as {@code PRESENT_REF} that fix no calendar unit.
   */
  public enum Granularity { NONE, MINUTE, HOUR, PART_OF_DAY, DAY, WEEK, MONTH, QUARTER, SEASON, HALF, YEAR, DECADE, CENTURY }

  /**
   * One time expression.
   *
   * @param value the TIMEX3 value ({@code 2024-02-07}, {@code 2024-02-06TNI}, {@code 2023-10}, {@code 2024-W34},
   *     {@code P45D}, {@code PRESENT_REF}); unknown digits are {@code X}
   * @param anchor what the value was resolved against; {@code anchorTime} names the time when it is {@code TIME}
   * @param anchorTime the id of the time this one was resolved against, when {@code anchor} is {@code TIME}
   */
  public record Time(String id, Span span, Type type, String value, AnchorKind anchor, Optional<String> anchorTime,
      Granularity granularity) implements Annotation {
    public Time {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(span, "span");
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(anchor, "anchor");
      Objects.requireNonNull(anchorTime, "anchorTime");
      Objects.requireNonNull(granularity, "granularity");
      if (anchorTime.isPresent() != (anchor == AnchorKind.TIME)) {
        throw new IllegalArgumentException("time " + id + ": anchorTime must be given exactly when anchor is TIME");
      }
    }

    @Override
    public List<String> references() {
      return anchorTime.map(List::of).orElse(List.of());
    }
  }

  /**
   * A clause of a sentence (the whole sentence when it has one clause) and the times written in it, in text order.
   * An event in the clause takes its date from these; when there are none, from the times of its sentence's other
   * clauses, then from {@link Times#reference()}.
   */
  public record Clause(String sentence, Span span, List<String> times) {
    public Clause {
      Objects.requireNonNull(sentence, "sentence");
      Objects.requireNonNull(span, "span");
      times = List.copyOf(times);
    }
  }

  /** Where the document's reference date came from. */
  public enum Source { DATELINE, PUBLISHED, NONE }

  /** The document's reference date (the dateline's date, else the publication date), if it has one. */
  public record Reference(Optional<LocalDate> date, Source source) {
    public Reference {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(source, "source");
      if (date.isPresent() == (source == Source.NONE)) {
        throw new IllegalArgumentException("a reference has a date exactly when its source is not NONE");
      }
    }
  }
}
