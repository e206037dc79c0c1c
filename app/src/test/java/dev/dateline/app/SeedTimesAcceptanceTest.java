package dev.dateline.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * The {@code times} layer of each seed's analyze record, from the full standard pipeline, against the "times" items of
 * ../shared/acceptance/seeds.json at level must: the expression found where its snippet lies, with the value given
 * (and the type, where the item gives one).
 */
class SeedTimesAcceptanceTest {
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void everyMustTimeIsFoundWithItsValue() throws Exception {
    Path seeds = SharedData.require("seeds");
    JsonNode acceptance = json.readTree(SharedData.require("acceptance/seeds.json").toFile());
    SoftAssertions softly = new SoftAssertions();
    int checked = 0;
    for (Map.Entry<String, JsonNode> doc : acceptance.get("documents").properties()) {
      JsonNode record = SeedAcceptanceTest.analyze(seeds.resolve(doc.getKey()), doc.getValue().get("ingest"));
      String text = record.get("text").asText();
      for (JsonNode expected : doc.getValue().path("times")) {
        if (!expected.path("level").asText().equals("must")) {
          continue;
        }
        checked++;
        String snippet = expected.get("snippet").asText();
        String expression = expected.get("expression").asText();
        int at = text.indexOf(snippet);
        softly.assertThat(at).as("%s: snippet '%s' in the text", doc.getKey(), snippet).isNotNegative();
        if (at < 0) {
          continue;
        }
        int begin = at + snippet.indexOf(expression);
        JsonNode time = find(record.get("times"), begin, begin + expression.length());
        softly.assertThat(time).as("%s: time '%s' in '%s'", doc.getKey(), expression, snippet).isNotNull();
        if (time == null) {
          continue;
        }
        softly.assertThat(time.get("text").asText()).as("%s: text of '%s'", doc.getKey(), snippet).isEqualTo(expression);
        softly.assertThat(time.get("value").asText()).as("%s: value of '%s'", doc.getKey(), snippet).isEqualTo(expected.get("value").asText());
        if (expected.hasNonNull("type")) {
          softly.assertThat(time.get("type").asText()).as("%s: type of '%s'", doc.getKey(), snippet).isEqualTo(expected.get("type").asText());
        }
      }
    }
    softly.assertThat(checked).as("must items checked").isPositive();
    softly.assertAll();
  }

  /** The time whose span overlaps {@code [begin, end)}, or null. */
  private static JsonNode find(JsonNode times, int begin, int end) {
    for (JsonNode t : times) {
      if (t.get("begin").asInt() < end && begin < t.get("end").asInt()) {
        return t;
      }
    }
    return null;
  }
}
