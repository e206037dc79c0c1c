package dev.dateline.extract.news;

import dev.dateline.model.Span;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a dateline at the start of a body: a place (several joined by '/', a region after a comma), then a date,
 * an agency in brackets or slashes (a bracketed country after the place is skipped: "New Delhi [India], Feb 7 (ANI):"), and a separator (a dash, '--' or ':') before the story begins:
 * "Tel Aviv, February 7:", "TEL AVIV, Feb 7 (Reuters) -", "WASHINGTON (AP) —", "LONDON, Jan. 3, 2024 /PRNewswire/ --".
 * A place with neither date nor agency counts only in capitals before a dash ("LONDON —"), and not when it is a
 * label such as "BREAKING -" (data file {@code not-places.txt}); a bracketed name without a date counts only if
 * it is a known outlet; the separator may be left out after an agency.
 */
final class DatelineParser {
  /** A place word: a capital, then letters, dots, apostrophes, hyphens. */
  private static final String WORD = "\\p{Lu}[\\p{L}.'’\\-]*";
  private static final int MAX_PLACE_CHARS = 60;
  /** "M:" opens interview transcripts; no place is that short. */
  private static final int MIN_PLACE_LETTERS = 2;

  private final Pattern pattern;
  private final Map<String, Integer> months;
  private final Set<String> notPlaces;
  private final Set<String> particles;
  private final Predicate<String> isOutlet;

  private DatelineParser(Map<String, Integer> months, Set<String> notPlaces, Set<String> particles, Predicate<String> isOutlet) {
    this.isOutlet = isOutlet;
    this.months = Map.copyOf(months);
    this.notPlaces = Set.copyOf(notPlaces);
    this.particles = Set.copyOf(particles);
    List<String> spellings = new ArrayList<>(months.keySet());
    spellings.sort(Comparator.comparingInt(String::length).reversed());
    String month = "(?i:" + String.join("|", spellings.stream().map(Pattern::quote).toList()) + ")\\.?";
    String particle = "(?:" + String.join("|", particles) + ")";
    String placePart = WORD + "(?:[ \\t]+(?:" + WORD + "|" + particle + "))*";
    String weekday = "(?<wd>(?i:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\\.?)),?[ \\t]+";
    String date = "(?:" + weekday + ")?(?:(?<month>" + month + ")[ \\t]+(?<day>\\d{1,2})(?:st|nd|rd|th)?"
        + "|(?<day2>\\d{1,2})(?:st|nd|rd|th)?[ \\t]+(?<month2>" + month + "))(?:,?[ \\t]+(?<year>\\d{4}))?";
    this.pattern = Pattern.compile(
        "^(?<place>" + placePart + "(?:[ \\t]*/[ \\t]*" + placePart + ")*)(?:[ \\t]*\\[[^\\]\\n]{1,30}\\])?"
            + "(?:,[ \\t]*" + date + "|,[ \\t]*(?<region>" + placePart + ")(?:,[ \\t]*" + date.replace("<month>", "<monthR>")
                .replace("<day>", "<dayR>").replace("<day2>", "<day2R>").replace("<month2>", "<month2R>").replace("<year>", "<yearR>").replace("<wd>", "<wdR>") + ")?)?"
            + "(?:[ \\t]*(?:\\((?<agency>[^()\\n]{1,40})\\)|/(?<agency2>[^/\\n]{1,40})/))?"
            + "[ \\t]*(?<sep>—|–|--|-|:)?[ \\t]*");
  }

  /** A parser with this package's data files; {@code isOutlet} tells known agencies and outlets. */
  static DatelineParser load(Predicate<String> isOutlet) {
    Map<String, Integer> months = new HashMap<>();
    for (String[] row : Resources.rows("months.tsv", 2)) {
      months.put(row[0].toLowerCase(Locale.ROOT), Integer.parseInt(row[1]));
    }
    Set<String> notPlaces = new HashSet<>(Resources.lines("not-places.txt"));
    Set<String> particles = new HashSet<>();
    for (String line : Resources.lines("place-particles.txt")) {
      particles.addAll(List.of(line.split("\\s+")));
    }
    return new DatelineParser(months, notPlaces, particles, isOutlet);
  }

