package dev.dateline.extract.html;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The word lists the extractor reads from its resources, each section compiled once into one pattern. */
record Lexicon(
    WordMatcher remove, WordMatcher keep, WordMatcher positive, WordMatcher negative, Pattern titleSeparator, Pattern dropLine, Pattern tailLine,
    Pattern insideLine, TextDates textDates, WordMatcher dateElements, Pattern bylinePrefix, java.util.Set<String> notNames) {

  static Lexicon load() {
    Map<String, List<String>> sections = sections("boilerplate.txt");
    return new Lexicon(
        words(sections, "remove", "boilerplate.txt"),
        words(sections, "keep", "boilerplate.txt"),
        words(sections, "positive", "boilerplate.txt"),
        words(sections, "negative", "boilerplate.txt"),
        separators(sections("title.txt"), "title.txt"),
        lineStart(sections("lines.txt"), "drop", "lines.txt"),
        lineStart(sections("lines.txt"), "tail", "lines.txt"),
        inside(sections("lines.txt"), "inside", "lines.txt"),
        new TextDates(section(sections("months.txt"), "months", "months.txt")),
        words(sections("months.txt"), "date-elements", "months.txt"),
        bylinePrefix(section(sections("authors.txt"), "prefixes", "authors.txt")),
        java.util.Set.copyOf(section(sections("authors.txt"), "not-names", "authors.txt").stream()
            .map(w -> w.toLowerCase(java.util.Locale.ROOT)).toList()));
  }

  private static Pattern bylinePrefix(List<String> prefixes) {
    String alternatives = prefixes.stream().sorted(java.util.Comparator.comparingInt(String::length).reversed())
        .map(Pattern::quote).collect(Collectors.joining("|"));
    return Pattern.compile("^[\\s|:–—-]*(?:(?:" + alternatives + ")(?:\\s*:\\s*|\\s+|(?-i:(?=\\p{Lu}))))+",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  private static List<String> section(Map<String, List<String>> sections, String name, String file) {
    List<String> lines = sections.get(name);
    if (lines == null || lines.isEmpty()) {
      throw new IllegalStateException("resource " + file + " has no [" + name + "] section");
    }
    return lines;
  }

  private static WordMatcher words(Map<String, List<String>> sections, String name, String file) {
    List<String> words = sections.get(name);
    if (words == null || words.isEmpty()) {
      throw new IllegalStateException("resource " + file + " has no [" + name + "] section");
    }
    return new WordMatcher(words);
  }

  /** Phrases that open a line, followed by anything but a letter or digit. */
  private static Pattern lineStart(Map<String, List<String>> sections, String name, String file) {
    List<String> words = sections.get(name);
    if (words == null || words.isEmpty()) {
      throw new IllegalStateException("resource " + file + " has no [" + name + "] section");
    }
    String alternatives = words.stream().map(Pattern::quote).collect(Collectors.joining("|"));
    return Pattern.compile("^(?:" + alternatives + ")(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /** Phrases found anywhere in a line, as whole words. */
  private static Pattern inside(Map<String, List<String>> sections, String name, String file) {
    List<String> words = sections.get(name);
    if (words == null || words.isEmpty()) {
      throw new IllegalStateException("resource " + file + " has no [" + name + "] section");
    }
    String alternatives = words.stream().map(Pattern::quote).collect(Collectors.joining("|"));
    return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  private static Pattern separators(Map<String, List<String>> sections, String file) {
    List<String> seps = sections.get("separators");
    if (seps == null || seps.isEmpty()) {
      throw new IllegalStateException("resource " + file + " has no [separators] section");
    }
    // A separator counts only between spaces, so hyphenated words stay whole.
    return Pattern.compile("\\s+(?:" + seps.stream().map(Pattern::quote).collect(Collectors.joining("|")) + ")\\s+");
  }

  private static Map<String, List<String>> sections(String file) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    try (InputStream in = Lexicon.class.getResourceAsStream(file)) {
      if (in == null) {
        throw new IllegalStateException("missing resource dev/dateline/extract/html/" + file);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String> current = null;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String t = line.strip();
        if (t.isEmpty() || t.startsWith("#")) {
          continue;
        }
        if (t.startsWith("[") && t.endsWith("]")) {
          current = out.computeIfAbsent(t.substring(1, t.length() - 1), k -> new ArrayList<>());
        } else if (current == null) {
          throw new IllegalStateException("resource " + file + ": entry '" + t + "' before any [section]");
        } else {
          current.add(t);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + file, e);
    }
    return out;
  }
}
