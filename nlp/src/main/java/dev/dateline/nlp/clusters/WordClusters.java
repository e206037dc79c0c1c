package dev.dateline.nlp.clusters;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Word classes learned from unlabelled news text, at several granularities ("levels"), used as tagger features so
 * that a rare word shares weights with the frequent words of its class. Immutable and thread-safe.
 *
 * <p>File format (UTF-8, usually gzipped): a header line {@code #word-clusters levels=N}, then one line per word:
 * the word, a tab, and N class names separated by tabs, coarsest first.
 */
public final class WordClusters {
  private static final String HEADER = "#word-clusters levels=";
  private static final WordClusters EMPTY = new WordClusters(0, Map.of());

  private final int levels;
  private final Map<String, String[]> classes;

  private WordClusters(int levels, Map<String, String[]> classes) {
    this.levels = levels;
    this.classes = classes;
  }

  /** No classes at all: every lookup answers "". */
  public static WordClusters empty() {
    return EMPTY;
  }

  public int levels() {
    return levels;
  }

  public int words() {
    return classes.size();
  }

  /**
   * The class of {@code word} at {@code level} (0 = coarsest), or "" when the word is unknown. The exact form is tried
   * first, then its lower-case form.
   */
  public String cluster(String word, int level) {
    Objects.checkIndex(level, Math.max(levels, 1));
    String[] c = classes.get(word);
    if (c == null) {
      c = classes.get(word.toLowerCase(Locale.ROOT));
    }
    return c == null ? "" : c[level];
  }

  /** Whether {@code word} (exactly or lower-cased) has classes. */
  public boolean knows(String word) {
    return classes.containsKey(word) || classes.containsKey(word.toLowerCase(Locale.ROOT));
  }

  /**
   * Reads a clusters file.
   *
   * @throws IOException naming {@code name} and the line when the file is malformed
   */
  public static WordClusters read(InputStream in, String name) throws IOException {
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String header = reader.readLine();
    if (header == null || !header.startsWith(HEADER)) {
      throw new IOException(name + ": line 1 must start with '" + HEADER + "', found " + (header == null ? "end of file" : "'" + header + "'"));
    }
    int levels;
    try {
      levels = Integer.parseInt(header.substring(HEADER.length()).strip());
    } catch (NumberFormatException e) {
      throw new IOException(name + ": line 1: levels is not a number: '" + header + "'");
    }
    if (levels < 1) {
      throw new IOException(name + ": line 1: levels must be at least 1, got " + levels);
    }
    Map<String, String[]> classes = new HashMap<>();
    String line;
    int number = 1;
    while ((line = reader.readLine()) != null) {
      number++;
      if (line.isEmpty()) {
        continue;
      }
      String[] fields = line.split("\t", -1);
      if (fields.length != levels + 1 || fields[0].isEmpty()) {
        throw new IOException(name + ": line " + number + ": expected a word and " + levels + " classes separated by tabs, found '" + line + "'");
      }
      String[] c = Arrays.copyOfRange(fields, 1, fields.length);
      for (int i = 0; i < c.length; i++) {
        c[i] = c[i].intern();
      }
      classes.put(fields[0], c);
    }
    return new WordClusters(levels, Map.copyOf(classes));
  }

  /** Classes given directly, for tests and for the trainer's output. */
  public static WordClusters of(int levels, Map<String, List<String>> classes) {
    Map<String, String[]> copy = new HashMap<>();
    classes.forEach((w, c) -> {
      if (c.size() != levels) {
        throw new IllegalArgumentException("word '" + w + "' has " + c.size() + " classes, expected " + levels);
      }
      copy.put(w, c.toArray(String[]::new));
    });
    return new WordClusters(levels, Map.copyOf(copy));
  }
}
