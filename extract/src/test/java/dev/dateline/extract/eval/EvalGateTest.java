package dev.dateline.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Evaluation gates: the extractor's scores on the dev sets in ../shared may not fall below floors set just under
 * what was measured (see the report of the change that set them). Skips when the shared data is absent.
 */
class EvalGateTest {
  private static Path dataset(String name) {
    String shared = System.getProperty("dateline.shared", "");
    Path dir = shared.isEmpty() ? Path.of("") : Path.of(shared, "datasets", "extraction", name);
    assumeTrue(!shared.isEmpty() && Files.isDirectory(dir),
        "skipped: extraction set '" + name + "' not found (system property dateline.shared='" + shared + "')");
    return dir;
  }

  @Test
  void trafilaturaSetF1StaysAboveItsFloor() throws IOException {
    ExtractionEval.Report r = ExtractionEval.trafilatura(dataset("trafilatura"), new HtmlArticles());
    System.out.println(r.json());
    assertThat(r.n()).isGreaterThan(800);
    assertThat(r.precision()).isGreaterThan(TRAFILATURA_PRECISION);
    assertThat(r.recall()).isGreaterThan(TRAFILATURA_RECALL);
    assertThat(r.f1()).isGreaterThan(TRAFILATURA_F1);
  }

  @Test
  void readabilitySetBodyTitleAndDateStayAboveTheirFloors() throws IOException {
    ExtractionEval.Report r = ExtractionEval.readability(dataset("readability"), new HtmlArticles());
    System.out.println(r.json());
    assertThat(r.n()).isGreaterThan(120);
    assertThat(r.f1()).isGreaterThan(READABILITY_F1);
    assertThat(r.extra().get("title_accuracy")).isGreaterThan(READABILITY_TITLE);
    assertThat(r.extra().get("date_accuracy")).isGreaterThan(READABILITY_DATE);
  }

  // floors: just under the figures measured on the dev sets
  private static final double TRAFILATURA_PRECISION = 0.91;
  private static final double TRAFILATURA_RECALL = 0.94;
  private static final double TRAFILATURA_F1 = 0.925;
  private static final double READABILITY_F1 = 0.93;
  private static final double READABILITY_TITLE = 0.96;
  private static final double READABILITY_DATE = 0.96;
}
