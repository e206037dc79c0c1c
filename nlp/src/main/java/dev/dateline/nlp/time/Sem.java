package dev.dateline.nlp.time;

import dev.dateline.model.Times.Type;

/** What a recognised expression means, before it is resolved against the reference date. */
sealed interface Sem {

  /** A value that needs no reference: "1998", "P45D", "PRESENT_REF", "XXXX-WXX-1" (a set). */
  record Fixed(Type type, String value) implements Sem {}

  /**
   * A calendar date, perhaps without its year (-1), and a part of day ("NI") or clock time ("11:50") or neither
   * (""). {@code day} is -1 for a month. Without a year, {@code rel} says which way to look: -1 the last such date
   * ("last Oct. 23"), +1 the next, 0 the clause's tense and nearness.
   */
  record Date(int year, int month, int day, String time, int rel) implements Sem {
    Date(int year, int month, int day, String time) {
      this(year, month, day, time, 0);
    }
  }

  /** A holiday on the n-th (-1: last) weekday of a month, in a year found like a {@link Date}'s. */
  record NthWeekday(int month, int dow, int nth) implements Sem {}

  /** A holiday {@code offset} days from Easter Sunday (Good Friday -2), in a year found like a {@link Date}'s. */
  record Easter(int offset) implements Sem {}

  /** A weekday (ISO 1-7); {@code rel} -1 last, +1 next, 0 from the tense, 2 "this"; {@code time} as in {@link Date}. */
  record Weekday(int dow, int rel, String time) implements Sem {}

  /**
   * The reference moved by {@code amount} units and written at the granularity of {@code unit}: today (D 0),
   * yesterday (D -1), "four months ago" (M -4), "last week" (W -1), "this year" (Y 0), "next quarter" (Q 1);
   * {@code time} as in {@link Date}.
   */
  record Shift(String unit, int amount, String time) implements Sem {}

  /**
   * A date written relative to the time the text last named: "that day" (D 0), "the next morning" (D 1, "MO"),
   * "the following week" (W 1), "later that year" (Y 0), "that quarter" (Q 0); resolved against the reference
   * date when the text named none before it.
   */
  record Anchored(String unit, int amount, String time) implements Sem {}

  /**
   * A weekday counted from the day the text last named: "the previous Friday" ({@code dir} -1: the last one before
   * that day), "the following Monday" (+1: the first one after it); resolved against the reference date, as "last
   * Friday" or "next Monday", when the text named no day before it. {@code time} as in {@link Date}.
   */
  record AnchoredWeekday(int dow, int dir, String time) implements Sem {}

  /** {@code amount} units from a date written beside it: "the day before Christmas" (D -1), "the week after May 3". */
  record Offset(Sem base, String unit, int amount) implements Sem {}

  /** A month relative to the reference: "last October" (-1), "next May" (+1), "this September" (0). */
  record MonthRel(int month, int rel) implements Sem {}

  /** A season ("SU") of a year relative to the reference's (-1, 0, +1), or of a given year ({@code year} >= 0). */
  record Season(String code, int rel, int year) implements Sem {}

  /** A quarter or half ("Q3", "H1") of the reference's year moved by {@code rel}, or of a given year. */
  record Part(String code, int rel, int year) implements Sem {}

  /**
   * The quarter an earnings report is about, in another year: "the 1988 quarter" ({@code year} 1988), "last year's
   * quarter", "the same period a year ago" ({@code rel} -1 from the quarter's year); resolved as that year when the
   * text named no quarter before it.
   */
  record FocusQuarter(int year, int rel) implements Sem {}

  /** A clock time on the reference date: "11:50 am"; {@code utc} when written in UTC or GMT (a value ending in Z). */
  record Clock(int hour, int minute, boolean utc) implements Sem {}
}
