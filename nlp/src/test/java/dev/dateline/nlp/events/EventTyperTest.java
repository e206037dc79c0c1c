package dev.dateline.nlp.events;

import static dev.dateline.model.EntityType.PLACE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.model.Document;
import dev.dateline.model.Events;
import dev.dateline.nlp.TestNames;
import dev.dateline.nlp.learn.FeatureVector;
import dev.dateline.nlp.learn.LinearModel;
import dev.dateline.nlp.learn.PerceptronTrainer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The learned main event and type of a sentence (EventTyper). */
class EventTyperTest {
  private static final PrintStream QUIET = new PrintStream(new ByteArrayOutputStream());

  private static Document expelled() {
    return EventPipeline.run("Switzerland expelled two Russian diplomats, officials said.",
        TestNames.of("Switzerland", PLACE));
  }

  @Test
  void choosesTheCandidateAndTypeWithTheHighestScore() {
    Document d = expelled();
    List<dev.dateline.model.Tokens.Token> tokens = d.require(dev.dateline.model.Tokens.KEY).items();
    String lemma = "";
    for (int k = 0; k < tokens.size(); k++) {
      if (tokens.get(k).span().of(d.text()).equals("expelled")) {
        lemma = d.require(dev.dateline.model.Tags.KEY).items().get(k).lemma().toLowerCase(java.util.Locale.ROOT);
      }
    }
    PerceptronTrainer trainer = new PerceptronTrainer(EventTyper.TYPES.stream().map(Enum::name).toList());
    FeatureVector v = new FeatureVector();
    v.add(8, lemma); // the trigger-lemma template, with the lemma the tagger gives
    trainer.update(v, EventTyper.TYPES.indexOf(Events.Type.SANCTION), 1f);
    trainer.nextInstance();
    Optional<EventTyper.Choice> choice = new EventTyper(trainer.average(0f)).choose(d, d.require(Events.KEY).items());
    assertThat(choice).isPresent();
    assertThat(choice.get().event().span().of(d.text())).isEqualTo("expelled");
    assertThat(choice.get().type()).isEqualTo(Events.Type.SANCTION);
    assertThat(choice.get().margin()).isPositive();
  }

  @Test
  void noEventsNoChoice() {
    Document d = expelled();
    assertThat(EventTyper.standard().choose(d, List.of())).isEmpty();
  }

  @Test
  void trainingIsDeterministicGivenTheSeed() throws IOException {
    Document a = expelled();
    Document b = EventPipeline.run("Rebels attacked a convoy near Kabul.", TestNames.of("Kabul", PLACE));
    List<EventTyper.Example> examples = List.of(
        new EventTyper.Example(a, a.require(Events.KEY).items(), Events.Type.SANCTION),
        new EventTyper.Example(b, b.require(Events.KEY).items(), Events.Type.ASSAULT));
    assertThat(bytes(EventTyper.train(examples, 3, 7, 0f, true, QUIET)))
        .isEqualTo(bytes(EventTyper.train(examples, 3, 7, 0f, true, QUIET)));
  }

  @Test
  void bundledModelHasThePloverTypesAsLabels() {
    Document d = expelled();
    Optional<EventTyper.Choice> choice = EventTyper.standard().choose(d, d.require(Events.KEY).items());
    assertThat(choice).isPresent();
    assertThat(EventTyper.TYPES).contains(choice.get().type()).hasSize(16);
  }

  @Test
  void modelWithALabelThatIsNoPloverTypeIsRefused() {
    LinearModel model = new PerceptronTrainer(List.of("ASSAULT", "GOSSIP")).average(0f);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new EventTyper(model))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("GOSSIP");
  }

  private static byte[] bytes(LinearModel model) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    model.writeSparse(out);
    return out.toByteArray();
  }
}
