package dev.dateline.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzeCommandTest {
  private static final List<String> FIELDS = List.of("id", "url", "source", "title", "published", "published_inferred",
      "dateline", "credited_source", "syndicated", "language", "authors", "text", "removed", "paragraphs");

  @TempDir Path tmp;
  private Path sample;
  private final ObjectMapper json = new ObjectMapper();

  @BeforeEach
  void unpack() {
    sample = Sample.unpack(tmp);
  }

  private List<JsonNode> records(Cli.Run r) throws Exception {
    List<JsonNode> out = new ArrayList<>();
    for (String line : r.out().split("\\R")) {
      if (!line.isBlank()) {
        out.add(json.readTree(line));
      }
    }
    return out;
  }

  @Test
  void everySampleArticleBecomesOneRecordWithTheDocumentedFields() throws Exception {
    Cli.Run r = Cli.run("analyze", sample.toString(), "--no-follow");
    assertThat(r.code()).as(r.err()).isZero();
    List<JsonNode> records = records(r);
    assertThat(records).hasSize(Sample.ARTICLES);
    Set<String> ids = new HashSet<>();
    for (JsonNode o : records) {
      assertThat(o.fieldNames()).toIterable().containsAll(FIELDS);
      assertThat(o.has("tokens")).isFalse();
      ids.add(o.get("id").asText());
    }
    assertThat(ids).hasSize(Sample.ARTICLES);
  }

  @Test
  void paragraphOffsetsPointIntoTheRecordText() throws Exception {
    JsonNode o = records(Cli.run("analyze", sample.resolve(DemoCommand.RECORD_SAMPLE).toString())).get(0);
    String text = o.get("text").asText();
    assertThat(o.get("paragraphs")).isNotEmpty();
    for (JsonNode p : o.get("paragraphs")) {
      String paragraph = text.substring(p.get("begin").asInt(), p.get("end").asInt());
      assertThat(paragraph).isNotBlank().isEqualTo(paragraph.strip());
    }
  }

  @Test
  void datelineOfThePlainTextStoryIsFoundAndTheHeadlineIsNotInTheText() throws Exception {
    JsonNode o = records(Cli.run("analyze", sample.resolve(DemoCommand.RECORD_SAMPLE).toString())).get(0);
    assertThat(o.get("dateline").get("place").asText()).isEqualToIgnoringCase("Lisbon");
    assertThat(o.get("dateline").get("date").asText()).endsWith("-03-03");
    assertThat(o.get("title").asText()).isEqualTo("Lisbon dockworkers start three-day strike over port automation plan");
    assertThat(o.get("text").asText()).doesNotContain("start three-day strike over port automation plan");
  }

  @Test
  void tokensAreWrittenOnlyWithTheTokensFlag() throws Exception {
    JsonNode o = records(Cli.run("analyze", sample.resolve(DemoCommand.RECORD_SAMPLE).toString(), "--tokens")).get(0);
    String text = o.get("text").asText();
    JsonNode first = o.get("tokens").get(0);
    assertThat(text.substring(first.get("begin").asInt(), first.get("end").asInt())).isNotBlank();
  }

  @Test
  void stagesSelectWhichLayersAreWritten() throws Exception {
    JsonNode o = records(Cli.run("analyze", sample.resolve(DemoCommand.RECORD_SAMPLE).toString(), "--stages", "tokens", "--tokens")).get(0);
    assertThat(o.has("paragraphs")).isFalse();
    assertThat(o.has("tokens")).isTrue();
  }

  @Test
  void missingInputIsExit3NamingIt() {
    String missing = tmp.resolve("missing.html").toString();
    Cli.Run r = Cli.run("analyze", missing);
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err()).contains(missing);
    assertThat(r.out()).isEmpty();
  }

  @Test
  void missingInputBesideAGoodOneIsExit1AndTheGoodOneIsAnalysed() throws Exception {
    String missing = tmp.resolve("missing.html").toString();
    Cli.Run r = Cli.run("analyze", missing, sample.resolve(DemoCommand.RECORD_SAMPLE).toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("failed: " + missing);
    assertThat(records(r)).hasSize(1);
  }

  @Test
  void emptyDocumentFailsNamingIt() throws Exception {
    Path empty = java.nio.file.Files.writeString(tmp.resolve("empty.txt"), "");
    Cli.Run r = Cli.run("analyze", empty.toString());
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err()).contains(empty.toString());
  }
}
