package dev.dateline.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.model.Document;
import dev.dateline.model.Events;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The main event of a coded sentence (MainEvent), through the whole standard pipeline. */
class MainEventTest {
  private static EventEvaluation evaluation;

  @BeforeAll
  static void pipeline() {
    evaluation = new EventEvaluation();
  }

  private static String mainTrigger(String text) {
    Document d = evaluation.analyze("test:" + text.hashCode(), text, Optional.empty());
    return MainEvent.of(d).map(e -> e.span().of(d.text())).orElse("none");
  }

  private static long coded(String text) {
    Document d = evaluation.analyze("test:" + text.hashCode(), text, Optional.empty());
    return d.require(Events.KEY).items().stream().filter(e -> !e.cameo().isEmpty()).count();
  }

  @Test
  void aParticipleModifyingANounIsPassedOver() {
    String text = "The newly appointed defence minister rejected the proposal.";
    assertThat(coded(text)).as("'appointed' and 'rejected' both coded").isEqualTo(2);
    assertThat(mainTrigger(text)).isEqualTo("rejected");
  }

  @Test
  void aParticipleThatIsTheSentencesVerbIsTheMainEvent() {
    assertThat(mainTrigger("Troops have occupied the border town, officials said.")).isEqualTo("occupied");
  }

  @Test
  void aStatementIsTheMainEventOnlyWithoutAnotherCodedEvent() {
    assertThat(mainTrigger("The minister rejected the proposal, officials said.")).isEqualTo("rejected");
    assertThat(mainTrigger("The minister said the weather was fine.")).isEqualTo("said");
  }
}
