package dev.dateline.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class TriggerDetectorTest {
  private static final TriggerDetector STANDARD = TriggerDetector.standard();
  private static final TriggerDetector SMALL = new TriggerDetector(Set.of("quake"), Set.of("morning"), Set.of("dead"),
      Set.of("be"));

  @Test
  void anyVerbIsATrigger() {
    assertThat(SMALL.isTrigger("VERB", "VBD", "win", "won")).isTrue();
  }

  @Test
  void verbListedAsNotIsNone() {
    assertThat(SMALL.isTrigger("VERB", "VBD", "be", "was")).isFalse();
  }

  @Test
  void listedNounIsATrigger() {
    assertThat(SMALL.isTrigger("NOUN", "NN", "quake", "quake")).isTrue();
  }

  @Test
  void unlistedNounIsNone() {
    assertThat(SMALL.isTrigger("NOUN", "NN", "police", "police")).isFalse();
  }

  @Test
  void singularIngNounIsATrigger() {
    assertThat(SMALL.isTrigger("NOUN", "NN", "bombing", "bombing")).isTrue();
  }

  @Test
  void pluralIngNounIsNone() {
    assertThat(SMALL.isTrigger("NOUN", "NNS", "earring", "earrings")).isFalse();
  }

  @Test
  void ingNounListedAsNotIsNone() {
    assertThat(SMALL.isTrigger("NOUN", "NN", "morning", "morning")).isFalse();
  }

  @Test
  void listedAdjectiveIsATrigger() {
    assertThat(SMALL.isTrigger("ADJ", "JJ", "dead", "dead")).isTrue();
  }

  @Test
  void otherPartsOfSpeechAreNone() {
    assertThat(SMALL.isTrigger("ADP", "IN", "in", "in")).isFalse();
  }

  @Test
  void bundledListKnowsEarthquake() {
    assertThat(STANDARD.isTrigger("NOUN", "NN", "earthquake", "earthquake")).isTrue();
  }

  @Test
  void nullListIsRefused() {
    assertThatThrownBy(() -> new TriggerDetector(null, Set.of(), Set.of(), Set.of()))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("nouns");
  }
}
