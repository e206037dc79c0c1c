package dev.dateline.extract.eval;

import dev.dateline.extract.json.Json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.dateline.model.Article;
import dev.dateline.model.ContentKind;
import dev.dateline.model.OffsetMap;
import dev.dateline.model.Published;
import dev.dateline.model.RawDocument;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractionEvalTest {
  @TempDir
  Path dir;

  /** An "extractor" whose page bytes are the text it predicts; it records what it was given. */
  private final List<RawDocument> seen = new ArrayList<>();
  private final Function<RawDocument, Optional<Article>> echo = raw -> {
    seen.add(raw);
    String text = new String(raw.content(), StandardCharsets.UTF_8);
    return Optional.of(article(raw, text, Optional.empty(), Optional.empty()));
  };

  private static Article article(RawDocument raw, String text, Optional<String> title, Optional<Published> published) {
    return new Article(Article.idFor(raw.provenance()), raw.provenance(), raw.supplied().url(), Optional.empty(), title, published,
        Optional.empty(), Optional.empty(), false, Optional.empty(), List.of(), text, List.of(), OffsetMap.identity());
  }

  private void gz(Path file, String content) throws IOException {
    Files.createDirectories(file.getParent());
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(content.getBytes(StandardCharsets.UTF_8));
    }
  }

  private void zyteFolder() throws IOException {
    gz(dir.resolve("html/a.html.gz"), "one two three four");
    gz(dir.resolve("html/b.html.gz"), "alpha beta");
    gz(dir.resolve("html/c.html.gz"), "");
    Files.writeString(dir.resolve("ground-truth.json"), """
        {"a": {"articleBody": "one two three four five", "url": "https://example.com/a"},
         "b": {"articleBody": "alpha beta", "url": "https://example.com/b"},
         "c": {"articleBody": "x y z w"}}
        """);
  }

  @Test
  void zyteScoresMeanShinglePrecisionAndRecall() throws IOException {
    zyteFolder();
    ExtractionEval.Report r = ExtractionEval.zyte(dir, echo, Optional.empty());
    assertThat(r.n()).isEqualTo(3);
    assertThat(r.precision()).isCloseTo(1.0, within(1e-9)); // c predicts nothing: no precision
    assertThat(r.recall()).isCloseTo(0.5, within(1e-9)); // (0.5 + 1 + 0) / 3
    assertThat(r.f1()).isCloseTo(2 * 0.5 / 1.5, within(1e-9));
  }

  @Test
  void zyteHandsTheExtractorAnHtmlDocumentWithUrlAndHash() throws IOException {
    zyteFolder();
    ExtractionEval.zyte(dir, echo, Optional.empty());
    RawDocument a = seen.get(0);
    assertThat(a.kind()).isEqualTo(ContentKind.HTML);
    assertThat(a.origin()).isEqualTo(dir.resolve("html/a.html.gz").toString());
    assertThat(a.supplied().url()).contains("https://example.com/a");
    assertThat(a.provenance().fetchedAt()).isEqualTo(java.time.Instant.EPOCH);
    assertThat(a.provenance().contentHash()).isEqualTo(sha256("one two three four"));
    assertThat(seen.get(2).supplied().url()).isEmpty();
  }

  private static String sha256(String s) {
    try {
      return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void zyteWritesPredictionsAsJson() throws IOException {
    zyteFolder();
    gz(dir.resolve("html/b.html.gz"), "say \"hi\"\n\\ done\ttab");
    Path out = dir.resolve("pred.json");
    ExtractionEval.zyte(dir, echo, Optional.of(out));
    Object json = Json.parse(Files.readString(out)).orElseThrow();
    assertThat(json).isInstanceOf(Map.class);
    Map<?, ?> b = (Map<?, ?>) ((Map<?, ?>) json).get("b");
    assertThat(b.get("articleBody")).isEqualTo("say \"hi\"\n\\ done\ttab");
    assertThat(new ArrayList<Object>(((Map<?, ?>) json).keySet())).containsExactly("a", "b", "c");
  }

  @Test
  void zyteScoresACrashingExtractorAsEmptyText() throws IOException {
    zyteFolder();
    ExtractionEval.Report r = ExtractionEval.zyte(dir, raw -> {
      throw new IllegalStateException("boom");
    }, Optional.empty());
    assertThat(r.recall()).isZero();
    assertThat(r.lines()).anyMatch(l -> l.contains("boom"));
  }

  @Test
  void trafilaturaCountsSegmentsAsItsOwnEvaluationDoes() throws IOException {
    Files.createDirectories(dir.resolve("pages"));
    Files.writeString(dir.resolve("pages/p1.html"), "Keep   this\nsentence. Also keep that. Menu");
    Files.writeString(dir.resolve("pages/p2.html"), "Nothing relevant here");
    Files.writeString(dir.resolve("evaldata.json"), """
        {"https://example.com/1": {"file": "p1.html", "with": ["Keep this sentence.", "keep that"], "without": ["Menu", "Footer"]},
         "https://example.com/2": {"file": "p2.html", "with": ["Important text"], "without": ["Imprint"]},
         "https://example.com/3": {"file": "absent.html", "with": ["x"], "without": ["y"]}}
        """);
    ExtractionEval.Report r = ExtractionEval.trafilatura(dir, echo);
    // tp 2, fp 1 (Menu), fn 1 (Important text), tn 2
    assertThat(r.n()).isEqualTo(2);
    assertThat(r.precision()).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(r.recall()).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(r.f1()).isCloseTo(2.0 * 2 / (2 * 2 + 1 + 1), within(1e-9));
    assertThat(r.extra()).containsEntry("accuracy", 4.0 / 6).containsEntry("missing", 1.0);
    assertThat(seen.get(0).supplied().url()).contains("https://example.com/1");
  }

  @Test
  void readabilityScoresBodyTitleAndDate() throws IOException {
    Path page = Files.createDirectories(dir.resolve("page-1"));
    Files.writeString(page.resolve("source.html"), "one two three four five");
    Files.writeString(page.resolve("expected.html"), "<div><p>one two three</p><p>four five</p></div>");
    Files.writeString(page.resolve("expected-metadata.json"),
        "{\"title\": \"Bridge  to Close | The Herald\", \"publishedTime\": \"2024-02-06T23:30:00-05:00\"}");
    Path other = Files.createDirectories(dir.resolve("page-2"));
    Files.writeString(other.resolve("source.html"), "x");
    Files.writeString(other.resolve("expected.html"), "<p>x</p>");
    Files.writeString(other.resolve("expected-metadata.json"), "{\"title\": \"Another\", \"publishedTime\": null}");
    ExtractionEval.Report r = ExtractionEval.readability(dir, raw -> {
      boolean first = raw.origin().contains("page-1");
      return Optional.of(article(raw, new String(raw.content(), StandardCharsets.UTF_8),
          Optional.of(first ? "bridge to close" : "Something else"),
          first ? Optional.of(Published.onDate(LocalDate.of(2024, 2, 6), false, Published.Evidence.META)) : Optional.empty()));
    });
    assertThat(r.n()).isEqualTo(2);
    assertThat(r.f1()).isCloseTo(1.0, within(1e-9)); // block boundaries in expected.html separate words
    assertThat(r.extra()).containsEntry("title_accuracy", 0.5).containsEntry("title_accuracy_exact", 0.0)
        .containsEntry("date_accuracy", 1.0).containsEntry("date_n", 1.0);
  }

  @Test
  void titleMatchIgnoresCaseSpaceAndASiteSuffix() {
    assertThat(ExtractionEval.sameTitle("  Bridge   to Close ", "bridge to close")).isTrue();
    assertThat(ExtractionEval.sameTitle("Bridge to close | The Herald", "Bridge to close")).isTrue();
    assertThat(ExtractionEval.sameTitle("The Herald - Bridge to close", "Bridge to close")).isTrue();
    assertThat(ExtractionEval.sameTitle("Bridge to close", "Bridge")).isFalse();
  }

  @Test
  void reportJsonCarriesTaskFormatFiguresAndExtras() {
    ExtractionEval.Report r = new ExtractionEval.Report("trafilatura", 3, 0.5, 0.25, 1.0 / 3, Map.of("date_n", 2.0), List.of());
    assertThat(r.json()).isEqualTo(
        "{\"task\":\"extract\",\"format\":\"trafilatura\",\"n\":3,\"precision\":0.5000,\"recall\":0.2500,\"f1\":0.3333,\"date_n\":2}");
  }

  @Test
  void missingGroundTruthIsAnIoError() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ExtractionEval.zyte(dir, echo, Optional.empty()))
        .isInstanceOf(IOException.class);
  }
}
