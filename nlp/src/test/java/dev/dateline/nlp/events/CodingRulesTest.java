package dev.dateline.nlp.events;

import static dev.dateline.model.EntityType.ORG;
import static dev.dateline.model.EntityType.PERSON;
import static dev.dateline.model.EntityType.PLACE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.model.Document;
import dev.dateline.model.Events;
import dev.dateline.model.Events.Event;
import dev.dateline.nlp.TestNames;
import dev.dateline.nlp.TestNames.Surface;
import org.junit.jupiter.api.Test;

/** The codebook rules applied after coding (CodingRules) and the sector countries (SectorCountries). */
class CodingRulesTest {

  private static Document run(String text, Surface... names) {
    return EventPipeline.run(text, names);
  }

  private static Event triggered(Document d, String trigger) {
    return d.require(Events.KEY).items().stream().filter(e -> e.span().of(d.text()).equals(trigger)).findFirst()
        .orElseThrow(() -> new AssertionError("no event triggered by '" + trigger + "' in " + d.require(Events.KEY)));
  }

  @Test
  void mustBeforeTheVerbMakesADemand() {
    Document d = run("Blair said Iraq must withdraw its troops.", TestNames.of("Blair", PERSON), TestNames.of("Iraq", PLACE));
    Event e = triggered(d, "withdraw");
    assertThat(e.type()).isEqualTo(Events.Type.REQUEST);
    assertThat(e.cameo()).isEqualTo("100");
    assertThat(e.modality()).isEqualTo(Events.Modality.ASSERTED);
  }

  @Test
  void demandIsMadeByTheSpeakerOfTheMustSubject() {
    Document d = run("Blair said Iraq must withdraw its troops.", TestNames.of("Blair", PERSON), TestNames.of("Iraq", PLACE));
    Event e = triggered(d, "withdraw");
    assertThat(e.actors()).extracting(Events.Participant::name).containsExactly("Blair");
    assertThat(e.targets()).extracting(Events.Participant::name).containsExactly("Iraq");
  }

  @Test
  void blockadeByProtestersIsAProtest() {
    Event e = triggered(run("Protesters blocked the bridge on Monday."), "blocked");
    assertThat(e.type()).as("%s", e).isEqualTo(Events.Type.PROTEST);
    assertThat(e.mode()).contains("obstruct");
  }

  @Test
  void blockadeByTheArmyStaysCoercion() {
    Event e = triggered(run("Israeli soldiers blocked the bridge on Monday.", TestNames.of("Israeli", PLACE)),
        "blocked");
    assertThat(e.type()).as("%s", e).isEqualTo(Events.Type.COERCE);
  }

  @Test
  void governmentTakesTheCountryTheSentenceNames() {
    Event e = triggered(run("In Sudan, the government lifted the curfew.", TestNames.of("Sudan", PLACE)), "lifted");
    assertThat(e.actors()).extracting(p -> p.code().orElse("-")).containsExactly("SDNGOV");
  }
}