  /** The dateline opening {@code text} at {@code start}, if there is one. */
  Optional<DatelineMatch> parse(String text, int start) {
    int lineEnd = text.indexOf('\n', start);
    String line = text.substring(start, lineEnd < 0 ? text.length() : lineEnd);
    Matcher m = pattern.matcher(line);
    if (!m.lookingAt()) {
      return Optional.empty();
    }
    String place = m.group("place").strip();
    Optional<String> region = Optional.ofNullable(m.group("region")).map(String::strip);
    String monthText = first(m, "month", "month2", "monthR", "month2R");
    String dayText = first(m, "day", "day2", "dayR", "day2R");
    String yearText = first(m, "year", "yearR");
    Optional<String> agency = Optional.ofNullable(m.group("agency")).or(() -> Optional.ofNullable(m.group("agency2")))
        .map(String::strip);
    String separator = m.group("sep");
    if (m.end() >= line.length() || place.length() > MAX_PLACE_CHARS || isLabel(place)
        || place.codePoints().filter(Character::isLetter).count() < MIN_PLACE_LETTERS) {
      return Optional.empty();
    }
    Optional<MonthDay> monthDay = Optional.empty();
    if (monthText != null) {
      try {
        monthDay = Optional.of(MonthDay.of(months.get(monthText.replace(".", "").toLowerCase(Locale.ROOT)), Integer.parseInt(dayText)));
      } catch (DateTimeException e) {
        return Optional.empty();
      }
    }
    // Without a date, a bracketed name is an agency only if it is a known outlet: "The World Trade Organisation
    // (WTO) said" opens many stories.
    if (monthDay.isEmpty() && agency.isPresent() && !isOutlet.test(agency.get())) {
      return Optional.empty();
    }
    if (separator == null && agency.isEmpty()) {
      return Optional.empty();
    }
    // A place alone must be in capitals before a dash: capitals before a colon are as often a kicker ("BOOM:",
    // "FIX IS IN:") as a place.
    if (monthDay.isEmpty() && agency.isEmpty() && (!isUpperCase(place) || region.isPresent() || ":".equals(separator))) {
      return Optional.empty();
    }
    if (region.isPresent() && monthDay.isEmpty() && agency.isEmpty()) {
      return Optional.empty();
    }
    String natural = naturalCase(place) + region.map(r -> ", " + naturalCase(r)).orElse("");
    int end = start + m.end();
    // The span covers the dateline up to its separator, not the spaces before the story.
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    Optional<Integer> year = Optional.ofNullable(yearText).map(Integer::parseInt);
    Optional<DayOfWeek> weekday = monthDay.isEmpty() ? Optional.empty()
        : Optional.ofNullable(first(m, "wd", "wdR")).flatMap(DatelineParser::dayOfWeek);
    return Optional.of(new DatelineMatch(natural, monthDay, monthDay.isPresent() ? year : Optional.empty(), weekday, agency,
        new Span(start, end)));
  }

  private static Optional<DayOfWeek> dayOfWeek(String written) {
    String prefix = written.substring(0, 3).toUpperCase(Locale.ROOT);
    for (DayOfWeek day : DayOfWeek.values()) {
      if (day.name().startsWith(prefix)) {
        return Optional.of(day);
      }
    }
    return Optional.empty();
  }

  private static String first(Matcher m, String... groups) {
    for (String g : groups) {
      if (m.group(g) != null) {
        return m.group(g);
      }
    }
    return null;
  }

  private boolean isLabel(String place) {
    return notPlaces.contains(place.toUpperCase(Locale.ROOT));
  }

  private static boolean isUpperCase(String s) {
    return s.chars().noneMatch(Character::isLowerCase);
  }

  /** "GAZA CITY/JERUSALEM" -> "Gaza City/Jerusalem", "RIO DE JANEIRO" -> "Rio de Janeiro"; mixed case is kept. */
  String naturalCase(String place) {
    if (!isUpperCase(place)) {
      return place;
    }
    StringBuilder out = new StringBuilder(place.length());
    boolean wordStart = true;
    int wordBegin = 0;
    for (int i = 0; i < place.length(); i++) {
      char c = place.charAt(i);
      if (Character.isLetter(c)) {
        if (wordStart) {
          wordBegin = i;
          int wordEnd = i;
          while (wordEnd < place.length() && Character.isLetter(place.charAt(wordEnd))) {
            wordEnd++;
          }
          String word = place.substring(i, wordEnd).toLowerCase(Locale.ROOT);
          boolean particle = i > 0 && place.charAt(i - 1) == ' ' && particles.contains(word);
          out.append(particle ? c : Character.toUpperCase(c));
          if (particle) {
            out.setCharAt(out.length() - 1, Character.toLowerCase(c));
          }
        } else {
          out.append(Character.toLowerCase(c));
        }
        wordStart = false;
      } else {
        out.append(c);
        wordStart = c == ' ' || c == '/' || c == '-' || c == '.' || c == '\t';
      }
    }
    return out.toString();
  }
}
