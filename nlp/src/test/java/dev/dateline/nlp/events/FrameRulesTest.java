package dev.dateline.nlp.events;

import static dev.dateline.model.EntityType.PERSON;
import static dev.dateline.model.EntityType.PLACE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.model.Document;
import dev.dateline.model.Events;
import dev.dateline.model.Events.Event;
import dev.dateline.nlp.TestNames;
import org.junit.jupiter.api.Test;

/** Light verbs, verbs of saying coded as the action they report, and "including" (FrameRules). */
class FrameRulesTest {

  private static Event triggered(Document d, String trigger) {
    return d.require(Events.KEY).items().stream().filter(e -> e.span().of(d.text()).equals(trigger)).findFirst()
        .orElseThrow(() -> new AssertionError("no event triggered by '" + trigger + "' in " + d.require(Events.KEY)));
  }

  @Test
  void lightVerbWithAnEventNounTakesTheNounsCode() {
    Document d = EventPipeline.run("Moroccan diplomats held their first meeting with Obama on Monday.",
        TestNames.of("Obama", PERSON));
    Event held = triggered(d, "held");
    assertThat(held.type()).isEqualTo(Events.Type.CONSULT);
    assertThat(held.cameo()).isEqualTo("040");
  }

  @Test
  void aspectualLightVerbStatesTheNounsEvent() {
    Document d = EventPipeline.run("Israel and Syria renewed talks on Monday.",
        TestNames.of("Israel", PLACE), TestNames.of("Syria", PLACE));
    assertThat(triggered(d, "renewed").cameo()).isEqualTo("046");
  }

  @Test
  void aHungerStrikeIsProtestByHungerStrike() {
    Document d = EventPipeline.run("The prisoners continued their hunger strike in Ankara.",
        TestNames.of("Ankara", PLACE));
    assertThat(triggered(d, "continued").cameo()).isEqualTo("142");
  }

  @Test
  void lightVerbWithAnOrdinaryObjectKeepsItsOwnCode() {
    Document d = EventPipeline.run("Police held three men in Cairo on Monday.", TestNames.of("Cairo", PLACE));
    assertThat(triggered(d, "held").type()).isNotEqualTo(Events.Type.CONSULT);
  }

  @Test
  void sayingCodedAsTheReportedActionIsAStatement() {
    Document d = EventPipeline.run("Syria says it is willing to withdraw its troops from Lebanon.",
        TestNames.of("Syria", PLACE), TestNames.of("Lebanon", PLACE));
    assertThat(triggered(d, "says").type()).isEqualTo(Events.Type.STATEMENT);
    assertThat(triggered(d, "withdraw").coded()).isTrue();
  }

  @Test
  void unresolvedPronounOfTheReportedActionIsTheSpeaker() {
    Document d = EventPipeline.run("Syria says it is willing to withdraw its troops from Lebanon.",
        TestNames.of("Syria", PLACE), TestNames.of("Lebanon", PLACE));
    assertThat(triggered(d, "withdraw").actors()).extracting(Events.Participant::name).containsExactly("Syria");
  }

  @Test
  void includingAfterANounIsNoEvent() {
    Document d = EventPipeline.run("Russian aircraft including helicopter gunships killed 46 civilians.",
        TestNames.of("Russian", dev.dateline.model.EntityType.MISC));
    assertThat(d.require(Events.KEY).items()).noneMatch(e -> e.span().of(d.text()).equals("including"));
    java.util.List<Event> events = d.require(Events.KEY).items();
    for (int k = 0; k < events.size(); k++) {
      assertThat(events.get(k).id()).isEqualTo("v" + k);
    }
  }
}
