package dev.dateline.nlp.learn;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FeatureVectorTest {
  @Test
  void substringWithNumberHasTheKeyOfTheSubstringItself() {
    FeatureVector whole = new FeatureVector().add(35, "ing", 7L);
    FeatureVector part = new FeatureVector().add(35, "running", 4, 7, 7L);
    assertThat(part.key(0)).isEqualTo(whole.key(0));
    assertThat(new FeatureVector().add(35, "running", 3, 6, 7L).key(0)).isNotEqualTo(whole.key(0));
  }
}
