package dev.dateline.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShingleMetricTest {

  @Test
  void shinglesAreWordFourGrams() {
    assertThat(ShingleMetric.shingles("one, two three-four five")).containsOnlyKeys(
        List.of("one", "two", "three", "four"), List.of("two", "three", "four", "five"));
  }

  @Test
  void textShorterThanFourTokensIsOneShingle() {
    assertThat(ShingleMetric.shingles("alpha beta")).containsExactlyEntriesOf(java.util.Map.of(List.of("alpha", "beta"), 1));
  }

  @Test
  void tokensAreUnicodeWordRunsWithCaseKept() {
    assertThat(ShingleMetric.shingles("Über größere Straßen führt")).containsOnlyKeys(List.of("Über", "größere", "Straßen", "führt"));
    assertThat(ShingleMetric.counts("Alpha beta", "alpha beta").tp()).isZero();
  }

  @Test
  void repeatedShinglesCountAsAMultiset() {
    // truth: abcd twice among five shingles; prediction: abcd once
    ShingleMetric.Counts c = ShingleMetric.counts("a b c d a b c d", "a b c d");
    assertThat(c.tp()).isCloseTo(0.2, within(1e-9));
    assertThat(c.fn()).isCloseTo(0.8, within(1e-9));
    assertThat(c.fp()).isZero();
  }

  @Test
  void precisionAndRecallAreMeansOverPagesLeavingOutUndefinedOnes() {
    ShingleMetric m = new ShingleMetric();
    m.add("one two three four five", "one two three four"); // p 1, r 0.5
    m.add("alpha beta", "alpha beta"); // perfect
    m.add("", ""); // both empty: perfect
    m.add("x y z w", ""); // nothing predicted: no precision, recall 0
    assertThat(m.precision()).isCloseTo(1.0, within(1e-9));
    assertThat(m.recall()).isCloseTo(0.625, within(1e-9));
    assertThat(m.f1()).isCloseTo(2 * 0.625 / 1.625, within(1e-9));
  }
}
