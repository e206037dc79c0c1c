package dev.dateline.nlp.time;

import dev.dateline.model.Times.Granularity;
import dev.dateline.model.Times.Type;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.function.IntSupplier;

/**
 * Resolves a recognised expression to its TIMEX3 value against the reference date. Nothing here reads a clock: the
 * same expression, reference and tense give the same value on any day. Without a reference, what depends on it is
 * written with X's ("XXXX-WXX-3" for "Wednesday", "XXXX" for "last year").
 */
final class Normaliser {
  record Value(Type type, String value, boolean usedReference) {}

  private Normaliser() {}

  /**
   * @param reference the dateline's or publication date, or null
   * @param tense asked only when the expression needs a direction ({@link Tense})
   */
  static Value resolve(Sem sem, LocalDate reference, IntSupplier clause) {
    IntSupplier tense = () -> {
      int t = clause.getAsInt();
      return t == Tense.PRESENT ? Tense.FUTURE : t;
    };
    return switch (sem) {
      case Sem.Fixed f -> new Value(f.type(), f.value(), false);
      case Sem.Date d -> date(d, reference, d.day() < 0 ? () -> {
        int t = clause.getAsInt();
        return t == Tense.PRESENT ? Tense.UNKNOWN : t;
      } : tense);
      case Sem.NthWeekday n -> nthWeekday(n, reference, tense);
      case Sem.Easter e -> easter(e, reference, tense);
      case Sem.Weekday d -> weekday(d, reference, tense);
      case Sem.Shift s -> shift(s, reference, tense);
      case Sem.Anchored a -> shift(new Sem.Shift(a.unit(), a.amount(), a.time()), reference, () -> Tense.UNKNOWN);
      case Sem.AnchoredWeekday a -> weekday(new Sem.Weekday(a.dow(), a.dir(), a.time()), reference, tense);
      case Sem.Offset o -> offset(o, reference, tense);
      case Sem.MonthRel m -> monthRel(m, reference);
      case Sem.Season s -> season(s, reference);
      case Sem.Part p -> part(p, reference);
      case Sem.FocusQuarter q -> q.year() >= 0
          ? new Value(Type.DATE, String.format(Locale.ROOT, "%04d", q.year()), false)
          : shift(new Sem.Shift("Y", q.rel(), ""), reference, tense);
      case Sem.Clock c -> reference == null
          ? new Value(Type.TIME, "XXXX-XX-XX" + clock(c), false)
          : new Value(Type.TIME, reference + clock(c), true);
    };
  }

  private static String clock(Sem.Clock c) {
    return String.format(Locale.ROOT, "T%02d:%02d", c.hour(), c.minute()) + (c.utc() ? "Z" : "");
  }

  /** A day with a part of day ("NI": a DATE, as TimeBank writes "Tuesday night") or a clock time (a TIME). */
  private static Value withTime(LocalDate day, String time, boolean used) {
    String v = day.toString();
    if (time.isEmpty()) {
      return new Value(Type.DATE, v, used);
    }
    return new Value(time.contains(":") ? Type.TIME : Type.DATE, v + "T" + time, used);
  }

  private static Value nthWeekday(Sem.NthWeekday n, LocalDate ref, IntSupplier tense) {
    if (ref == null) {
      return new Value(Type.DATE, String.format(Locale.ROOT, "XXXX-%02d-XX", n.month()), false);
    }
    int year = ref.getYear();
    LocalDate day = nth(year, n);
    int direction = tense.getAsInt();
    if (direction == Tense.PAST && day.isAfter(ref.plusDays(31)) || direction != Tense.FUTURE && day.isAfter(ref.plusMonths(6))) {
      day = nth(year - 1, n);
    } else if (direction == Tense.FUTURE && day.isBefore(ref.minusDays(31)) || day.isBefore(ref.minusMonths(6))) {
      day = nth(year + 1, n);
    }
    return new Value(Type.DATE, day.toString(), true);
  }

