package dev.dateline.nlp.events;

import static dev.dateline.model.EntityType.PERSON;
import static dev.dateline.model.EntityType.PLACE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dateline.model.Article;
import dev.dateline.model.Document;
import dev.dateline.model.Events;
import dev.dateline.model.Events.Event;
import dev.dateline.model.Events.Participant;
import dev.dateline.model.Published;
import dev.dateline.model.Span;
import dev.dateline.nlp.TestArticles;
import dev.dateline.nlp.TestNames;
import dev.dateline.nlp.TestNames.Surface;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Events no CAMEO code covers (type OTHER) and the arguments found for events without entities. */
class OtherEventsTest {

  private record Result(String text, List<Event> events) {
    Event triggered(String trigger) {
      return events.stream().filter(e -> e.span().of(text).equals(trigger)).findFirst()
          .orElseThrow(() -> new AssertionError("no event triggered by '" + trigger + "' in " + events));
    }

    boolean has(String trigger) {
      return events.stream().anyMatch(e -> e.span().of(text).equals(trigger));
    }

    List<String> texts(List<Participant> participants) {
      return participants.stream().map(p -> p.span().of(text)).toList();
    }
  }

  private static Result run(String text, Surface... names) {
    return run(TestArticles.of(text), names);
  }

  private static Result published(String published, String text) {
    Article a = TestArticles.of(text);
    Published p = new Published(LocalDate.parse(published), Optional.empty(), false, Published.Evidence.SUPPLIED);
    return run(new Article(a.id(), a.provenance(), a.url(), a.source(), a.title(), Optional.of(p), a.dateline(),
        a.creditedSource(), a.syndicated(), a.language(), a.authors(), a.text(), a.removed(), a.offsets()));
  }

  private static Result run(Article article, Surface... names) {
    return new Result(article.text(), EventPipeline.run(article, names).require(Events.KEY).items());
  }

  @Test
  void verbNoCameoCodeCoversIsAnOtherEventWithoutCode() {
    Event e = run("The band performed in Los Angeles.", TestNames.of("Los Angeles", PLACE)).triggered("performed");
    assertThat(e.type()).isEqualTo(Events.Type.OTHER);
    assertThat(e.cameo()).isEmpty();
    assertThat(e.coded()).isFalse();
  }

  @Test
  void otherEventHasThePlaceOfItsClause() {
    Event e = run("The singer died in Los Angeles.", TestNames.of("Los Angeles", PLACE)).triggered("died");
    assertThat(e.place()).hasValueSatisfying(p -> assertThat(p.name()).isEqualTo("Los Angeles"));
  }

  @Test
  void eventNounOfTheTriggerListIsAnOtherEvent() {
    assertThat(run("The earthquake was felt across the region.").triggered("earthquake").type())
        .isEqualTo(Events.Type.OTHER);
  }

  @Test
  void singularIngNounIsAnOtherEvent() {
    assertThat(run("Police are investigating the shooting.").has("shooting")).isTrue();
  }

  @Test
  void ingNounListedAsNotAnEventIsNone() {
    assertThat(run("The building was quiet this morning.").has("building")).isFalse();
  }

  @Test
  void mainVerbBeIsNoEvent() {
    assertThat(run("The weather was bad.").has("was")).isFalse();
  }

  @Test
  void stateAdjectiveIsAnOtherEvent() {
    assertThat(run("The woman was found dead.").triggered("dead").type()).isEqualTo(Events.Type.OTHER);
  }

  @Test
  void cameoNounWithNoParticipantOrPlaceIsAnOtherEvent() {
    assertThat(run("The meeting lasted two hours.").triggered("meeting").type()).isEqualTo(Events.Type.OTHER);
  }

  @Test
  void nounPhraseSubjectIsAnActorWithoutEntity() {
    Result r = run("The old bridge collapsed on Sunday.");
    Event e = r.triggered("collapsed");
    assertThat(r.texts(e.actors())).containsExactly("The old bridge");
    assertThat(e.actors().get(0).entity()).isEmpty();
  }

  @Test
  void nounPhraseObjectIsATarget() {
    Result r = run("The blaze destroyed the old warehouse.");
    assertThat(r.texts(r.triggered("destroyed").targets())).containsExactly("the old warehouse");
  }

  @Test
  void passiveSubjectPhraseIsTheTarget() {
    Result r = run("A teenager was shot outside the school.");
    assertThat(r.texts(r.triggered("shot").targets())).containsExactly("A teenager");
  }

  @Test
  void ofPhraseOfAnEventNounIsItsTarget() {
    Result r = run("Police investigated the killing of a teenager.");
    assertThat(r.texts(r.triggered("killing").targets())).containsExactly("a teenager");
  }

