package dev.dateline.nlp.pos;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The bundled model on UD English EWT dev must not fall below what it measured when it was trained (less 0.005). */
class PosEvalGateTest {
  static final double UPOS_FLOOR = 0.9519;
  static final double XPOS_FLOOR = 0.9457;
  static final double LEMMA_FLOOR = 0.966;

  @Test
  void bundledModelKeepsItsAccuracyOnEwtDev() throws IOException {
    Path dev = Path.of(System.getProperty("dateline.shared", "../../shared"), "datasets/ud-english-ewt/en_ewt-ud-dev.conllu");
    Assumptions.assumeTrue(Files.isRegularFile(dev), "UD English EWT dev is not at " + dev + "; skipping the gate");
    PosTagger.Evaluation e = PosTagger.standard().evaluate(dev);
    assertThat(e.words()).isGreaterThan(20_000);
    assertThat(e.uposAccuracy()).as("UPOS").isGreaterThanOrEqualTo(UPOS_FLOOR);
    assertThat(e.xposAccuracy()).as("XPOS").isGreaterThanOrEqualTo(XPOS_FLOOR);
    assertThat(e.lemmaAccuracy()).as("lemma").isGreaterThanOrEqualTo(LEMMA_FLOOR);
  }
}