  private static Value easter(Sem.Easter e, LocalDate ref, IntSupplier tense) {
    if (ref == null) {
      return new Value(Type.DATE, "XXXX-XX-XX", false);
    }
    int year = ref.getYear();
    LocalDate day = easterSunday(year).plusDays(e.offset());
    int direction = tense.getAsInt();
    if (direction == Tense.PAST && day.isAfter(ref.plusDays(31)) || direction != Tense.FUTURE && day.isAfter(ref.plusMonths(6))) {
      day = easterSunday(year - 1).plusDays(e.offset());
    } else if (direction == Tense.FUTURE && day.isBefore(ref.minusDays(31)) || day.isBefore(ref.minusMonths(6))) {
      day = easterSunday(year + 1).plusDays(e.offset());
    }
    return new Value(Type.DATE, day.toString(), true);
  }

  /** Western Easter Sunday of {@code year} (the Gregorian computus, Meeus/Jones/Butcher). */
  static LocalDate easterSunday(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = (h + l - 7 * m + 114) % 31 + 1;
    return LocalDate.of(year, month, day);
  }

  private static LocalDate nth(int year, Sem.NthWeekday n) {
    java.time.temporal.TemporalAdjuster adjuster = n.nth() < 0
        ? java.time.temporal.TemporalAdjusters.lastInMonth(DayOfWeek.of(n.dow()))
        : java.time.temporal.TemporalAdjusters.dayOfWeekInMonth(n.nth(), DayOfWeek.of(n.dow()));
    return LocalDate.of(year, n.month(), 1).with(adjuster);
  }

  private static Value date(Sem.Date d, LocalDate ref, IntSupplier tense) {
    if (d.year() >= 0) {
      if (d.day() < 0) {
        return new Value(Type.DATE, String.format(Locale.ROOT, "%04d-%02d", d.year(), d.month()), false);
      }
      return valid(d.year(), d.month(), d.day())
          ? withTime(LocalDate.of(d.year(), d.month(), d.day()), d.time(), false)
          : new Value(Type.DATE, String.format(Locale.ROOT, "%04d-%02d-%02d", d.year(), d.month(), d.day()), false);
    }
    if (ref == null) {
      return new Value(Type.DATE, d.day() < 0 ? String.format(Locale.ROOT, "XXXX-%02d", d.month())
          : String.format(Locale.ROOT, "XXXX-%02d-%02d", d.month(), d.day()), false);
    }
    int year = ref.getYear();
    int direction = d.rel() != 0 ? d.rel() : tense.getAsInt();
    if (d.day() < 0) {
      // the nearest such month, unless the clause clearly points the other way by more than a month
      int delta = d.month() - ref.getMonthValue();
      if (direction == Tense.PAST && delta > 1 || direction != Tense.FUTURE && delta > 6) {
        year--;
      } else if (direction == Tense.FUTURE && delta < -1 || direction != Tense.PAST && delta < -6) {
        year++;
      }
      return new Value(Type.DATE, String.format(Locale.ROOT, "%04d-%02d", year, d.month()), true);
    }
    if (!valid(year, d.month(), d.day())) {
      return new Value(Type.DATE, String.format(Locale.ROOT, "%04d-%02d-%02d", year, d.month(), d.day()), true);
    }
    LocalDate candidate = LocalDate.of(year, d.month(), d.day());
    boolean strict = d.rel() != 0;
    boolean back = direction == Tense.PAST && candidate.isAfter(strict ? ref : ref.plusDays(31))
        || direction != Tense.FUTURE && candidate.isAfter(ref.plusMonths(6));
    boolean ahead = direction == Tense.FUTURE && candidate.isBefore(strict ? ref : ref.minusDays(31))
        || direction != Tense.PAST && candidate.isBefore(ref.minusMonths(6));
    if (back && valid(year - 1, d.month(), d.day())) {
      candidate = LocalDate.of(year - 1, d.month(), d.day());
    } else if (ahead && valid(year + 1, d.month(), d.day())) {
      candidate = LocalDate.of(year + 1, d.month(), d.day());
    }
    return withTime(candidate, d.time(), true);
  }

