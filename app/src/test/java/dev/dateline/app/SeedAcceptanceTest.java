package dev.dateline.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The analyze record of each seed against the "article" items of ../shared/acceptance/seeds.json, ingested with the
 * metadata the file's "ingest" item gives. Only "must" items are asserted.
 */
class SeedAcceptanceTest {
  private final ObjectMapper json = new ObjectMapper();

  /** The analyze record of {@code seed}, run with the metadata of its acceptance "ingest" item; the run must succeed. */
  static JsonNode analyze(Path seed, JsonNode ingest) throws Exception {
    List<String> args = new ArrayList<>(List.of("analyze", seed.toString()));
    if (ingest.hasNonNull("published")) {
      args.addAll(List.of("--published", ingest.get("published").asText()));
    }
    if (ingest.hasNonNull("source")) {
      args.addAll(List.of("--source", ingest.get("source").asText()));
    }
    Cli.Run r = Cli.run(args.toArray(String[]::new));
    assertThat(r.code()).as("analyze %s: %s", seed, r.err()).isZero();
    return new ObjectMapper().readTree(r.out().strip());
  }

  @Test
  void seedRecordsMeetTheMustItemsOfTheAcceptanceFile() throws Exception {
    Path seeds = SharedData.require("seeds");
    JsonNode acceptance = json.readTree(SharedData.require("acceptance/seeds.json").toFile());
    for (Map.Entry<String, JsonNode> doc : acceptance.get("documents").properties()) {
      JsonNode expected = doc.getValue().path("article");
      JsonNode record = analyze(seeds.resolve(doc.getKey()), doc.getValue().get("ingest"));
      String text = record.get("text").asText();
      String seed = doc.getKey();

      JsonNode dateline = expected.path("dateline");
      if (isMust(dateline)) {
        assertThat(record.get("dateline").isNull()).as("%s dateline", seed).isFalse();
        assertThat(record.get("dateline").get("place").asText()).as("%s dateline place", seed)
            .isEqualToIgnoringCase(dateline.get("place").asText());
        assertThat(record.get("dateline").get("date").asText()).as("%s dateline date", seed).isEqualTo(dateline.get("date").asText());
      }
      JsonNode inferred = expected.path("published_inferred");
      if (isMust(inferred)) {
        assertThat(record.get("published").asText()).as("%s published", seed).startsWith(inferred.get("value").asText());
      }
      JsonNode credited = expected.path("credited_source");
      if (isMust(credited)) {
        assertThat(record.get("credited_source").asText()).as("%s credited_source", seed).isEqualTo(credited.get("value").asText());
      }
      JsonNode syndicated = expected.path("syndicated");
      if (isMust(syndicated)) {
        assertThat(record.get("syndicated").asBoolean()).as("%s syndicated", seed).isEqualTo(syndicated.get("value").asBoolean());
      }
      for (JsonNode notBody : expected.path("not_body")) {
        if (isMust(notBody)) {
          assertThat(text).as("%s text", seed).doesNotContain(notBody.get("snippet").asText());
        }
      }
      JsonNode title = expected.path("title");
      if (isMust(title)) {
        assertThat(record.get("title").asText()).as("%s title", seed).isEqualTo(title.get("value").asText());
      }
    }
  }

  @Test
  void seed000DisclaimerIsKeptAsRemovedText() throws Exception {
    Path seed = SharedData.require("seeds/000_568f706e4f98aedf.txt");
    JsonNode record = json.readTree(Cli.run("analyze", seed.toString(), "--source", "LatestLY").out().strip());
    List<String> kinds = new ArrayList<>();
    record.get("removed").forEach(r -> kinds.add(r.get("kind").asText()));
    assertThat(kinds).contains("disclaimer");
    assertThat(record.get("source").asText()).isEqualTo("LatestLY");
  }

  private static boolean isMust(JsonNode item) {
    return item.path("level").asText().equals("must");
  }
}
