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
record Lexicon(Pattern remove, Pattern keep, Pattern positive, Pattern negative, Pattern titleSeparator) {

  static Lexicon load() {
    Map<String, List<String>> sections = sections("boilerplate.txt");
    return new Lexicon(
        anyOf(sections, "remove", "boilerplate.txt"),
        anyOf(sections, "keep", "boilerplate.txt"),
        anyOf(sections, "positive", "boilerplate.txt"),
        anyOf(sections, "negative", "boilerplate.txt"),
        separators(sections("title.txt"), "title.txt"));
  }

  private static Pattern anyOf(Map<String, List<String>> sections, String name, String file) {
    List<String> words = sections.get(name);
    if (words == null || words.isEmpty()) {
      throw new IllegalStateException("resource " + file + " has no [" + name + "] section");
    }
    return Pattern.compile(words.stream().map(Pattern::quote).collect(Collectors.joining("|")), Pattern.CASE_INSENSITIVE);
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