  private static boolean valid(int y, int m, int d) {
    return m >= 1 && m <= 12 && d >= 1 && d <= java.time.YearMonth.of(y, m).lengthOfMonth();
  }

  private static Value weekday(Sem.Weekday d, LocalDate ref, IntSupplier tense) {
    Type type = d.time().contains(":") ? Type.TIME : Type.DATE;
    if (ref == null) {
      return new Value(type, "XXXX-WXX-" + d.dow() + (d.time().isEmpty() ? "" : "T" + d.time()), false);
    }
    int today = ref.getDayOfWeek().getValue();
    int back = (today - d.dow() + 7) % 7;
    int forward = (d.dow() - today + 7) % 7;
    LocalDate day;
    switch (d.rel()) {
      case -1 -> day = ref.minusDays(back == 0 ? 7 : back);
      case 1 -> day = ref.plusDays(forward == 0 ? 7 : forward);
      case 2 -> day = ref.with(DayOfWeek.of(d.dow()));
      default -> {
        int direction = tense.getAsInt();
        if (direction == Tense.PAST) {
          day = ref.minusDays(back);
        } else if (direction == Tense.FUTURE) {
          day = ref.plusDays(forward);
        } else {
          day = back <= forward ? ref.minusDays(back) : ref.plusDays(forward);
        }
      }
    }
    return withTime(day, d.time(), true);
  }

