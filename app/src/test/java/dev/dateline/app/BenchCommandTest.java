package dev.dateline.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCommandTest {
  @TempDir Path tmp;
  private final ObjectMapper json = new ObjectMapper();

  private JsonNode bench(String... extra) throws Exception {
    Path sample = Sample.unpack(tmp);
    String[] args = new String[extra.length + 2];
    args[0] = "bench";
    args[1] = sample.toString();
    System.arraycopy(extra, 0, args, 2, extra.length);
    Cli.Run r = Cli.run(args);
    assertThat(r.code()).as(r.err()).isZero();
    return json.readTree(r.lastLine());
  }

  @Test
  void lastLineReportsEveryArticleOfTheCorpusWithAllStagesByDefault() throws Exception {
    JsonNode o = bench("--warmup", "0", "--threads", "2");
    assertThat(o.get("task").asText()).isEqualTo("bench");
    List<String> all = new java.util.ArrayList<>(List.of("extract"));
    all.addAll(StageCatalogue.standard().names());
    assertThat(o.get("stages")).extracting(JsonNode::asText).containsExactlyElementsOf(all);
    assertThat(o.get("threads").asInt()).isEqualTo(2);
    assertThat(o.get("setup_seconds").asDouble()).isPositive();
    assertThat(o.get("articles").asLong()).isEqualTo(Sample.ARTICLES);
    assertThat(o.get("articles_per_s").asDouble()).isPositive();
    assertThat(o.get("tokens").asLong()).isPositive();
    assertThat(o.get("tokens_per_s").asDouble()).isPositive();
    assertThat(o.get("stages_tokens_per_cpu_s").asDouble()).isPositive();
    assertThat(o.get("peak_heap_mb").asDouble()).isPositive();
    assertThat(o.get("stage_cpu_seconds").properties()).extracting(java.util.Map.Entry::getKey)
        .containsExactlyElementsOf(all);
  }

  @Test
  void extractAloneRunsNoStageButStillCountsTokens() throws Exception {
    JsonNode o = bench("--warmup", "1", "--stages", "extract");
    assertThat(o.get("stages")).extracting(JsonNode::asText).containsExactly("extract");
    assertThat(o.get("tokens").asLong()).isPositive();
    assertThat(o.get("stages_tokens_per_cpu_s").isNull()).isTrue();
  }

  @Test
  void zeroThreadsIsAUsageError() {
    Cli.Run r = Cli.run("bench", tmp.toString(), "--threads", "0");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--threads");
  }

  @Test
  void missingCorpusIsAUsageErrorNamingIt() {
    String missing = tmp.resolve("no-corpus").toString();
    Cli.Run r = Cli.run("bench", missing);
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains(missing);
  }
}
