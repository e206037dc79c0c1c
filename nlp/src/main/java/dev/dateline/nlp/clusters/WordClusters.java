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
import java.util.zip.GZIPInputStream;

/**
 * Word classes learned from unlabelled news text, at several granularities ("levels"), used as tagger features so
 * that a rare word shares weights with the frequent words of its class. Immutable and thread-safe.
 *
 * <p>File format (UTF-8, usually gzipped): a header line {@code #word-clusters levels=N}, then one line per word:
 * the word, a tab, and N class names separated by tabs, coarsest first.
 *
 * <p>Words are looked up {@linkplain #normalise normalised} (every digit as 0, curly quotes as straight ones), first
 * in their own case, then in lower case; the words of a file are normalised the same way when it is read, so
 * callers pass tokens as they are.
 *
 * <p>{@link #standard()} is the bundled file, learned by {@link ClusterTrainer} from about four million tokens of
 * English news (see the README beside it for the recipe).
 */
public final class WordClusters {
  static final String HEADER = "#word-clusters levels=";
  /** The bundled file, a classpath resource beside this class. */
  static final String RESOURCE = "word-clusters.tsv.gz";
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
    String[] c = lookup(word);
    return c == null ? "" : c[level];
  }

  /** Whether {@code word} (normalised, exactly or lower-cased) has classes. */
  public boolean knows(String word) {
    return lookup(word) != null;
  }

  private String[] lookup(String word) {
    String form = normalise(word);
    String[] c = classes.get(form);
    if (c == null) {
      String lower = form.toLowerCase(Locale.ROOT);
      if (!lower.equals(form)) {
        c = classes.get(lower);
      }
    }
    return c;
  }

  /**
   * The form under which a word is stored and looked up: every decimal digit becomes 0 (numbers of one shape share
   * their contexts), curly apostrophes and quotes become straight ones; case is kept.
   */
  public static String normalise(String word) {
    int n = word.length();
    int i = 0;
    while (i < n && !changes(word.charAt(i))) {
      i++;
    }
    if (i == n) {
      return word;
    }
    StringBuilder s = new StringBuilder(n).append(word, 0, i);
    for (; i < n; i++) {
      char c = word.charAt(i);
      if (Character.isDigit(c)) {
        s.append('0');
      } else if (c == '\u2018' || c == '\u2019') {
        s.append('\'');
      } else if (c == '\u201C' || c == '\u201D') {
        s.append('"');
      } else {
        s.append(c);
      }
    }
    return s.toString();
  }

  private static boolean changes(char c) {
    return c >= '1' && c <= '9'
        || c > 127 && (Character.isDigit(c) || c == '\u2018' || c == '\u2019' || c == '\u201C' || c == '\u201D');
  }

  /**
   * The bundled clusters, read from the classpath (about a second's work; keep the instance rather than calling
   * again).
   *
   * @throws IllegalStateException when the resource is missing or cannot be read
   */
  public static WordClusters standard() {
    String name = "classpath:/dev/dateline/nlp/clusters/" + RESOURCE;
    try (InputStream raw = WordClusters.class.getResourceAsStream(RESOURCE)) {
      if (raw == null) {
        throw new IllegalStateException("the bundled word clusters are missing: " + name + " is not on the classpath");
      }
      return read(new GZIPInputStream(raw, 1 << 16), name);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the bundled word clusters " + name + ": " + e.getMessage(), e);
    }
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
    Map<String, String[]> classes = new HashMap<>(1 << 16);
    // Class names repeat on every line: share one string per name.
    Map<String, String> names = new HashMap<>();
    String line;
    int number = 1;
    while ((line = reader.readLine()) != null) {
      number++;
      if (line.isEmpty()) {
        continue;
      }
      String[] c = new String[levels];
      int tab = line.indexOf('\t');
      int field = 0;
      while (tab > 0 && field < levels) {
        int next = line.indexOf('\t', tab + 1);
        String cls = line.substring(tab + 1, next < 0 ? line.length() : next);
        c[field++] = names.computeIfAbsent(cls, x -> x);
        tab = next;
      }
      if (field != levels || tab >= 0 || line.charAt(0) == '\t') {
        throw new IOException(name + ": line " + number + ": expected a word and " + levels + " classes separated by tabs, found '" + line + "'");
      }
      // The first of two words that normalise alike wins (files from the trainer hold no such pairs).
      classes.putIfAbsent(normalise(line.substring(0, line.indexOf('\t'))), c);
    }
    // Never changed after this point, and not shared: no copy needed.
    return new WordClusters(levels, classes);
  }

  /** Classes given directly, for tests and for the trainer's output. */
  public static WordClusters of(int levels, Map<String, List<String>> classes) {
    Map<String, String[]> copy = new HashMap<>();
    classes.forEach((w, c) -> {
      if (c.size() != levels) {
        throw new IllegalArgumentException("word '" + w + "' has " + c.size() + " classes, expected " + levels);
      }
      copy.putIfAbsent(normalise(w), c.toArray(String[]::new));
    });
    return new WordClusters(levels, Map.copyOf(copy));
  }
}
