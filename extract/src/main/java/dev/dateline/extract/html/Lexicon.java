package dev.dateline.extract.html;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The word lists the extractor reads from its resources ({@code boilerplate.txt}, {@code title.txt},
 * {@code lines.txt}, {@code months.txt}, {@code authors.txt}), each section compiled once: class and id words
 * that mark boilerplate, keep a container, or raise or lower its score; title separators; furniture lines dropped
 * alone, lines that open a trailing section, pitches found inside short lines; month names and the class words of
 * date elements; byline labels and texts that are no names.
 */
record Lexicon(
    WordMatcher remove,
    WordMatcher keep,
    WordMatcher positive,
    WordMatcher negative,
    Pattern titleSeparator,
    Pattern dropLine,
    Pattern tailLine,
    Pattern insideLine,
    TextDates textDates,
    WordMatcher dateElements,
    Pattern bylinePrefix,
    Set<String> notNames) {

  static Lexicon load() {
    Map<String, List<String>> boilerplate = sections("boilerplate.txt");
    Map<String, List<String>> lines = sections("lines.txt");
    Map<String, List<String>> months = sections("months.txt");
    Map<String, List<String>> authors = sections("authors.txt");
    return new Lexicon(
        new WordMatcher(section(boilerplate, "remove", "boilerplate.txt")),
        new WordMatcher(section(boilerplate, "keep", "boilerplate.txt")),
        new WordMatcher(section(boilerplate, "positive", "boilerplate.txt")),
        new WordMatcher(section(boilerplate, "negative", "boilerplate.txt")),
        separators(section(sections("title.txt"), "separators", "title.txt")),
        lineStart(section(lines, "drop", "lines.txt")),
        lineStart(section(lines, "tail", "lines.txt")),
        inside(section(lines, "inside", "lines.txt")),
        new TextDates(section(months, "months", "months.txt")),
        new WordMatcher(section(months, "date-elements", "months.txt")),
        bylineLabels(section(authors, "prefixes", "authors.txt")),
        Set.copyOf(section(authors, "not-names", "authors.txt").stream().map(w -> w.toLowerCase(Locale.ROOT)).toList()));
  }

  private static List<String> section(Map<String, List<String>> sections, String name, String file) {
    List<String> lines = sections.get(name);
    if (lines == null || lines.isEmpty()) {
      throw new IllegalStateException("resource " + file + " has no [" + name + "] section");
    }
    return lines;
  }

  /** Byline labels ahead of the names, longest first, each ending in a colon, white space or a capital letter. */
  private static Pattern bylineLabels(List<String> prefixes) {
    String alternatives = prefixes.stream().sorted(Comparator.comparingInt(String::length).reversed())
        .map(Pattern::quote).collect(Collectors.joining("|"));
    return Pattern.compile("^[\\s|:–—-]*(?:(?:" + alternatives + ")(?:\\s*:\\s*|\\s+|(?-i:(?=\\p{Lu}))))+",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /** Phrases that open a line, followed by anything but a letter or digit. */
  private static Pattern lineStart(List<String> words) {
    String alternatives = words.stream().map(Pattern::quote).collect(Collectors.joining("|"));
    return Pattern.compile("^(?:" + alternatives + ")(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /** Phrases found anywhere in a line, as whole words. */
  private static Pattern inside(List<String> words) {
    String alternatives = words.stream().map(Pattern::quote).collect(Collectors.joining("|"));
    return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  private static Pattern separators(List<String> seps) {
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
