package dev.dateline.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * The {@code events} layer of each seed's analyze record against the "events" items of ../shared/acceptance/seeds.json
 * at level must: an event of that type whose actors and targets include every listed participant, at the listed place,
 * with the listed modality; and, for an item the key marks planned, no asserted event of that type with those
 * participants (and place).
 *
 * <p>Dates: every expected date is checked, whether it comes from a time expression ("Monday") or from the article's
 * own date.
 */
class SeedEventsAcceptanceTest {
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void everyMustEventIsFoundWithTypeParticipantsPlaceModalityAndDate() throws Exception {
    Path seeds = SharedData.require("seeds");
    JsonNode acceptance = json.readTree(SharedData.require("acceptance/seeds.json").toFile());
    SoftAssertions softly = new SoftAssertions();
    int checked = 0;
    for (Map.Entry<String, JsonNode> doc : acceptance.get("documents").properties()) {
      JsonNode record = SeedAcceptanceTest.analyze(seeds.resolve(doc.getKey()), doc.getValue().get("ingest"));
      String articleDate = record.path("published").asText("");
      for (JsonNode expected : doc.getValue().path("events")) {
        if (!expected.path("level").asText().equals("must")) {
          continue;
        }
        checked++;
        String what = doc.getKey() + ": " + expected.get("type").asText() + " '" + expected.path("what").asText() + "' "
            + expected.get("participants");
        List<JsonNode> candidates = matching(record.get("events"), expected);
        JsonNode found = candidates.stream()
            .filter(e -> e.get("modality").asText().equalsIgnoreCase(expected.get("modality").asText()))
            .findFirst().orElse(null);
        softly.assertThat(found).as("%s with modality %s among %s", what, expected.get("modality").asText(),
            candidates.stream().map(e -> e.get("id").asText() + "/" + e.get("modality").asText()).toList()).isNotNull();
        if (expected.get("modality").asText().equals("planned")) {
          softly.assertThat(candidates.stream().filter(e -> e.get("modality").asText().equals("asserted")).toList())
              .as("%s: planned, so no asserted event", what).isEmpty();
        }
        if (found == null || !expected.hasNonNull("date")) {
          continue;
        }
        String date = expected.get("date").asText();
        softly.assertThat(found.path("date").path("value").asText()).as("%s: date (article date %s)", what, articleDate)
            .isEqualTo(date);
      }
    }
    assertThat(checked).as("must events in the acceptance file").isPositive();
    softly.assertAll();
  }

  /** The events of the expected type whose participants include every expected one, at the expected place. */
  private static List<JsonNode> matching(JsonNode events, JsonNode expected) {
    List<JsonNode> out = new ArrayList<>();
    for (JsonNode e : events) {
      if (!e.get("type").asText().equals(expected.get("type").asText())) {
        continue;
      }
      Set<String> names = new HashSet<>();
      e.get("actors").forEach(p -> names.add(p.get("name").asText().toLowerCase(Locale.ROOT)));
      e.get("targets").forEach(p -> names.add(p.get("name").asText().toLowerCase(Locale.ROOT)));
      boolean all = true;
      for (JsonNode p : expected.path("participants")) {
        all &= names.contains(p.asText().toLowerCase(Locale.ROOT));
      }
      if (!all) {
        continue;
      }
      if (expected.hasNonNull("place")
          && !e.path("place").path("name").asText().equalsIgnoreCase(expected.get("place").asText())) {
        continue;
      }
      out.add(e);
    }
    return out;
  }
}
