package dev.dateline.nlp.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConllScoreTest {
  @Test
  void onlyExactSpanAndTypeCount() {
    ConllScore score = new ConllScore();
    // gold: [Peter Blackburn]PER [EU]ORG [Brussels]LOC; predicted: [Peter Blackburn]PER, [EU]LOC (wrong type),
    // [Brussels visit]LOC (wrong span), [German]MISC (spurious)
    score.add(List.of("B-PER", "I-PER", "B-ORG", "B-LOC", "O", "O"),
        List.of("B-PER", "I-PER", "B-LOC", "B-LOC", "I-LOC", "B-MISC"));
    assertThat(score.goldEntities()).isEqualTo(3);
    assertThat(score.precision()).isCloseTo(1.0 / 4, within(1e-9));
    assertThat(score.recall()).isCloseTo(1.0 / 3, within(1e-9));
    assertThat(score.f1()).isCloseTo(2 * 0.25 * (1.0 / 3) / (0.25 + 1.0 / 3), within(1e-9));
  }

  @Test
  void perTypeLinesAndTotalAreReported() {
    ConllScore score = new ConllScore();
    score.add(List.of("B-PER", "O"), List.of("B-PER", "B-ORG"));
    assertThat(score.lines()).anySatisfy(l -> assertThat(l).startsWith("PER").contains("100.00%"));
    assertThat(score.lines()).anySatisfy(l -> assertThat(l).startsWith("ORG").contains("0.00%"));
    assertThat(score.lines().get(score.lines().size() - 1)).startsWith("all");
  }
}
