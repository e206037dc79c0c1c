package dev.dateline.nlp.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;

/**
 * Named lists of names ("country", "person", ...), matched against a sentence's words, case-insensitively, as
 * features: each word learns which lists a matched phrase around it belongs to and where in the phrase it lies.
 * Immutable and thread-safe.
 *
 * <p>File format (UTF-8): one entry a line, the list name, a tab, then the phrase as space-separated words; lines
 * starting with '#' and blank lines are skipped.
 */
public final class Gazetteers {
  /** At most this many lists; each word's matches fit in an int (4 positions per list). */
  static final int MAX_LISTS = 8;
  private static final Gazetteers EMPTY = new Gazetteers(List.of(), new Node());
  private static final String RESOURCE = "/dev/dateline/nlp/ner/";
  static final List<String> BUNDLED = List.of("gazetteers.txt.gz", "gazetteers-handmade.txt");

  private final List<String> lists;
  private final Node root;

  /** A trie over lower-cased words; {@code lists} is the bit set of lists a phrase ending here belongs to. */
  static final class Node {
    Map<String, Node> children;
    int lists;

    Node child(String word) {
      return children == null ? null : children.get(word);
    }

    Node add(String word) {
      if (children == null) {
        children = new HashMap<>(4);
      }
      return children.computeIfAbsent(word, w -> new Node());
    }
  }

  private Gazetteers(List<String> lists, Node root) {
    this.lists = List.copyOf(lists);
    this.root = root;
  }

  public static Gazetteers empty() {
    return EMPTY;
  }

  /** The list names, in bit order. */
  public List<String> lists() {
    return lists;
  }

  /** The lists bundled with the recogniser (see the README next to them for how they are built). */
  public static Gazetteers standard() throws IOException {
    Map<String, List<String>> entries = new HashMap<>();
    for (String file : BUNDLED) {
      try (InputStream raw = Gazetteers.class.getResourceAsStream(RESOURCE + file)) {
        if (raw == null) {
          throw new IOException("the bundled gazetteer " + RESOURCE + file + " is missing from the class path");
        }
        InputStream in = file.endsWith(".gz") ? new GZIPInputStream(raw) : raw;
        read(in, RESOURCE + file, entries);
      }
    }
    return of(entries);
  }

  /**
   * Adds the entries of one gazetteer file to {@code entries} (list name to phrases).
   *
   * @throws IOException naming the file and line of a malformed entry
   */
  public static void read(InputStream in, String name, Map<String, List<String>> entries) throws IOException {
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    int number = 0;
    while ((line = reader.readLine()) != null) {
      number++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      int tab = line.indexOf('\t');
      if (tab <= 0 || tab == line.length() - 1 || line.indexOf('\t', tab + 1) >= 0) {
        throw new IOException(name + ": line " + number + ": expected a list name, a tab and a phrase, found '" + line + "'");
      }
      entries.computeIfAbsent(line.substring(0, tab), k -> new ArrayList<>()).add(line.substring(tab + 1));
    }
  }

  /** Lists given directly: list name to phrases (space-separated words). */
  public static Gazetteers of(Map<String, List<String>> entries) {
    List<String> names = new ArrayList<>(new TreeSet<>(entries.keySet()));
    if (names.size() > MAX_LISTS) {
      throw new IllegalArgumentException("at most " + MAX_LISTS + " gazetteer lists, got " + names);
    }
    Node root = new Node();
    for (int l = 0; l < names.size(); l++) {
      for (String phrase : entries.get(names.get(l))) {
        Node node = root;
        for (String word : phrase.strip().split(" +")) {
          node = node.add(key(word));
        }
        if (node != root) {
          node.lists |= 1 << l;
        }
      }
    }
    return new Gazetteers(names, root);
  }

  private static String key(String word) {
    return Words.normalise(word).toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * For each word, bits {@code 4 * list + position} of the phrases covering it, position 0..3 for B, I, L, U; every
   * phrase of every length that matches is marked. {@code lower} holds the words already lower-cased.
   */
  int[] match(String[] lower) {
    Node[] starts = new Node[lower.length];
    for (int i = 0; i < lower.length; i++) {
      starts[i] = start(lower[i]);
    }
    return match(lower, starts);
  }

  /** The trie node of the phrases starting with the lower-cased word {@code lower}, or null: what a tagger keeps per form. */
  Node start(String lower) {
    return root.child(lower);
  }

  /** As {@link #match(String[])}, with each word's {@link #start} already looked up. */
  int[] match(String[] lower, Node[] starts) {
    int[] out = new int[lower.length];
    if (lists.isEmpty()) {
      return out;
    }
    for (int i = 0; i < lower.length; i++) {
      Node node = starts[i];
      for (int j = i; j < lower.length && node != null; j++) {
        if (j > i) {
          node = node.child(lower[j]);
          if (node == null) {
            break;
          }
        }
        for (int bits = node.lists; bits != 0; bits &= bits - 1) {
          int l = Integer.numberOfTrailingZeros(bits);
          if (j == i) {
            out[i] |= 1 << (4 * l + 3);
          } else {
            out[i] |= 1 << (4 * l);
            for (int k = i + 1; k < j; k++) {
              out[k] |= 1 << (4 * l + 1);
            }
            out[j] |= 1 << (4 * l + 2);
          }
        }
      }
    }
    return out;
  }
}
