package dev.dateline.nlp.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * CoNLL-2003 style NER files: one token a line, columns separated by spaces or tabs, the first column the word and
 * the last the tag ({@code O}, {@code B-TYPE}, {@code I-TYPE}; IOB1 and IOB2 both accepted), a blank line between
 * sentences and a {@code -DOCSTART-} line between documents.
 */
public final class Conll {
  /** The entity types of CoNLL-2003. */
  public static final Set<String> TYPES = Set.of("PER", "ORG", "LOC", "MISC");

  private Conll() {}

  /** One sentence: its rows as read (all columns), and the line its first row was on. */
  public record Sentence(List<String[]> rows, int line) {
    public Sentence {
      rows = List.copyOf(rows);
    }

    public int size() {
      return rows.size();
    }

    public String word(int i) {
      return rows.get(i)[0];
    }

    public String tag(int i) {
      String[] row = rows.get(i);
      return row[row.length - 1];
    }

    public List<String> words() {
      List<String> out = new ArrayList<>(rows.size());
      for (String[] row : rows) {
        out.add(row[0]);
      }
      return out;
    }

    public List<String> tags() {
      List<String> out = new ArrayList<>(rows.size());
      for (int i = 0; i < rows.size(); i++) {
        out.add(tag(i));
      }
      return out;
    }
  }

  /** One document: the sentences between two {@code -DOCSTART-} lines. */
  public record Doc(List<Sentence> sentences) {
    public Doc {
      sentences = List.copyOf(sentences);
    }

    public int tokens() {
      int n = 0;
      for (Sentence s : sentences) {
        n += s.size();
      }
      return n;
    }
  }

  /**
   * Reads a file.
   *
   * @throws IOException naming the file and line when a row has fewer than two columns or a tag is not O, B-TYPE or
   *     I-TYPE with a CoNLL-2003 type
   */
  public static List<Doc> read(Path file) throws IOException {
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(reader, file.toString());
    }
  }

  public static List<Doc> read(BufferedReader reader, String name) throws IOException {
    List<Doc> docs = new ArrayList<>();
    List<Sentence> sentences = new ArrayList<>();
    List<String[]> rows = new ArrayList<>();
    int columns = -1;
    int first = 0;
    int number = 0;
    String line;
    while ((line = reader.readLine()) != null) {
      number++;
      String stripped = line.strip();
      if (stripped.isEmpty()) {
        if (!rows.isEmpty()) {
          sentences.add(new Sentence(rows, first));
          rows = new ArrayList<>();
        }
        continue;
      }
      String[] fields = stripped.split("[ \t]+");
      if (fields[0].equals("-DOCSTART-")) {
        if (!rows.isEmpty()) {
          sentences.add(new Sentence(rows, first));
          rows = new ArrayList<>();
        }
        if (!sentences.isEmpty()) {
          docs.add(new Doc(sentences));
          sentences = new ArrayList<>();
        }
        continue;
      }
      if (fields.length < 2) {
        throw new IOException(name + ": line " + number + ": expected a word and a tag separated by spaces, found '" + line + "'");
      }
      if (columns < 0) {
        columns = fields.length;
      } else if (fields.length != columns) {
        throw new IOException(name + ": line " + number + ": expected " + columns + " columns like the lines before, found "
            + fields.length + " in '" + line + "'");
      }
      checkTag(fields[fields.length - 1], name, number);
      if (rows.isEmpty()) {
        first = number;
      }
      rows.add(fields);
    }
    if (!rows.isEmpty()) {
      sentences.add(new Sentence(rows, first));
    }
    if (!sentences.isEmpty()) {
      docs.add(new Doc(sentences));
    }
    if (docs.isEmpty()) {
      throw new IOException(name + ": no sentences found");
    }
    return docs;
  }

  private static void checkTag(String tag, String name, int number) throws IOException {
    if (tag.equals("O")) {
      return;
    }
    if (tag.length() > 2 && (tag.charAt(0) == 'B' || tag.charAt(0) == 'I') && tag.charAt(1) == '-'
        && TYPES.contains(tag.substring(2))) {
      return;
    }
    throw new IOException(name + ": line " + number + ": tag '" + tag + "' is not O, B-TYPE or I-TYPE with TYPE one of "
        + String.join(", ", TYPES.stream().sorted().toList()));
  }

  /** Writes the input's rows with one more column, the predicted tag, in conlleval's input format. */
  public static void writePredictions(List<Doc> docs, List<List<List<String>>> predicted, Writer out) throws IOException {
    for (int d = 0; d < docs.size(); d++) {
      List<Sentence> sentences = docs.get(d).sentences();
      int columns = sentences.isEmpty() ? 2 : sentences.get(0).rows().get(0).length;
      out.write("-DOCSTART-" + " -X-".repeat(Math.max(0, columns - 2)) + " O O\n\n");
      for (int s = 0; s < sentences.size(); s++) {
        Sentence sentence = sentences.get(s);
        List<String> tags = predicted.get(d).get(s);
        for (int i = 0; i < sentence.size(); i++) {
          out.write(String.join(" ", sentence.rows().get(i)));
          out.write(' ');
          out.write(tags.get(i));
          out.write('\n');
        }
        out.write('\n');
      }
    }
    out.flush();
  }
}