  private static String week(LocalDate day) {
    return String.format(Locale.ROOT, "%04d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  private static Value shift(Sem.Shift s, LocalDate ref, IntSupplier tense) {
    if (ref == null) {
      String v = switch (s.unit()) {
        case "D" -> "XXXX-XX-XX" + (s.time().isEmpty() ? "" : "T" + s.time());
        case "W", "WE" -> "XXXX-WXX" + (s.unit().equals("WE") ? "-WE" : "");
        case "M" -> "XXXX-XX";
        case "Q" -> "XXXX-QX";
        default -> "XXXX";
      };
      if (s.unit().equals("D") && s.amount() == 0 && s.time().isEmpty()) {
        v = "PRESENT_REF";
      }
      return new Value(s.unit().equals("D") && !s.time().isEmpty() ? Type.TIME : Type.DATE, v, false);
    }
    return switch (s.unit()) {
      case "D" -> {
        Value v = withTime(ref.plusDays(s.amount()), s.time(), true);
        // "this morning", "tonight", "yesterday afternoon" are times of a day
        yield s.time().isEmpty() ? v : new Value(Type.TIME, v.value(), true);
      }
      case "W" -> new Value(Type.DATE, week(ref.plusWeeks(s.amount())), true);
      case "WE" -> new Value(Type.DATE, week(ref.plusWeeks(s.amount() + weekendBack(s, ref, tense))) + "-WE", true);
      case "M" -> new Value(Type.DATE, ref.plusMonths(s.amount()).toString().substring(0, 7), true);
      case "Q" -> {
        LocalDate q = ref.plusMonths(3L * s.amount());
        yield new Value(Type.DATE, q.getYear() + "-Q" + q.get(IsoFields.QUARTER_OF_YEAR), true);
      }
      case "DE" -> new Value(Type.DATE, Integer.toString(ref.getYear() / 10 + s.amount()) + "X", true);
      case "CE" -> new Value(Type.DATE, Integer.toString(ref.getYear() / 100 + s.amount()), true);
      default -> new Value(Type.DATE, String.format(Locale.ROOT, "%04d", ref.getYear() + s.amount()), true);
    };
  }

  /**
   * "The weekend" written on a weekday is the one just past (in the ISO week before) in a past clause, else the
   * coming one.
   */
  private static int weekendBack(Sem.Shift s, LocalDate ref, IntSupplier tense) {
    int dow = ref.getDayOfWeek().getValue();
    if (s.amount() != 0 || dow >= 6) {
      return 0;
    }
    int direction = tense.getAsInt();
    return direction == Tense.PAST ? -1 : 0;
  }

  /**
   * {@code a} resolved against {@code anchor}, the value of a time named earlier in the text, or null when that value
   * is too coarse for the unit ("that day" after "in 1998") or not a calendar value.
   */
  static Value anchored(Sem.Anchored a, String anchor) {
    Granularity g = granularity(Type.DATE, anchor);
    LocalDate start = start(anchor);
    if (start == null) {
      return null;
    }
    boolean day = g == Granularity.DAY || g == Granularity.PART_OF_DAY || g == Granularity.HOUR || g == Granularity.MINUTE;
    return switch (a.unit()) {
      case "D" -> day ? withTime(start.plusDays(a.amount()), a.time(), true) : null;
      case "W" -> day || g == Granularity.WEEK ? new Value(Type.DATE, week(start.plusWeeks(a.amount())), true) : null;
      case "M" -> day || g == Granularity.MONTH
          ? new Value(Type.DATE, start.plusMonths(a.amount()).toString().substring(0, 7), true) : null;
      case "Q" -> day || g == Granularity.MONTH || g == Granularity.QUARTER
          ? new Value(Type.DATE, quarter(start.plusMonths(3L * a.amount())), true) : null;
      case "Y" -> new Value(Type.DATE, String.format(Locale.ROOT, "%04d", start.getYear() + a.amount()), true);
      default -> null;
    };
  }

  private static Value offset(Sem.Offset o, LocalDate ref, IntSupplier tense) {
    Value base = resolve(o.base(), ref, tense);
    Value v = anchored(new Sem.Anchored(o.unit(), o.amount(), ""), base.value());
    return v == null ? new Value(Type.DATE, o.unit().equals("D") ? "XXXX-XX-XX" : "XXXX", false)
        : new Value(Type.DATE, v.value(), base.usedReference());
  }

  /**
   * The {@code a.dow()} weekday strictly before ({@code a.dir()} -1) or after (+1) the day of {@code anchor}, or null
   * when the anchor does not fix a day.
   */
  static Value anchoredWeekday(Sem.AnchoredWeekday a, String anchor) {
    Granularity g = granularity(Type.DATE, anchor);
    LocalDate start = start(anchor);
    if (start == null || !(g == Granularity.DAY || g == Granularity.PART_OF_DAY || g == Granularity.HOUR
        || g == Granularity.MINUTE)) {
      return null;
    }
    int today = start.getDayOfWeek().getValue();
    int back = (today - a.dow() + 7) % 7;
    int forward = (a.dow() - today + 7) % 7;
    LocalDate day = a.dir() < 0 ? start.minusDays(back == 0 ? 7 : back) : start.plusDays(forward == 0 ? 7 : forward);
    return withTime(day, a.time(), true);
  }

  private static String quarter(LocalDate day) {
    return day.getYear() + "-Q" + day.get(IsoFields.QUARTER_OF_YEAR);
  }

  /** The first day of a calendar value (1998, 1998-10, 1998-10-23T..., 1998-W43, 1998-Q3, 1998-SU), else null. */
  private static LocalDate start(String v) {
    if (v.length() < 4 || !allDigits(v.substring(0, 4))) {
      return null;
    }
    int year = Integer.parseInt(v.substring(0, 4));
    if (v.length() == 4) {
      return LocalDate.of(year, 1, 1);
    }
    String rest = v.substring(5);
    if (rest.length() >= 2 && allDigits(rest.substring(0, 2))) {
      int month = Integer.parseInt(rest.substring(0, 2));
      if (month < 1 || month > 12) {
        return null;
      }
      if (rest.length() >= 5 && allDigits(rest.substring(3, 5))) {
        int d = Integer.parseInt(rest.substring(3, 5));
        return d >= 1 && d <= java.time.YearMonth.of(year, month).lengthOfMonth() ? LocalDate.of(year, month, d) : null;
      }
      return LocalDate.of(year, month, 1);
    }
    if (rest.startsWith("W") && rest.length() >= 3 && allDigits(rest.substring(1, 3))) {
      int week = Integer.parseInt(rest.substring(1, 3));
      return week >= 1 && week <= 53 ? LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.MONDAY) : null;
    }
    if (rest.startsWith("Q") && rest.length() == 2 && rest.charAt(1) >= '1' && rest.charAt(1) <= '4') {
      return LocalDate.of(year, 3 * (rest.charAt(1) - '1') + 1, 1);
    }
    return null;
  }

