package dev.dateline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.model.Article;
import dev.dateline.model.ContentKind;
import dev.dateline.model.Removed;
import dev.dateline.model.SuppliedMetadata;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Precision gate for the body cuts on ordinary news: on 300 BBC articles (the first 60 of each category; the first
 * line of each is its title) extraction must remove almost nothing but the title line, and must find that title.
 */
class BbcHeadlineGateTest {
  private static final int PER_CATEGORY = 60;
  /** Floors under the measured figures (0 false cuts and 300/300 titles on these 300; 0 and 2223/2225 on all 2,225). */
  private static final int MAX_FALSE_CUTS = 3;
  private static final double MIN_TITLE_SHARE = 0.97;

  @Test
  void ordinaryParagraphsAreNotRemovedAndTitlesAreFound() throws IOException, ExtractionException {
    Path root = SharedData.require("datasets/bbc/data_raw");
    Extractor extractor = Extractor.create();
    int articles = 0;
    int paragraphs = 0;
    int titles = 0;
    List<String> falseCuts = new ArrayList<>();
    for (String category : List.of("business", "entertainment", "politics", "sport", "tech")) {
      List<Path> files;
      try (Stream<Path> listing = Files.list(root.resolve(category))) {
        files = listing.filter(p -> p.toString().endsWith(".txt")).sorted().limit(PER_CATEGORY).toList();
      }
      for (Path file : files) {
        byte[] bytes = Files.readAllBytes(file);
        Article a = extractor.extract(Raws.of(file.toString(), ContentKind.TEXT, bytes, Optional.empty(), SuppliedMetadata.NONE, Raws.FETCHED));
        articles++;
        paragraphs += (int) a.text().lines().filter(l -> !l.isBlank()).count();
        String firstLine = new String(bytes, java.nio.charset.StandardCharsets.UTF_8).strip().lines().findFirst().orElse("").strip();
        if (a.title().filter(firstLine::equals).isPresent()) {
          titles++;
        }
        a.removed().stream()
            .filter(r -> r.kind() != Removed.Kind.TITLE)
            .forEach(r -> falseCuts.add(file.getFileName() + " " + r));
      }
    }
    System.out.printf("BBC gate: %d articles, %d paragraphs kept, %d non-title cuts, titles found %d/%d%n",
        articles, paragraphs, falseCuts.size(), titles, articles);
    assertThat(articles).isEqualTo(5 * PER_CATEGORY);
    assertThat(falseCuts).as("non-title cuts").hasSizeLessThanOrEqualTo(MAX_FALSE_CUTS);
    assertThat((double) titles / articles).isGreaterThanOrEqualTo(MIN_TITLE_SHARE);
  }
}
