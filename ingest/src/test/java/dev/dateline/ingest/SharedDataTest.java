package dev.dateline.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.dateline.model.ContentKind;
import dev.dateline.model.Failure;
import dev.dateline.model.RawDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Reads the shared seeds and corpora (../shared, through the dateline.shared property) end to end. */
class SharedDataTest {

  private static Path shared(String relative) {
    String root = System.getProperty("dateline.shared");
    assumeTrue(root != null, "dateline.shared is not set: shared data tests skipped");
    Path path = Path.of(root).resolve(relative);
    assumeTrue(Files.isDirectory(path), path + " is absent: shared data test skipped");
    return path;
  }

  /** Counts documents by kind and keeps failures, without holding the documents. */
  private static final class Tally implements Sink {
    final Map<ContentKind, Integer> kinds = new EnumMap<>(ContentKind.class);
    final List<Failure> failures = new ArrayList<>();
    long bytes;

    @Override
    public void accept(RawDocument document) {
      kinds.merge(document.kind(), 1, Integer::sum);
      bytes += document.content().length;
    }

    @Override
    public void fail(Failure failure) {
      failures.add(failure);
    }
  }

  private static long countFiles(Path dir, String suffix) throws Exception {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().startsWith("."))
          .filter(p -> p.getFileName().toString().endsWith(suffix)).count();
    }
  }

  @Test
  void theSeedArticlesAreTextDocuments() throws Exception {
    Path seeds = shared("seeds");
    var tally = new Tally();
    Ingest.builder().build().open(seeds.toString()).read(tally);
    assertThat(tally.failures).isEmpty();
    assertThat(tally.kinds).containsOnlyKeys(ContentKind.TEXT);
    assertThat((long) tally.kinds.get(ContentKind.TEXT)).isEqualTo(countFiles(seeds, ".txt"));
  }

  @Test
  void everyBbcArticleIsATextDocument() throws Exception {
    Path bbc = shared("datasets/bbc/data_raw");
    var tally = new Tally();
    Ingest.builder().build().open(bbc.toString()).read(tally);
    assertThat(tally.failures).isEmpty();
    // every file counts, its README.TXT included
    assertThat((long) tally.kinds.get(ContentKind.TEXT)).isEqualTo(countFiles(bbc, ""));
  }

  @Test
  void everyTrafilaturaPageIsAnHtmlDocument() throws Exception {
    Path pages = shared("datasets/extraction/trafilatura/pages");
    var tally = new Tally();
    long start = System.nanoTime();
    Ingest.builder().build().open(pages.toString()).read(tally);
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertThat(tally.failures).isEmpty();
    assertThat((long) tally.kinds.getOrDefault(ContentKind.HTML, 0)).isGreaterThanOrEqualTo(countFiles(pages, ".html"));
    System.out.printf("trafilatura pages: %s, %d bytes in %d ms%n", tally.kinds, tally.bytes, millis);
  }
}
