package dev.dateline.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * The {@code quotes} and {@code quote_terms} layers of each seed's analyze record, from the full standard pipeline,
 * against ../shared/acceptance/seeds.json: every "quotes" item at level must is a statement whose words start so,
 * said by that speaker (an entity of that name, or for {@code speaker_is_named: false} an unnamed source described
 * so); every "not_quotes" item, at any level, is a quoted term and no statement.
 */
class SeedQuotesAcceptanceTest {
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void everyMustQuoteIsFoundWithItsSpeakerAndNoTermIsAStatement() throws Exception {
    Path seeds = SharedData.require("seeds");
    JsonNode acceptance = json.readTree(SharedData.require("acceptance/seeds.json").toFile());
    SoftAssertions softly = new SoftAssertions();
    for (Map.Entry<String, JsonNode> doc : acceptance.get("documents").properties()) {
      JsonNode record = SeedAcceptanceTest.analyze(seeds.resolve(doc.getKey()), doc.getValue().get("ingest"));
      for (JsonNode expected : doc.getValue().path("quotes")) {
        if (!expected.path("level").asText().equals("must")) {
          continue;
        }
        String starts = expected.get("starts").asText();
        JsonNode quote = null;
        for (JsonNode q : record.get("quotes")) {
          if (words(q.get("text").asText()).startsWith(starts)) {
            quote = q;
            break;
          }
        }
        softly.assertThat(quote).as("%s: a quote starting '%s'", doc.getKey(), starts).isNotNull();
        if (quote == null) {
          continue;
        }
        JsonNode speaker = quote.get("speaker");
        softly.assertThat(speaker.isNull()).as("%s: '%s' has a speaker", doc.getKey(), starts).isFalse();
        if (speaker.isNull()) {
          continue;
        }
        String who = expected.get("speaker").asText();
        if (expected.path("speaker_is_named").asBoolean(true)) {
          softly.assertThat(speaker.get("named").asBoolean()).as("%s: '%s' speaker named", doc.getKey(), starts).isTrue();
          softly.assertThat(entityName(record, speaker.get("entity").asText(""))).as("%s: speaker of '%s'", doc.getKey(), starts)
              .isEqualToIgnoringCase(who);
        } else {
          softly.assertThat(speaker.get("named").asBoolean()).as("%s: '%s' speaker unnamed", doc.getKey(), starts).isFalse();
          softly.assertThat(speaker.get("text").asText()).as("%s: speaker of '%s'", doc.getKey(), starts).isEqualToIgnoringCase(who);
        }
      }
      for (JsonNode expected : doc.getValue().path("not_quotes")) {
        String term = expected.get("text").asText();
        boolean isTerm = false;
        for (JsonNode t : record.get("quote_terms")) {
          isTerm |= words(t.get("text").asText()).equals(term);
        }
        softly.assertThat(isTerm).as("%s: '%s' is a quoted term", doc.getKey(), term).isTrue();
        for (JsonNode q : record.get("quotes")) {
          softly.assertThat(words(q.get("text").asText())).as("%s: '%s' is no statement", doc.getKey(), term).isNotEqualTo(term);
        }
      }
    }
    softly.assertAll();
  }

  /**
   * A statement's words: the content without its quote marks, trailing punctuation, or the "that" opening reported
   * speech ("noted that \"in terms of ...\"", the content as PolNeAR marks it).
   */
  private static String words(String content) {
    String s = content.strip();
    if (s.toLowerCase(Locale.ROOT).startsWith("that ")) {
      s = s.substring(5).strip();
    }
    s = s.replaceAll("^[\"“”‘’'«»]+", "").replaceAll("[\"“”‘’'«»,.;:]+$", "");
    return s.strip();
  }

  private static String entityName(JsonNode record, String id) {
    for (JsonNode e : record.get("entities")) {
      if (e.get("id").asText().equals(id)) {
        return e.get("name").asText();
      }
    }
    return "(no entity " + id + ")";
  }
}
