package dev.dateline.nlp.time;

import dev.dateline.model.Article;
import dev.dateline.model.Document;
import dev.dateline.model.OffsetMap;
import dev.dateline.model.Provenance;
import dev.dateline.model.Published;
import dev.dateline.model.Span;
import dev.dateline.model.Times;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * TempEval-3 Task A for time expressions: reads annotated documents (TimeML {@code .tml}; MEANTIME CAT XML), runs
 * the analysis on their text with the document creation time as publication date, and scores the TIMEX3s as the
 * official scorer (evaluate_entities.py after the TimeML normaliser) does: a gold and a system expression match
 * relaxed when they overlap (each used once), strict when their extents are identical; precision and recall over all
 * system and gold expressions; type and value accuracy over the relaxed matches; value F1 is value accuracy times
 * relaxed F1. The creation time itself is not scored in TimeML (it lies outside TEXT); in MEANTIME, where it is a
 * phrase of the text, it is scored like any other.
 */
public final class TimeEvaluation {
  public enum Format { TIMEML, MEANTIME }

  /** One gold or system expression: its extent in the document text, TIMEX3 type and value. */
  public record Timex(Span span, String type, String value) {}

  /** One evaluation document: its name, plain text, creation time and gold expressions. */
  public record Doc(String name, String text, Optional<LocalDate> creation, List<Timex> gold, String header) {}

  private TimeEvaluation() {}

  /**
   * The documents of {@code path} (a file, or a folder read recursively for .tml or .xml files), sorted by path; a
   * file with the same content as an earlier one is read once.
   */
  public static List<Doc> read(Path path, Format format) throws IOException {
    String suffix = format == Format.TIMEML ? ".tml" : ".xml";
    List<Path> files;
    if (Files.isDirectory(path)) {
      try (Stream<Path> s = Files.walk(path)) {
        files = s.filter(p -> p.getFileName().toString().endsWith(suffix) && Files.isRegularFile(p)).sorted().toList();
      }
    } else {
      files = List.of(path);
    }
    List<Doc> docs = new ArrayList<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (Path f : files) {
      String content = Files.readString(f, StandardCharsets.UTF_8);
      if (!seen.add(sha256(content))) {
        // TBAQ-cleaned/testpipeline repeats a TimeBank file: a document is scored once
        continue;
      }
      docs.add(format == Format.TIMEML ? TimeMl.read(f.toString(), content) : Meantime.read(f.toString(), content));
    }
    return docs;
  }

  /** The article the analysis sees for {@code doc}: its text, published on its creation date. */
  public static Article article(Doc doc) {
    Provenance provenance = new Provenance(doc.name(), Instant.EPOCH, sha256(doc.name() + "\n" + doc.text()));
    Optional<Published> published = doc.creation().map(d -> Published.onDate(d, false, Published.Evidence.SUPPLIED));
    return new Article(Article.idFor(provenance), provenance, Optional.empty(), Optional.empty(), Optional.empty(),
        published, Optional.empty(), Optional.empty(), false, Optional.of("en"), List.of(), doc.text(), List.of(),
        OffsetMap.identity());
  }

  /** The system's expressions for {@code doc}, from the analysed document's times layer. */
  public static List<Timex> predict(Doc doc, Function<Article, Document> analyse) {
    Times times = analyse.apply(article(doc)).require(Times.KEY);
    List<Timex> out = new ArrayList<>();
    for (Times.Time t : times.items()) {
      out.add(new Timex(t.span(), t.type().name(), t.value()));
    }
    return out;
  }

  /** A TimeML file with the document's text and {@code timexes}, which the official scorer reads against the gold. */
  public static String timeMl(Doc doc, List<Timex> timexes) {
    return TimeMl.write(doc, timexes);
  }

  /** Counts over documents, and the TempEval-3 figures computed from them. */
  public static final class Score {
    private int documents;
    private int gold;
    private int system;
    private int strict;
    private int relaxed;
    private int type;
    private int value;

    /** Adds one document's gold and system expressions. */
    public void add(List<Timex> goldTimexes, List<Timex> systemTimexes) {
      documents++;
      gold += goldTimexes.size();
      system += systemTimexes.size();
      boolean[] used = new boolean[systemTimexes.size()];
      for (Timex g : goldTimexes) {
        int match = -1;
        for (int k = 0; k < systemTimexes.size(); k++) {
          Span s = systemTimexes.get(k).span();
          if (!used[k] && s.begin() < g.span().end() && g.span().begin() < s.end()) {
            match = k;
            break;
          }
        }
        if (match < 0) {
          continue;
        }
        used[match] = true;
        Timex s = systemTimexes.get(match);
        relaxed++;
        if (s.span().equals(g.span())) {
          strict++;
        }
        if (s.type().equals(g.type())) {
          type++;
        }
        if (s.value().equals(g.value())) {
          value++;
        }
      }
    }

    public int documents() { return documents; }
    public int gold() { return gold; }
    public int system() { return system; }
    public double strictPrecision() { return ratio(strict, system); }
    public double strictRecall() { return ratio(strict, gold); }
    public double strictF1() { return f1(strictPrecision(), strictRecall()); }
    public double relaxedPrecision() { return ratio(relaxed, system); }
    public double relaxedRecall() { return ratio(relaxed, gold); }
    public double relaxedF1() { return f1(relaxedPrecision(), relaxedRecall()); }
    public double typeAccuracy() { return ratio(type, relaxed); }
    public double valueAccuracy() { return ratio(value, relaxed); }
    public double valueF1() { return valueAccuracy() * relaxedF1(); }
    public double typeF1() { return typeAccuracy() * relaxedF1(); }

    /** Report lines, as the official scorer lays them out, in per cent. */
    public List<String> lines() {
      return List.of(
          String.format(Locale.ROOT, "documents %d, gold timexes %d, system timexes %d, relaxed matches %d, strict matches %d",
              documents, gold, system, relaxed, strict),
          "=== Timex Performance ===",
          "Strict Match\tF1\tP\tR",
          String.format(Locale.ROOT, "\t\t%.2f\t%.2f\t%.2f", 100 * strictF1(), 100 * strictPrecision(), 100 * strictRecall()),
          "Relaxed Match\tF1\tP\tR",
          String.format(Locale.ROOT, "\t\t%.2f\t%.2f\t%.2f", 100 * relaxedF1(), 100 * relaxedPrecision(), 100 * relaxedRecall()),
          "Attribute F1\tValue\tType",
          String.format(Locale.ROOT, "\t\t%.2f\t%.2f", 100 * valueF1(), 100 * typeF1()),
          String.format(Locale.ROOT, "Attribute accuracy (over relaxed matches)\tValue %.2f\tType %.2f", 100 * valueAccuracy(), 100 * typeAccuracy()));
    }

    private static double ratio(int a, int b) {
      return b == 0 ? 0 : (double) a / b;
    }

    private static double f1(double p, double r) {
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
