package dev.dateline.extract.news;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A "By Jane Doe" line: "By", one to five names of two to four capitalised words joined by commas, "and" or "&",
 * and optionally a short trailer after a comma, bar or dash ("By Jane Doe, Reuters"). Lines ending like a sentence
 * and names that are day or month words ("By Monday, ...") are not bylines.
 */
final class Bylines {
  private static final int MAX_LINE_CHARS = 120;
  private static final String NAME_WORD = "\\p{Lu}[\\p{L}'’.\\-]*";
  private static final String NAME = NAME_WORD + "(?:[ \\t]+" + NAME_WORD + "){1,3}";
  private static final Pattern BYLINE = Pattern.compile(
      "^[ \\t]*(?i:by)[ \\t:]+(?<names>" + NAME + "(?:[ \\t]*(?:,|and|&)[ \\t]*" + NAME + "){0,4})"
          + "[ \\t]*(?:(?:,|\\||-|–|—)[ \\t]*(?<trailer>[^\\n]{0,80}))?$");
  private static final Pattern SPLIT = Pattern.compile("[ \\t]*(?:,|\\band\\b|&)[ \\t]*");
  private static final Pattern CALENDAR_WORD = Pattern.compile(
      "(?i)\\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|august"
          + "|september|october|november|december|today|tonight|tomorrow|yesterday|then|now)\\b");

  private Bylines() {}

  /** The authors a byline line names, or empty when the line is not a byline. */
  static Optional<List<String>> authors(String line) {
    String s = line.strip();
    if (s.length() > MAX_LINE_CHARS) {
      return Optional.empty();
    }
    Matcher m = BYLINE.matcher(s);
    if (!m.matches()) {
      return Optional.empty();
    }
    String names = m.group("names");
    String trailer = m.group("trailer");
    if (CALENDAR_WORD.matcher(names).find() || (trailer != null && HeadlineShape.endsSentence(trailer.strip()))) {
      return Optional.empty();
    }
    List<String> authors = new ArrayList<>();
    for (String name : SPLIT.split(names)) {
      if (!name.isBlank()) {
        authors.add(naturalCase(name.strip()));
      }
    }
    return Optional.of(List.copyOf(authors));
  }

  private static String naturalCase(String name) {
    if (name.chars().anyMatch(Character::isLowerCase)) {
      return name;
    }
    StringBuilder out = new StringBuilder(name.length());
    boolean start = true;
    for (char c : name.toCharArray()) {
      out.append(start ? c : Character.toLowerCase(c));
      start = !Character.isLetter(c);
    }
    return out.toString();
  }
}