  private static boolean allDigits(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isDigit(s.charAt(i))) {
        return false;
      }
    }
    return !s.isEmpty();
  }

  private static Value monthRel(Sem.MonthRel m, LocalDate ref) {
    if (ref == null) {
      return new Value(Type.DATE, String.format(Locale.ROOT, "XXXX-%02d", m.month()), false);
    }
    int year = ref.getYear();
    int now = ref.getMonthValue();
    if (Math.abs(m.rel()) == 12) {
      // "October last year"
      return new Value(Type.DATE, String.format(Locale.ROOT, "%04d-%02d", year + m.rel() / 12, m.month()), true);
    }
    if (m.rel() < 0 && m.month() >= now) {
      year--;
    } else if (m.rel() > 0 && m.month() <= now) {
      year++;
    }
    return new Value(Type.DATE, String.format(Locale.ROOT, "%04d-%02d", year, m.month()), true);
  }

  private static Value season(Sem.Season s, LocalDate ref) {
    if (s.year() >= 0) {
      return new Value(Type.DATE, s.year() + "-" + s.code(), false);
    }
    if (ref == null) {
      return new Value(Type.DATE, "XXXX-" + s.code(), false);
    }
    int start = switch (s.code()) {
      case "SP" -> 3;
      case "SU" -> 6;
      case "FA" -> 9;
      default -> 12;
    };
    int year = ref.getYear();
    if (s.rel() < 0 && ref.getMonthValue() < start) {
      year--;
    } else if (s.rel() > 0 && ref.getMonthValue() >= start) {
      year++;
    }
    return new Value(Type.DATE, year + "-" + s.code(), true);
  }

  private static Value part(Sem.Part p, LocalDate ref) {
    if (p.year() >= 0) {
      return new Value(Type.DATE, p.year() + "-" + p.code(), false);
    }
    if (ref == null) {
      return new Value(Type.DATE, "XXXX-" + p.code(), false);
    }
    int year = ref.getYear() + p.rel();
    if (p.rel() == 0 && p.code().startsWith("Q") && p.code().charAt(1) - '0' > ref.get(IsoFields.QUARTER_OF_YEAR)
        || p.rel() == 0 && p.code().equals("H2") && ref.getMonthValue() <= 6) {
      // a quarter not begun yet is, in news, last year's: "profits fell in the fourth quarter" in January
      year--;
    }
    return new Value(Type.DATE, year + "-" + p.code(), true);
  }

  /** The finest calendar unit a value fixes. */
  static Granularity granularity(Type type, String v) {
    if (type == Type.DURATION || type == Type.SET || v.endsWith("_REF") || v.isEmpty()) {
      return Granularity.NONE;
    }
    int t = v.indexOf('T');
    if (t >= 0) {
      String time = v.substring(t + 1);
      if (time.length() == 2 && Character.isLetter(time.charAt(0))) {
        return Granularity.PART_OF_DAY;
      }
      return time.contains(":") ? Granularity.MINUTE : Granularity.HOUR;
    }
    if (v.contains("-W")) {
      return v.length() > 8 && !v.endsWith("-WE") ? Granularity.DAY : Granularity.WEEK;
    }
    if (v.contains("-Q")) {
      return Granularity.QUARTER;
    }
    if (v.contains("-H")) {
      return Granularity.HALF;
    }
    if (v.length() == 7 && Character.isLetter(v.charAt(5))) {
      return Granularity.SEASON;
    }
    return switch (v.length()) {
      case 10 -> Granularity.DAY;
      case 7 -> Granularity.MONTH;
      case 4 -> v.endsWith("X") ? Granularity.DECADE : Granularity.YEAR;
      case 3 -> Granularity.DECADE;
      case 2 -> Granularity.CENTURY;
      default -> Granularity.NONE;
    };
  }
}
