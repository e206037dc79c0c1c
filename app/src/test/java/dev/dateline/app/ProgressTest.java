package dev.dateline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ProgressTest {
  private final StringWriter err = new StringWriter();

  private Progress progress(boolean enabled) {
    return new Progress(new PrintWriter(err), Cli.CLOCK, enabled, OptionalLong.empty(), "documents");
  }

  @Test
  void lineShowsCountRateAndEtaWhenTheTotalIsKnown() {
    assertThat(progress(false).line(100, 10_000, OptionalLong.of(400))).isEqualTo("100/400 documents  10.0/s  ETA 0:30");
  }

  @Test
  void lineLeavesOutTotalAndEtaWhenTheTotalIsUnknown() {
    assertThat(progress(false).line(100, 10_000, OptionalLong.empty())).isEqualTo("100 documents  10.0/s");
  }

  @Test
  void nothingIsDrawnWhenNotOnAConsole() {
    Progress p = progress(false);
    p.tick();
    p.finish();
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void lineIsRedrawnInPlaceAndClearedAtTheEnd() {
    Progress p = progress(true);
    p.tick();
    p.finish();
    assertThat(err.toString()).startsWith("\r1 documents").endsWith("\r");
  }
}