  @Test
  void entityParticipantWinsOverPhrase() {
    Result r = run("John Smith died.", TestNames.of("John Smith", PERSON));
    assertThat(r.triggered("died").actors()).extracting(Participant::name).containsExactly("John Smith");
  }

  @Test
  void placeNounPhraseAfterAtIsThePlace() {
    Event e = run("The actor died at the hospital.").triggered("died");
    assertThat(e.place()).hasValueSatisfying(p -> {
      assertThat(p.name()).isEqualTo("the hospital");
      assertThat(p.entity()).isEmpty();
    });
  }

  @Test
  void timeExpressionAfterInIsNoPlace() {
    assertThat(run("The actor died in March.").triggered("died").place()).isEmpty();
  }

  @Test
  void unresolvedWeekdayDatesAnEventOfAnUndatedArticle() {
    Result r = run("The actor died on Monday.");
    Events.EventDate date = r.triggered("died").date().orElseThrow();
    assertThat(date.value()).isEqualTo("XXXX-WXX-1");
    assertThat(date.evidence().map(s -> s.of(r.text()))).hasValue("Monday");
  }

  @Test
  void weekdayOfADatedArticleIsResolved() {
    assertThat(published("2024-02-07", "The actor died on Monday.").triggered("died").date().orElseThrow().value())
        .isEqualTo("2024-02-05");
  }

  @Test
  void otherEventMayKeepAVerbDictionarysOwnCodeOutsideCameo() {
    Event e = new Event("v0", new Span(0, 1), Events.Type.OTHER, Optional.empty(), "904", List.of(), List.of(),
        Optional.empty(), Optional.empty(), Events.Modality.ASSERTED, new Span(0, 1), Optional.empty(), 0.5);
    assertThat(e.cameoRoot()).isEqualTo("90");
  }

  @Test
  void otherEventMustHaveNoCameoCode() {
    assertThatThrownBy(() -> new Event("v0", new Span(0, 1), Events.Type.OTHER, Optional.empty(), "010", List.of(),
        List.of(), Optional.empty(), Optional.empty(), Events.Modality.ASSERTED, new Span(0, 1), Optional.empty(), 0.5))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("OTHER");
  }

  @Test
  void codedEventMustHaveACameoCode() {
    assertThatThrownBy(() -> new Event("v0", new Span(0, 1), Events.Type.CONSULT, Optional.empty(), "", List.of(),
        List.of(), Optional.empty(), Optional.empty(), Events.Modality.ASSERTED, new Span(0, 1), Optional.empty(), 0.5))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void byPhraseOfAPassiveIsTheActor() {
    Result r = run("The teenager was shot by a masked gunman.");
    assertThat(r.texts(r.triggered("shot").actors())).containsExactly("a masked gunman");
  }

  @Test
  void secondVerbAfterAndTakesTheFirstVerbsSubjectPhrase() {
    Result r = run("The old bridge cracked and collapsed on Sunday.");
    assertThat(r.texts(r.triggered("collapsed").actors())).containsExactly("The old bridge");
  }

  @Test
  void prepositionalPhraseIsTheTargetOfAnOtherEventWithoutObject() {
    Result r = run("The old singer performed with a local band.");
    assertThat(r.texts(r.triggered("performed").targets())).containsExactly("a local band");
  }

  @Test
  void timeExpressionIsNoParticipant() {
    Result r = run("The bakery opened Friday.");
    assertThat(r.triggered("opened").targets()).isEmpty();
  }

  @Test
  void phraseNamingAnEventIsNoParticipant() {
    Result r = run("The fire destroyed the warehouse.");
    assertThat(r.triggered("destroyed").actors()).isEmpty();
  }

  @Test
  void placeEntityAfterAnOtherVerbIsItsPlaceNotATarget() {
    Event e = run("The storm flooded Florida.", TestNames.of("Florida", PLACE)).triggered("flooded");
    assertThat(e.place()).hasValueSatisfying(p -> assertThat(p.name()).isEqualTo("Florida"));
    assertThat(e.targets()).isEmpty();
  }

  @Test
  void placePhraseAfterOnIsThePlace() {
    Event e = run("Two cars collided on the highway.").triggered("collided");
    assertThat(e.place()).hasValueSatisfying(p -> assertThat(p.name()).isEqualTo("the highway"));
  }

  @Test
  void dateAfterOnIsNoPlace() {
    assertThat(run("Two cars collided on Monday.").triggered("collided").place()).isEmpty();
  }

  @Test
  void cameoNounWithoutParticipantsIsStillAnEvent() {
    assertThat(run("The statement came late.").triggered("statement").type()).isEqualTo(Events.Type.OTHER);
  }
}
