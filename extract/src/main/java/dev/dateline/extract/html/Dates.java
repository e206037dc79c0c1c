package dev.dateline.extract.html;

import dev.dateline.model.Published;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the date formats pages put in metadata: ISO 8601 and its loose variants, RFC 1123, and dates in URLs. */
final class Dates {
  private static final Pattern ISO = Pattern.compile(
      "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?\\s*(Z|[+-]\\d{2}(?::?\\d{2})?|UTC|GMT)?)?");
  private static final Pattern COMPACT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})(?:T?(\\d{2})(\\d{2})(\\d{2})?)?(Z)?$");
  private static final Pattern SLASHED = Pattern.compile("^(\\d{4})/(\\d{1,2})/(\\d{1,2})\\b");
  private static final Pattern URL_DATE = Pattern.compile(
      "/((?:19|20)\\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\\d|3[01])(?=[/_.-]|$)");
  private static final Pattern URL_DATE_COMPACT = Pattern.compile("/((?:19|20)\\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])/");

  private Dates() {}

  /** A date or date-time written in metadata, or empty if the text is no date this reader knows. */
  static Optional<Published> parse(String text, Published.Evidence evidence) {
    String t = text.strip();
    if (t.isEmpty()) {
      return Optional.empty();
    }
    try {
      Matcher m = ISO.matcher(t);
      if (m.lookingAt()) {
        return fromParts(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), m.group(6), m.group(7), evidence);
      }
      m = COMPACT.matcher(t);
      if (m.find()) {
        return fromParts(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), m.group(6), m.group(7), evidence);
      }
      m = SLASHED.matcher(t);
      if (m.find()) {
        return valid(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))))
            .map(d -> Published.onDate(d, false, evidence));
      }
      OffsetDateTime rfc = OffsetDateTime.parse(t, DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ROOT));
      return Optional.of(Published.at(rfc, evidence));
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** A date in a URL path such as {@code /2024/02/07/} or {@code /2024-02-07-}. */
  static Optional<Published> fromUrl(String url) {
    Matcher m = URL_DATE.matcher(url);
    if (!m.find()) {
      m = URL_DATE_COMPACT.matcher(url);
      if (!m.find()) {
        return Optional.empty();
      }
    }
    try {
      return valid(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))))
          .map(d -> Published.onDate(d, false, Published.Evidence.URL));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static Optional<Published> fromParts(
      String y, String mo, String d, String h, String mi, String s, String zone, Published.Evidence evidence) {
    LocalDate date = LocalDate.of(Integer.parseInt(y), Integer.parseInt(mo), Integer.parseInt(d));
    if (valid(date).isEmpty()) {
      return Optional.empty();
    }
    if (h == null || zone == null) {
      // without an offset the instant is unknown; the written day is still the publisher's day
      return Optional.of(Published.onDate(date, false, evidence));
    }
    ZoneOffset offset = zone.equals("Z") || zone.equals("UTC") || zone.equals("GMT") ? ZoneOffset.UTC : offset(zone);
    OffsetDateTime dt = OffsetDateTime.of(date.getYear(), date.getMonthValue(), date.getDayOfMonth(), Integer.parseInt(h),
        Integer.parseInt(mi), s == null ? 0 : Integer.parseInt(s), 0, offset);
    return Optional.of(Published.at(dt, evidence));
  }

  private static ZoneOffset offset(String zone) {
    String z = zone.replace(":", "");
    int sign = z.charAt(0) == '-' ? -1 : 1;
    int hours = Integer.parseInt(z.substring(1, 3));
    int minutes = z.length() >= 5 ? Integer.parseInt(z.substring(3, 5)) : 0;
    return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
  }

  /** Rejects years no news page was published in: placeholders like 0001-01-01 and typos like 20190. */
  private static Optional<LocalDate> valid(LocalDate d) {
    return d.getYear() > 1970 && d.getYear() <= 2100 ? Optional.of(d) : Optional.empty();
  }
}
