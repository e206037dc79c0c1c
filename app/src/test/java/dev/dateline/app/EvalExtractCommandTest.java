package dev.dateline.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
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

  @Test
  void readabilitySetIsScoredAndTheJsonLineComesLast() throws Exception {
    Path sample = Sample.unpack(tmp);
    Path page = Files.createDirectories(tmp.resolve("set/floating-solar"));
    Files.copy(sample.resolve("harbour-times-floating-solar.html"), page.resolve("source.html"));
    Files.writeString(page.resolve("expected.html"), "<div><p>Rotterdam's city council on Thursday approved plans for a "
        + "40-hectare floating solar park in the Eemhaven basin.</p></div>");
    Files.writeString(page.resolve("expected-metadata.json"),
        "{\"title\": \"Rotterdam council backs floating solar park in former oil harbour\", \"publishedTime\": \"2025-06-12T16:05:00+02:00\"}");

    Cli.Run r = Cli.run("eval", "extract", "--format", "readability", tmp.resolve("set").toString());

    assertThat(r.code()).as(r.err()).isZero();
    JsonNode last = new ObjectMapper().readTree(r.lastLine());
    assertThat(last.get("format").asText()).isEqualTo("readability");
    assertThat(last.get("n").asInt()).isEqualTo(1);
    assertThat(last.get("recall").asDouble()).isPositive();
    assertThat(r.out()).contains("floating-solar");
  }
}
