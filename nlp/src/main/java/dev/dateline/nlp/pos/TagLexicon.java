package dev.dateline.nlp.pos;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * An extra tag lexicon from another POS-tagged corpus (e.g. the PTB tags of CoNLL-2003's Reuters news): the tags each
 * word form had there, which tell the tagger about words its treebank saw rarely or never, and how news capitalises
 * them ("Housing" as NNP or NN).
 */
final class TagLexicon {
  /** A tag joins a form's entry when it has this share of the form's occurrences (drops annotation noise). */
  static final double SHARE = 0.05;

  private TagLexicon() {}

  /**
   * Reads a corpus in CoNLL-2003 columns (form, POS tag, ...; blank lines between sentences; {@code -DOCSTART-} lines
   * skipped) into form (normalised, case kept) to its tags, sorted and joined with "|".
   *
   * @throws IOException naming the file and line of a line without a tag column
   */
  static Map<String, String> read(Path file) throws IOException {
    Map<String, Map<String, Integer>> counts = new TreeMap<>();
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("-DOCSTART-")) {
          continue;
        }
        String[] cols = line.split(" ");
        if (cols.length < 2 || cols[0].isEmpty() || cols[1].isEmpty()) {
          throw new IOException(file + ":" + number + ": expected 'form TAG ...' (space-separated columns), found '" + line + "'");
        }
        counts.computeIfAbsent(Forms.normalise(cols[0]), k -> new TreeMap<>()).merge(cols[1], 1, Integer::sum);
      }
    }
    Map<String, String> out = new HashMap<>(counts.size() * 2);
    counts.forEach((form, tags) -> {
      int total = tags.values().stream().mapToInt(Integer::intValue).sum();
      StringBuilder sb = new StringBuilder();
      tags.forEach((tag, n) -> {
        if (n >= SHARE * total) {
          sb.append(sb.isEmpty() ? "" : "|").append(tag);
        }
      });
      out.put(form, sb.toString());
    });
    return out;
  }
}
