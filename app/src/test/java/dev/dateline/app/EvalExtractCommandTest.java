package dev.dateline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalExtractCommandTest {
  @TempDir Path tmp;

  @Test
  void missingSetIsAUsageErrorNamingIt() {
    String missing = tmp.resolve("no-set").toString();
    Cli.Run r = Cli.run("eval", "extract", "--format", "readability", missing);
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains(missing);
  }

  @Test
  void unknownFormatIsAUsageError() {
    Cli.Run r = Cli.run("eval", "extract", "--format", "boilerpipe", tmp.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("boilerpipe");
  }

  @Test
  void predictionsAreOnlyForTheZyteFormat() {
    Cli.Run r = Cli.run("eval", "extract", "--format", "trafilatura", tmp.toString(), "--write-predictions", tmp.resolve("p.jsonl").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--write-predictions");
  }
}
