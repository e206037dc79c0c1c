package dev.dateline.nlp.events;

import static dev.dateline.model.EntityType.PERSON;
import static dev.dateline.model.EntityType.PLACE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.model.Document;
import dev.dateline.model.Events;
import dev.dateline.model.Events.Event;
import dev.dateline.model.Quotes;
import dev.dateline.nlp.TestNames;
import dev.dateline.nlp.TestNames.Surface;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteStatementsTest {

  private static Document run(String text, Surface... names) {
    return EventPipeline.run(text, names);
  }

  private static Event triggered(Document d, String trigger) {
    return d.require(Events.KEY).items().stream().filter(e -> e.span().of(d.text()).equals(trigger)).findFirst()
        .orElseThrow(() -> new AssertionError("no event triggered by '" + trigger + "' in " + d.require(Events.KEY)));
  }

  private static Quotes.Quote onlyQuote(Document d) {
    assertThat(d.require(Quotes.KEY).items()).as("quotes of %s", d.text()).hasSize(1);
    return d.require(Quotes.KEY).items().get(0);
  }

  @Test
  void statementTriggeredByTheQuoteCueLinksTheQuote() {
    Document d = run("\"We will not stop,\" Netanyahu said on Monday.", TestNames.of("Netanyahu", PERSON));
    Event said = triggered(d, "said");
    assertThat(said.type()).isEqualTo(Events.Type.STATEMENT);
    assertThat(said.quote()).contains(onlyQuote(d).id());
  }

  @Test
  void statementTakesTheQuoteSpeakerAsActor() {
    Document d = run("\"The talks are over,\" said Prime Minister Benjamin Netanyahu.",
        TestNames.of("Benjamin Netanyahu", PERSON));
    assertThat(triggered(d, "said").actors()).extracting(Events.Participant::name).containsExactly("Benjamin Netanyahu");
  }

  @Test
  void quoteWhoseCueCodesNoEventBecomesAStatement() {
    Document d = run("The border will stay closed, according to Netanyahu.", TestNames.of("Netanyahu", PERSON));
    Event e = d.require(Events.KEY).items().stream().filter(x -> x.quote().isPresent()).findFirst().orElseThrow();
    assertThat(e.type()).isEqualTo(Events.Type.STATEMENT);
    assertThat(e.cameo()).isEqualTo("010");
    assertThat(e.actors()).extracting(Events.Participant::name).containsExactly("Netanyahu");
    assertThat(e.quote()).contains(onlyQuote(d).id());
  }

  @Test
  void eventsFromQuotesAreNumberedInTextOrder() {
    Document d = run("The border will stay closed, according to Netanyahu. Israel attacked Gaza on Monday.",
        TestNames.of("Netanyahu", PERSON), TestNames.of("Israel", PLACE), TestNames.of("Gaza", PLACE));
    List<Event> events = d.require(Events.KEY).items();
    assertThat(events).extracting(Event::id).containsExactly(
        java.util.stream.IntStream.range(0, events.size()).mapToObj(k -> "v" + k).toArray(String[]::new));
    assertThat(events).isSortedAccordingTo(java.util.Comparator.comparingInt(e -> e.span().begin()));
  }

  @Test
  void accordingToCodesNoCameoEvent() {
    Document d = run("The border will stay closed, according to Netanyahu.", TestNames.of("Netanyahu", PERSON));
    assertThat(d.require(Events.KEY).items()).noneMatch(e -> e.type() == Events.Type.COOPERATE);
  }

  @Test
  void quoteCueThatIsAnUncodedActionBecomesAStatement() {
    Document d = run("\"We will not stop,\" Netanyahu noted.", TestNames.of("Netanyahu", PERSON));
    Event added = triggered(d, "noted");
    assertThat(added.type()).isEqualTo(Events.Type.STATEMENT);
    assertThat(added.cameo()).isEqualTo("010");
    assertThat(added.actors()).extracting(Events.Participant::name).containsExactly("Netanyahu");
    assertThat(added.quote()).contains(onlyQuote(d).id());
  }
}
