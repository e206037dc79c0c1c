package dev.dateline.nlp.pos;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Tagging with the score cache must give the very analyses that scoring every feature gives. */
class ScoreCacheTest {
  private static PosTagger tagger;
  private static List<List<String>> sentences;

  @BeforeAll
  static void load() throws IOException {
    Path dev = Path.of(System.getProperty("dateline.shared", "../../shared"), "datasets/ud-english-ewt/en_ewt-ud-dev.conllu");
    Assumptions.assumeTrue(Files.isRegularFile(dev), "UD English EWT dev is not at " + dev + "; skipping");
    try (BufferedReader reader = Files.newBufferedReader(dev, StandardCharsets.UTF_8)) {
      sentences = Conllu.read(reader, dev.toString()).stream()
          .map(s -> s.words().stream().map(Conllu.Word::form).toList()).toList();
    }
    tagger = PosTagger.standard();
  }

  @Test
  void cachedTaggingGivesTheSameAnalysesOnEwtDev() {
    assertSameAnalyses(tagger.cache());
  }

  @Test
  void aCacheThatKeepsStartingAgainGivesTheSameAnalyses() {
    assertSameAnalyses(tagger.cache(3));
  }

  @Test
  void formsMovedBackFromTheOlderGenerationGiveTheSameAnalyses() {
    // large enough that frequent words outlive many turn-overs by moving back from the older generation
    assertSameAnalyses(tagger.cache(200));
  }

  private static void assertSameAnalyses(ScoreCache cache) {
    int words = 0;
    for (List<String> s : sentences) {
      List<PosTagger.Analysis> cached = tagger.tag(s.toArray(String[]::new), cache);
      assertThat(cached).as("sentence %s", s).isEqualTo(tagger.tag(s));
      words += s.size();
    }
    assertThat(words).isGreaterThan(20_000);
  }
}
