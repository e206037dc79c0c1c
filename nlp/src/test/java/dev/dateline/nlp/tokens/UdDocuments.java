package dev.dateline.nlp.tokens;

import dev.dateline.model.Span;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Documents rebuilt from a CoNLL-U file for evaluation: each document's text joins the {@code # text =} lines of its
 * sentences, with a space inside a paragraph and a line break between paragraphs ({@code # newpar}); the gold
 * syntactic words ("don't" gives "do" "n't") and sentences become spans into that text.
 */
public final class UdDocuments {
  private UdDocuments() {}

  /** One document: its genre is the part of its id before the first '-' ("weblog", "email", ...). */
  public record Doc(String id, String genre, String text, List<Span> words, List<Span> sentences) {}

  /** The EWT dev file, or null when the shared datasets are not on this machine. */
  public static Path ewtDev() {
    Path p = Path.of(System.getProperty("dateline.shared", "../../shared"), "datasets/ud-english-ewt/en_ewt-ud-dev.conllu");
    return Files.isRegularFile(p) ? p : null;
  }

  public static List<Doc> read(Path file) throws IOException {
    List<Doc> docs = new ArrayList<>();
    Builder current = null;
    String sentenceText = null;
    boolean newPar = false;
    List<String[]> rows = new ArrayList<>();
    int lineNumber = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      lineNumber++;
      if (line.startsWith("# newdoc id =")) {
        if (current != null) {
          docs.add(current.build());
        }
        current = new Builder(line.substring("# newdoc id =".length()).strip());
      } else if (line.startsWith("# newpar")) {
        newPar = true;
      } else if (line.startsWith("# text =")) {
        sentenceText = line.substring("# text =".length()).strip();
      } else if (line.isBlank()) {
        if (sentenceText != null) {
          if (current == null) {
            throw new IOException(file + ": line " + lineNumber + ": a sentence before any '# newdoc'");
          }
          current.add(sentenceText, rows, newPar);
        }
        sentenceText = null;
        newPar = false;
        rows = new ArrayList<>();
      } else if (!line.startsWith("#")) {
        String[] cols = line.split("\t");
        if (cols.length != 10) {
          throw new IOException(file + ": line " + lineNumber + ": expected 10 columns, found " + cols.length);
        }
        rows.add(cols);
      }
    }
    if (current != null) {
      docs.add(current.build());
    }
    return docs;
  }

  /** Precision, recall and F1 of predicted spans against gold spans (exact matches). */
  public record Score(long gold, long predicted, long correct) {
    public double precision() {
      return predicted == 0 ? 0 : (double) correct / predicted;
    }

    public double recall() {
      return gold == 0 ? 0 : (double) correct / gold;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public Score plus(Score o) {
      return new Score(gold + o.gold, predicted + o.predicted, correct + o.correct);
    }

    public static Score of(List<Span> gold, List<Span> predicted) {
      Set<Span> g = new HashSet<>(gold);
      long correct = predicted.stream().filter(g::contains).count();
      return new Score(gold.size(), predicted.size(), correct);
    }

    @Override
    public String toString() {
      return String.format(java.util.Locale.ROOT, "P %.4f R %.4f F1 %.4f (gold %d, predicted %d)", precision(), recall(), f1(), gold, predicted);
    }
  }

  private static final class Builder {
    private final String id;
    private final StringBuilder text = new StringBuilder();
    private final List<Span> words = new ArrayList<>();
    private final List<Span> sentences = new ArrayList<>();

    Builder(String id) {
      this.id = id;
    }

    void add(String sentence, List<String[]> rows, boolean newPar) {
      if (!text.isEmpty()) {
        text.append(newPar ? '\n' : ' ');
      }
      int base = text.length();
      text.append(sentence);
      sentences.add(new Span(base, base + sentence.length()));
      int cursor = 0;
      int mwtEnd = -1;
      List<String> parts = new ArrayList<>();
      String surface = null;
      for (String[] cols : rows) {
        String id = cols[0];
        if (id.contains(".")) {
          continue; // empty nodes have no surface
        }
        if (id.contains("-")) {
          surface = cols[1];
          mwtEnd = Integer.parseInt(id.substring(id.indexOf('-') + 1));
          parts.clear();
          continue;
        }
        int n = Integer.parseInt(id);
        if (n <= mwtEnd) {
          parts.add(cols[1]);
          if (n == mwtEnd) {
            cursor = place(sentence, surface, parts, base, cursor);
          }
          continue;
        }
        cursor = place(sentence, cols[1], List.of(cols[1]), base, cursor);
      }
    }

    /** Finds {@code surface} from {@code cursor} and adds the spans of its words; returns the new cursor. */
    private int place(String sentence, String surface, List<String> parts, int base, int cursor) {
      int at = sentence.indexOf(surface, cursor);
      if (at < 0) {
        return cursor;
      }
      if (String.join("", parts).equals(surface)) {
        int b = at;
        for (String part : parts) {
          words.add(new Span(base + b, base + b + part.length()));
          b += part.length();
        }
      } else {
        words.add(new Span(base + at, base + at + surface.length()));
      }
      return at + surface.length();
    }

    Doc build() {
      int dash = id.indexOf('-');
      return new Doc(id, dash < 0 ? id : id.substring(0, dash), text.toString(), List.copyOf(words), List.copyOf(sentences));
    }
  }
}
