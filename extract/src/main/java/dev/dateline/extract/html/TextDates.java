package dev.dateline.extract.html;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Finds a date written out in page text: "3. August 2015", "Aug 3, 2015", "3 de agosto de 2015", "03.08.2015". */
final class TextDates {
  private static final Pattern NUMERIC = Pattern.compile(
      "(?<!\\d)(?:(\\d{4})-(\\d{1,2})-(\\d{1,2})|(\\d{1,2})([./])(\\d{1,2})\\5(\\d{4}))(?!\\d)");

  private final Map<String, Integer> months;
  private final Pattern dayMonthYear;
  private final Pattern monthDayYear;

  TextDates(List<String> monthLines) {
    months = new HashMap<>();
    for (String line : monthLines) {
      String[] parts = line.strip().split("\\s+");
      int month = Integer.parseInt(parts[0]);
      if (month < 1 || month > 12 || parts.length < 2) {
        throw new IllegalArgumentException("month line must be a number 1-12 and names, got '" + line + "'");
      }
      for (int i = 1; i < parts.length; i++) {
        months.put(parts[i].toLowerCase(Locale.ROOT), month);
      }
    }
    String names = months.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed())
        .map(Pattern::quote).collect(Collectors.joining("|"));
    int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    dayMonthYear = Pattern.compile(
        "(?<!\\d)(\\d{1,2})\\.?\\s*(?:de\\s+)?(" + names + ")\\.?,?\\s*(?:de\\s+)?(\\d{4})(?!\\d)", flags);
    monthDayYear = Pattern.compile(
        "(?<![\\p{L}])(" + names + ")\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)", flags);
  }

  /** The first date in {@code text}; {@code monthFirst} reads 03/04/2015 as March 4 (American pages). */
  Optional<LocalDate> find(String text, boolean monthFirst) {
    Matcher m = dayMonthYear.matcher(text);
    if (m.find()) {
      Optional<LocalDate> d = date(m.group(3), months.get(m.group(2).toLowerCase(Locale.ROOT)), m.group(1));
      if (d.isPresent()) {
        return d;
      }
    }
    m = monthDayYear.matcher(text);
    if (m.find()) {
      Optional<LocalDate> d = date(m.group(3), months.get(m.group(1).toLowerCase(Locale.ROOT)), m.group(2));
      if (d.isPresent()) {
        return d;
      }
    }
    m = NUMERIC.matcher(text);
    if (m.find()) {
      if (m.group(1) != null) {
        return date(m.group(1), Integer.parseInt(m.group(2)), m.group(3));
      }
      int a = Integer.parseInt(m.group(4));
      int b = Integer.parseInt(m.group(6));
      // day first unless the page is American or the first number cannot be a day's month
      boolean first = (monthFirst && a <= 12) || b > 12;
      return first ? date(m.group(7), a, String.valueOf(b)) : date(m.group(7), b, String.valueOf(a));
    }
    return Optional.empty();
  }

  private static Optional<LocalDate> date(String year, Integer month, String day) {
    if (month == null) {
      return Optional.empty();
    }
    try {
      LocalDate d = LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day));
      return d.getYear() > 1970 && d.getYear() <= 2100 ? Optional.of(d) : Optional.empty();
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
