package dev.dateline.nlp.entities;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dateline.model.Document;
import dev.dateline.model.Entities;
import dev.dateline.model.Entities.Entity;
import dev.dateline.model.EntityType;
import dev.dateline.model.Span;
import dev.dateline.nlp.Pipeline;
import dev.dateline.nlp.TestArticles;
import dev.dateline.nlp.TestNames;
import dev.dateline.nlp.TestNames.Surface;
import dev.dateline.nlp.paragraphs.ParagraphStage;
import dev.dateline.nlp.sentences.SentenceStage;
import dev.dateline.nlp.titles.TitlesStage;
import dev.dateline.nlp.tokens.TokenStage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The "entities" items of level must in ../shared/acceptance/seeds.json, on the two seed texts. Until the real
 * recogniser is merged, the names layer is built by {@link TestNames} from what a recogniser would tag: every name the
 * acceptance file lists, the surname of every person, and the country names and nationality words below. Each item
 * is checked for its name, type, that its titles are among the entity's, and that each listed mention is (or holds)
 * a mention of the entity.
 *
 * <p>Within one article the canonical name is the longest name written there; when an article writes only the
 * surname of an office holder ("President Biden" in seed 001), the well-known people list completes it. The app's
 * SeedEntitiesAcceptanceTest checks the same items on the real recogniser's names.
 */
class SeedEntitiesAcceptanceTest {
  /** Tagged by a CoNLL-style recogniser in these texts although the acceptance file does not list them. */
  private static final List<Surface> ALSO_TAGGED = List.of(
      TestNames.of("Israel", EntityType.PLACE), TestNames.of("US", EntityType.PLACE),
      TestNames.of("United States", EntityType.PLACE), TestNames.of("Middle East", EntityType.PLACE),
      TestNames.of("Iraq", EntityType.PLACE), TestNames.of("Syria", EntityType.PLACE),
      TestNames.of("Israeli", EntityType.MISC), TestNames.of("Israelis", EntityType.MISC),
      TestNames.of("Saudi", EntityType.MISC), TestNames.of("Palestinian", EntityType.MISC),
      TestNames.of("Palestinians", EntityType.MISC), TestNames.of("Iranian", EntityType.MISC));

  private static final Pipeline PIPELINE = Pipeline.builder().add(new ParagraphStage()).add(new TokenStage())
      .add(new SentenceStage()).build();

  @TestFactory
  Stream<DynamicTest> mustEntitiesOfBothSeeds() throws IOException {
    Path shared = Path.of(System.getProperty("dateline.shared", "../../shared"));
    Path acceptance = shared.resolve("acceptance/seeds.json");
    Assumptions.assumeTrue(Files.isRegularFile(acceptance), "no acceptance file at " + acceptance.toAbsolutePath()
        + " (set -Ddateline.shared to the shared folder to run this test)");
    JsonNode documents = new ObjectMapper().readTree(acceptance.toFile()).get("documents");
    List<DynamicTest> tests = new ArrayList<>();
    for (Map.Entry<String, JsonNode> doc : documents.properties()) {
      String text = Files.readString(shared.resolve("seeds").resolve(doc.getKey()), StandardCharsets.UTF_8);
      JsonNode items = doc.getValue().path("entities");
      List<Entity> entities = analyse(text, items);
      for (JsonNode item : items) {
        if (item.path("level").asText().equals("must")) {
          tests.add(DynamicTest.dynamicTest(doc.getKey() + ": " + item.get("name").asText(), () -> check(text, entities, item)));
        }
      }
    }
    return tests.stream();
  }

  private static List<Entity> analyse(String text, JsonNode items) {
    List<Surface> surfaces = new ArrayList<>(ALSO_TAGGED);
    for (JsonNode item : items) {
      String name = item.get("name").asText();
      EntityType type = EntityType.valueOf(item.get("type").asText());
      surfaces.add(TestNames.of(name, type));
      if (type == EntityType.PERSON && name.contains(" ")) {
        surfaces.add(TestNames.of(name.substring(name.lastIndexOf(' ') + 1), type));
      }
    }
    Document d = PIPELINE.run(TestArticles.of(text));
    d = TestNames.add(d, surfaces);
    d = TitlesStage.standard().apply(d);
    return EntityStage.standard().apply(d).require(Entities.KEY).items();
  }

  private static void check(String text, List<Entity> entities, JsonNode item) {
    String name = item.get("name").asText();
    Entity e = entities.stream().filter(x -> x.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no entity named '" + name + "'; entities: "
            + entities.stream().map(Entity::name).toList()));
    assertThat(e.type()).as("type of %s", name).isEqualTo(EntityType.valueOf(item.get("type").asText()));
    for (JsonNode title : item.path("titles")) {
      assertThat(e.titles()).as("titles of %s", name).contains(title.asText());
    }
    for (JsonNode mention : item.path("mentions")) {
      assertThat(mentioned(text, e, mention.asText()))
          .as("'%s' is a mention of %s; its mentions: %s", mention.asText(), name, e.mentions().stream()
              .map(m -> m.span().of(text) + "/" + m.kind()).toList())
          .isTrue();
    }
  }

  /** Whether some occurrence of {@code snippet} (ignoring case) holds a mention of the entity. */
  private static boolean mentioned(String text, Entity e, String snippet) {
    String lower = text.toLowerCase(Locale.ROOT);
    String s = snippet.toLowerCase(Locale.ROOT);
    for (int at = lower.indexOf(s); at >= 0; at = lower.indexOf(s, at + 1)) {
      Span occurrence = new Span(at, at + s.length());
      for (Entities.Mention m : e.mentions()) {
        if (m.span().begin() >= occurrence.begin() && m.span().end() <= occurrence.end()) {
          return true;
        }
      }
    }
    return false;
  }
}
