package dev.dateline.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.model.Article;
import dev.dateline.model.OffsetMap;
import dev.dateline.model.Provenance;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * A measurement, not a test: adds 2,000 BBC articles and prints articles per second. Runs only when asked:
 * {@code ./mvnw -q -B -o -pl store -am test -Dtest=BbcAddThroughputBench -Dsurefire.failIfNoSpecifiedTests=false -Ddateline.bench=true}.
 */
@EnabledIfSystemProperty(named = "dateline.bench", matches = "true")
class BbcAddThroughputBench {
  private static final int COUNT = 2_000;
  private static final int COMMIT_EVERY = 500;

  @TempDir Path dir;

  @Test
  void addTwoThousandBbcArticles() throws IOException {
    String shared = System.getProperty("dateline.shared");
    Assumptions.assumeTrue(shared != null && Files.isDirectory(Path.of(shared, "datasets", "bbc", "data_raw")),
        "needs the BBC dataset under the dateline.shared folder, got " + shared);
    Path root = Path.of(shared, "datasets", "bbc", "data_raw");
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files = walk.filter(p -> p.toString().endsWith(".txt") && !p.getFileName().toString().equals("README.TXT")).sorted().limit(COUNT).toList();
    }
    Instant fetched = Instant.parse("2026-01-01T00:00:00Z");
    List<Article> articles = files.stream().map(f -> toArticle(root, f, fetched)).toList();
    long chars = articles.stream().mapToLong(a -> a.text().length()).sum();

    long start = System.nanoTime();
    int added = 0;
    try (ArticleStore store = ArticleStore.open(dir.resolve("store"))) {
      for (int i = 0; i < articles.size(); i++) {
        // The BBC set repeats some stories word for word; those adds are the no-op re-ingest path.
        added += store.add(articles.get(i)) ? 1 : 0;
        if ((i + 1) % COMMIT_EVERY == 0) {
          store.commit();
        }
      }
      store.commit();
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf("store add: %d articles (%d added, %,d chars) in %.2f s = %.0f articles/s, commit every %d%n",
          articles.size(), added, chars, seconds, articles.size() / seconds, COMMIT_EVERY);
      assertThat(store.stats().articles()).isEqualTo(added);
    }
  }

  private static Article toArticle(Path root, Path file, Instant fetched) {
    try {
      byte[] bytes = Files.readAllBytes(file);
      String content = new String(bytes, StandardCharsets.UTF_8);
      int newline = content.indexOf('\n');
      String title = newline < 0 ? content.strip() : content.substring(0, newline).strip();
      String text = newline < 0 ? "" : content.substring(newline + 1).strip();
      Provenance provenance = new Provenance(root.relativize(file).toString(), fetched, Articles.hash(content));
      return new Article(Article.idFor(provenance), provenance, Optional.empty(), Optional.of("BBC"), Optional.of(title), Optional.empty(),
          Optional.empty(), Optional.empty(), false, Optional.of("en"), List.of(), text, List.of(), OffsetMap.identity());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("reading " + file, e);
    }
  }
}
