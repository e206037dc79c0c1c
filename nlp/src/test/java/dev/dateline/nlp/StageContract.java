package dev.dateline.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.model.Annotation;
import dev.dateline.model.Article;
import dev.dateline.model.Document;
import dev.dateline.model.Layer;
import dev.dateline.model.LayerKey;
import dev.dateline.model.Span;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The contract every stage keeps, checked on the seed articles, on dev-set text and on random text: spans lie inside
 * the text and are sorted, ids are unique and every reference resolves, layers the stage does not own are unchanged,
 * and the output is deterministic. A stage's test extends this class and names the stage and what must run before it.
 */
public abstract class StageContract {

  /** A fresh instance of the stage under test. */
  protected abstract Stage stage();

  /** Stages that write what the stage under test reads, in order. */
  protected List<Stage> prerequisites() {
    return List.of();
  }

  static Stream<Article> texts() throws IOException {
    List<Article> out = new ArrayList<>();
    Path shared = Path.of(System.getProperty("dateline.shared", "../../shared"));
    Path seeds = shared.resolve("seeds");
    if (Files.isDirectory(seeds)) {
      try (Stream<Path> files = Files.list(seeds)) {
        for (Path p : files.sorted().toList()) {
          out.add(TestArticles.of(p.toString(), Files.readString(p, StandardCharsets.UTF_8)));
        }
      }
    }
    Path bbc = shared.resolve("datasets/bbc");
    if (Files.isDirectory(bbc)) {
      try (Stream<Path> files = Files.walk(bbc)) {
        for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().limit(5).toList()) {
          out.add(TestArticles.of(p.toString(), Files.readString(p, StandardCharsets.ISO_8859_1)));
        }
      }
    }
    Random random = new Random(20240207L);
    String alphabet = "abc XYZ.,;:!?\"'“”‘’«»()-—\n\r\t0123456789éü\u00a0\uD83D\uDE00";
    for (int n = 0; n < 5; n++) {
      StringBuilder sb = new StringBuilder();
      int length = random.nextInt(400);
      for (int i = 0; i < length; i++) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      out.add(TestArticles.of("random:" + n, sb.toString()));
    }
    out.add(TestArticles.of("empty", ""));
    return out.stream();
  }

  private Document prepare(Article article) {
    Document document = Document.of(article);
    for (Stage before : prerequisites()) {
      document = before.apply(document);
    }
    return document;
  }

  @ParameterizedTest
  @MethodSource("texts")
  void spansLieInsideTheTextAndAreSorted(Article article) {
    Document out = stage().apply(prepare(article));
    for (LayerKey<?> key : stage().writes()) {
      Span previous = null;
      for (Annotation a : out.require(key).items()) {
        assertThat(a.span().end()).as("%s %s end", key, a.id()).isLessThanOrEqualTo(article.text().length());
        if (previous != null) {
          assertThat(a.span().begin()).as("%s %s sorted", key, a.id()).isGreaterThanOrEqualTo(previous.begin());
        }
        previous = a.span();
      }
    }
  }

  @ParameterizedTest
  @MethodSource("texts")
  void idsAreUniqueAndReferencesResolve(Article article) {
    Document out = stage().apply(prepare(article));
    Set<String> ids = new HashSet<>();
    for (LayerKey<?> key : out.keys()) {
      for (Annotation a : out.require(key).items()) {
        assertThat(ids.add(key.name() + "/" + a.id())).as("duplicate id %s in %s", a.id(), key).isTrue();
        ids.add(a.id());
      }
    }
    for (LayerKey<?> key : stage().writes()) {
      for (Annotation a : out.require(key).items()) {
        for (String ref : a.references()) {
          assertThat(ids).as("%s %s refers to %s", key, a.id(), ref).contains(ref);
        }
      }
    }
  }

  @ParameterizedTest
  @MethodSource("texts")
  void writesOnlyItsDeclaredLayersAndLeavesOthersUntouched(Article article) {
    Document in = prepare(article);
    Document out = stage().apply(in);
    Set<LayerKey<?>> added = new HashSet<>(out.keys());
    added.removeAll(in.keys());
    assertThat(added).isEqualTo(stage().writes());
    assertThat(out.article()).isEqualTo(in.article());
    for (LayerKey<?> key : in.keys()) {
      Layer before = in.require(key);
      assertThat(out.require(key)).as("foreign layer %s", key).isEqualTo(before);
    }
  }

  @ParameterizedTest
  @MethodSource("texts")
  void outputIsDeterministic(Article article) {
    Document once = stage().apply(prepare(article));
    Document again = stage().apply(prepare(article));
    assertThat(again).isEqualTo(once);
  }
}
