package dev.dateline.nlp.events;

import static dev.dateline.model.EntityType.PERSON;
import static dev.dateline.model.EntityType.PLACE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.model.Events;
import dev.dateline.model.Events.Event;
import dev.dateline.nlp.TestArticles;
import dev.dateline.nlp.TestNames;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the stage reads a PETRARCH-format verb dictionary of the user's own, here a small hand-made one. */
class VerbDictionaryTest {
  private static final String DICTIONARY = """
      &TIETYPES
      +MILITARY
      +ECONOMIC

      &CURRENCY
      +SWISS FRANCS
      +DOLLARS

      --- ABANDON  [345]  ---
      ABANDON
      - * NEW_&TIETYPES_RELATIONS [903]

      --- CONTRIBUTE [070]  ---
      CONTRIBUTE
      - * &CURRENCY [904]

      --- RISE [---] ---
      RISE
      - DEATH TOLL * [223]

      --- NOTE [912] ---
      NOTE

      --- MEET [040] ---
      MEET
      - WILL NOT * [081]
      """;

  private static final EventStage STAGE = new EventStage(
      CameoLexicon.withVerbs(() -> new ByteArrayInputStream(DICTIONARY.getBytes(StandardCharsets.ISO_8859_1)), "test"),
      ActorCoder.standard(), new EventDating(), TriggerDetector.standard(), Phrases.standard());

  private static Event coded(String text, String trigger) {
    return coded(text, trigger, TestNames.of("Arnor", PLACE), TestNames.of("Gondor", PLACE));
  }

  private static Event coded(String text, String trigger, TestNames.Surface... names) {
    List<Event> events = EventPipeline.run(STAGE, TestArticles.of(text), names).require(Events.KEY).items();
    return events.stream().filter(e -> e.span().of(text).equals(trigger)).findFirst()
        .orElseThrow(() -> new AssertionError("no event triggered by '" + trigger + "' in " + events));
  }

  @Test
  void wordsJoinedByUnderscoresMatchOnlyNextToEachOther() {
    assertThat(coded("Arnor will abandon new military relations with Gondor.", "abandon").cameo()).isEqualTo("903");
    assertThat(coded("Arnor will abandon new global military relations with Gondor.", "abandon").cameo())
        .isEqualTo("345");
  }

  @Test
  void aSynonymOfTwoWordsMatchesThemBoth() {
    assertThat(coded("Arnor contributed a million swiss francs to Gondor.", "contributed").cameo()).isEqualTo("904");
  }

  @Test
  void aDictionarysOwnCodeOutsideCameoMakesAnOtherEventThatKeepsIt() {
    Event e = coded("Arnor contributed a million dollars to Gondor.", "contributed");
    assertThat(e.type()).isEqualTo(Events.Type.OTHER);
    assertThat(e.cameo()).isEqualTo("904");
  }

  @Test
  void aQuoteCueTheDictionaryGaveItsOwnCodeKeepsItAndLinksTheQuote() {
    Event noted = coded("\"We will not stop,\" Netanyahu noted.", "noted", TestNames.of("Netanyahu", PERSON));
    assertThat(noted.type()).isEqualTo(Events.Type.OTHER);
    assertThat(noted.cameo()).isEqualTo("912");
    assertThat(noted.quote()).isPresent();
  }

  @Test
  void wordsBeforeTheVerbCodeTheEventWhenTheyHoldNoModalityCue() {
    assertThat(coded("Arnor's death toll rose in the dispute with Gondor.", "rose").cameo()).isEqualTo("223");
  }

  @Test
  void aPatternWithAModalityCueBeforeTheVerbLeavesTheCueToModality() {
    Event e = coded("Arnor will not meet Gondor.", "meet");
    assertThat(e.cameo()).isEqualTo("040");
    assertThat(e.modality()).isEqualTo(Events.Modality.NEGATED);
  }
}
