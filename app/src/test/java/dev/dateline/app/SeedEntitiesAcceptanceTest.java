package dev.dateline.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * The {@code entities} layer of each seed's analyze record, from the full standard pipeline, against the "entities"
 * items of ../shared/acceptance/seeds.json at level must: an entity with that name and type, every listed title
 * among its titles, every listed mention among its mentions.
 */
class SeedEntitiesAcceptanceTest {
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void everyMustEntityIsFoundWithItsTypeTitlesAndMentions() throws Exception {
    Path seeds = SharedData.require("seeds");
    JsonNode acceptance = json.readTree(SharedData.require("acceptance/seeds.json").toFile());
    SoftAssertions softly = new SoftAssertions();
    for (Map.Entry<String, JsonNode> doc : acceptance.get("documents").properties()) {
      JsonNode record = SeedAcceptanceTest.analyze(seeds.resolve(doc.getKey()), doc.getValue().get("ingest"));
      for (JsonNode expected : doc.getValue().path("entities")) {
        if (!expected.path("level").asText().equals("must")) {
          continue;
        }
        String name = expected.get("name").asText();
        JsonNode entity = find(record.get("entities"), name);
        softly.assertThat(entity).as("%s: entity '%s'", doc.getKey(), name).isNotNull();
        if (entity == null) {
          continue;
        }
        softly.assertThat(entity.get("type").asText()).as("%s: type of '%s'", doc.getKey(), name).isEqualTo(expected.get("type").asText());
        List<String> titles = new ArrayList<>();
        entity.get("titles").forEach(t -> titles.add(t.asText()));
        for (JsonNode title : expected.path("titles")) {
          softly.assertThat(titles).as("%s: titles of '%s'", doc.getKey(), name).contains(title.asText());
        }
        // the acceptance file writes a mention at a sentence start in lower case ("the Israeli PM"), so case is ignored
        List<String> mentions = new ArrayList<>();
        entity.get("mentions").forEach(m -> mentions.add(m.get("text").asText().toLowerCase(java.util.Locale.ROOT)));
        for (JsonNode mention : expected.path("mentions")) {
          softly.assertThat(mentions).as("%s: mentions of '%s'", doc.getKey(), name).contains(mention.asText().toLowerCase(java.util.Locale.ROOT));
        }
      }
    }
    softly.assertAll();
  }

  private static JsonNode find(JsonNode entities, String name) {
    for (JsonNode e : entities) {
      if (e.get("name").asText().equalsIgnoreCase(name)) {
        return e;
      }
    }
    return null;
  }
}
