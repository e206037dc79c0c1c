package dev.dateline.nlp.events;

import static dev.dateline.model.EntityType.PERSON;
import static dev.dateline.model.EntityType.PLACE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.model.Document;
import java.util.Optional;
import java.time.LocalDate;
import dev.dateline.model.Events.EventDate;
import dev.dateline.model.Published;
import dev.dateline.model.Article;
import dev.dateline.model.EntityType;
import dev.dateline.model.Events;
import dev.dateline.model.Events.Event;
import dev.dateline.model.Events.Modality;
import dev.dateline.model.Events.Participant;
import dev.dateline.nlp.TestArticles;
import dev.dateline.nlp.TestNames;
import dev.dateline.nlp.TestNames.Surface;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventStageTest {

  private record Result(String text, List<Event> events) {
    Event triggered(String trigger) {
      return events.stream().filter(e -> e.span().of(text).equals(trigger)).findFirst()
          .orElseThrow(() -> new AssertionError("no event triggered by '" + trigger + "' in " + events));
    }
  }

  private static Result run(String text, Surface... names) {
    return run(TestArticles.of(text), names);
  }

  /** The text as an article published on {@code published}, with no dateline. */
  private static Result published(String published, String text, Surface... names) {
    Article a = TestArticles.of(text);
    Published p = new Published(LocalDate.parse(published), Optional.empty(), false, Published.Evidence.SUPPLIED);
    return run(new Article(a.id(), a.provenance(), a.url(), a.source(), a.title(), Optional.of(p), a.dateline(),
        a.creditedSource(), a.syndicated(), a.language(), a.authors(), a.text(), a.removed(), a.offsets()), names);
  }

  private static Result run(Article article, Surface... names) {
    return new Result(article.text(), EventPipeline.run(article, names).require(Events.KEY).items());
  }

  private static Surface person(String s) {
    return TestNames.of(s, PERSON);
  }

  private static Surface place(String s) {
    return TestNames.of(s, PLACE);
  }

  private static List<String> names(List<Participant> participants) {
    return participants.stream().map(Participant::name).toList();
  }

  @Test
  void verbalMeetingHasActorTargetPlaceAndConsultType() {
    Result r = run("US Secretary of State Antony Blinken met with Benjamin Netanyahu in Jerusalem on Monday.",
        person("Antony Blinken"), person("Benjamin Netanyahu"), place("Jerusalem"), TestNames.of("US", PLACE));
    Event e = r.triggered("met");
    assertThat(e.type()).isEqualTo(Events.Type.CONSULT);
    assertThat(e.cameoRoot()).isEqualTo("04");
    assertThat(names(e.actors())).containsExactly("Antony Blinken");
    assertThat(names(e.targets())).containsExactly("Benjamin Netanyahu");
    assertThat(e.place()).hasValueSatisfying(p -> assertThat(p.name()).isEqualTo("Jerusalem"));
    assertThat(e.modality()).isEqualTo(Modality.ASSERTED);
  }

  @Test
  void anIrregularFormCodesItsVerbWhateverItsLemma() {
    // the lemmatiser makes "expelled" "expell", which no entry has; the dictionary lists EXPELLED under EXPEL (174)
    Result r = run("Switzerland expelled two Russian diplomats on Monday.", place("Switzerland"));
    assertThat(r.triggered("expelled").cameoRoot()).isEqualTo("17");
  }

  @Test
  void anIngFormWhoseLemmaLostItsFinalECodesItsVerb() {
    // the lemmatiser makes "suing" "su"; "sue" is in the dictionary (173)
    Result r = run("A businessman is suing the government of Norway.", place("Norway"));
    assertThat(r.triggered("suing").cameoRoot()).isEqualTo("17");
  }

  @Test
  void weekdayInThePastTenseClauseDatesTheEventToTheLatestSuchDay() {
    Result r = published("2024-02-07", "Blinken met with Netanyahu on Monday.", person("Blinken"), person("Netanyahu"));
    EventDate date = r.triggered("met").date().orElseThrow();
    assertThat(date.value()).isEqualTo("2024-02-05");
    assertThat(date.granularity()).isEqualTo(Events.Granularity.DAY);
    assertThat(date.source()).isEqualTo(Events.DateSource.TIME_EXPRESSION);
    assertThat(date.evidence().orElseThrow().of(r.text())).isEqualTo("Monday");
  }

  @Test
  void plannedTripOnAWeekdayIsDatedToTheNextSuchDay() {
    Result r = published("2024-08-19", "Blinken will travel to Egypt on Tuesday.", person("Blinken"), place("Egypt"));
    Event e = r.triggered("travel");
    assertThat(e.date().orElseThrow().value()).isEqualTo("2024-08-20");
    assertThat(e.modality()).isEqualTo(Modality.PLANNED);
  }

  @Test
  void monthNamedInTheClauseGivesMonthGranularity() {
    Result r = published("2024-02-07", "Blinken met with Netanyahu last October.", person("Blinken"), person("Netanyahu"));
    EventDate date = r.triggered("met").date().orElseThrow();
    assertThat(date.value()).isEqualTo("2023-10");
    assertThat(date.granularity()).isEqualTo(Events.Granularity.MONTH);
  }

  @Test
  void withoutATimeExpressionTheEventTakesThePublicationDateAndSaysSo() {
    Result r = published("2024-02-07", "Blinken met with Netanyahu.", person("Blinken"), person("Netanyahu"));
    EventDate date = r.triggered("met").date().orElseThrow();
    assertThat(date.value()).isEqualTo("2024-02-07");
    assertThat(date.source()).isEqualTo(Events.DateSource.PUBLISHED);
    assertThat(date.evidence()).isEmpty();
  }

  @Test
  void durationDatesNoEvent() {
    Result r = published("2024-02-07", "Blinken met with Netanyahu for two hours.", person("Blinken"), person("Netanyahu"));
    assertThat(r.triggered("met").date().orElseThrow().source()).isEqualTo(Events.DateSource.PUBLISHED);
  }

  @Test
  void actorCodeComesFromTheEntitysTitle() {
    Result r = run("US Secretary of State Antony Blinken met with Benjamin Netanyahu.", person("Antony Blinken"),
        person("Benjamin Netanyahu"), TestNames.of("US", PLACE));
    assertThat(r.triggered("met").actors().get(0).code()).hasValue("USAGOV");
  }

  @Test
  void nominalMeetingTakesItsPossessorAsActorAndTheWithMentionAsTarget() {
    Result r = run("Blinken's meeting with Netanyahu lasted slightly over an hour.", person("Blinken"), person("Netanyahu"));
    Event e = r.triggered("meeting");
    assertThat(e.type()).isEqualTo(Events.Type.CONSULT);
    assertThat(names(e.actors())).containsExactly("Blinken");
    assertThat(names(e.targets())).containsExactly("Netanyahu");
  }

  @Test
  void coordinatedTargetsMakeOneEventWithEveryParticipant() {
    Result r = run("Blinken met with Netanyahu and President Isaac Herzog in Jerusalem.", person("Blinken"),
        person("Netanyahu"), person("Isaac Herzog"), place("Jerusalem"));
    assertThat(r.events().stream().filter(e -> e.span().of(r.text()).equals("met"))).hasSize(1);
    assertThat(names(r.triggered("met").targets())).containsExactly("Netanyahu", "Isaac Herzog");
  }

  @Test
  void coordinatedSubjectsAreAllActors() {
    Result r = run("Hamas and Islamic Jihad attacked Israel.", TestNames.of("Hamas", EntityType.ORG),
        TestNames.of("Islamic Jihad", EntityType.ORG), place("Israel"));
    Event e = r.triggered("attacked");
    assertThat(names(e.actors())).containsExactly("Hamas", "Islamic Jihad");
    assertThat(e.type()).isEqualTo(Events.Type.ASSAULT);
  }

  @Test
  void passiveSubjectIsTheTargetAndTheByPhraseTheActor() {
    Result r = run("Netanyahu was criticized by Blinken.", person("Netanyahu"), person("Blinken"));
    Event e = r.triggered("criticized");
    assertThat(names(e.actors())).containsExactly("Blinken");
    assertThat(names(e.targets())).containsExactly("Netanyahu");
    assertThat(e.type()).isEqualTo(Events.Type.ACCUSE);
  }

  @Test
  void relativeClauseTakesItsAntecedentAndTheMainVerbSkipsIt() {
    Result r = run("Blinken, who met with Mohammed bin Salman on Monday, said the talks went well.", person("Blinken"),
        person("Mohammed bin Salman"));
    assertThat(names(r.triggered("met").actors())).containsExactly("Blinken");
    assertThat(names(r.triggered("met").targets())).containsExactly("Mohammed bin Salman");
    assertThat(names(r.triggered("said").actors())).containsExactly("Blinken");
  }

  @Test
  void pronounSubjectResolvesToItsEntity() {
    Result r = run("Antony Blinken arrived in Israel. He met with Netanyahu.", person("Antony Blinken"),
        place("Israel"), person("Netanyahu"));
    assertThat(names(r.triggered("met").actors())).containsExactly("Antony Blinken");
  }

  @Test
  void willMakesAnEventPlanned() {
    Result r = run("Blinken will meet Gallant later on Monday.", person("Blinken"), person("Gallant"));
    Event e = r.triggered("meet");
    assertThat(e.modality()).isEqualTo(Modality.PLANNED);
    assertThat(e.type()).isEqualTo(Events.Type.CONSULT);
    assertThat(names(e.targets())).containsExactly("Gallant");
  }

  @Test
  void likelyToTravelIsPlannedAndTheDestinationIsThePlace() {
    Result r = run("Blinken is likely to travel to the West Bank.", person("Blinken"), place("West Bank"));
    Event e = r.triggered("travel");
    assertThat(e.modality()).isEqualTo(Modality.PLANNED);
    assertThat(e.type()).isEqualTo(Events.Type.CONSULT);
    assertThat(e.place()).hasValueSatisfying(p -> assertThat(p.name()).isEqualTo("West Bank"));
    assertThat(names(e.actors())).containsExactly("Blinken");
  }

  @Test
  void scheduledToIsPlanned() {
    Result r = run("Blinken is scheduled to meet Gallant.", person("Blinken"), person("Gallant"));
    assertThat(r.triggered("meet").modality()).isEqualTo(Modality.PLANNED);
  }

  @Test
  void didNotMakesAnEventNegated() {
    Result r = run("Blinken did not meet Gallant.", person("Blinken"), person("Gallant"));
    assertThat(r.triggered("meet").modality()).isEqualTo(Modality.NEGATED);
  }

  @Test
  void mayMakesAnEventPossible() {
    Result r = run("Blinken may meet Gallant.", person("Blinken"), person("Gallant"));
    assertThat(r.triggered("meet").modality()).isEqualTo(Modality.POSSIBLE);
  }

  @Test
  void beforeAndAGerundTakeTheEarlierEventsSubjectAndModality() {
    Result r = run("Blinken will meet Gallant before travelling to Egypt.", person("Blinken"), person("Gallant"),
        place("Egypt"));
    Event e = r.triggered("travelling");
    assertThat(e.modality()).isEqualTo(Modality.PLANNED);
    assertThat(names(e.actors())).containsExactly("Blinken");
    assertThat(e.place()).hasValueSatisfying(p -> assertThat(p.name()).isEqualTo("Egypt"));
  }

  @Test
  void aNounWithNoParticipantAndNoPlaceIsNoCodedEvent() {
    Result r = run("The meeting lasted an hour.");
    assertThat(r.events()).noneMatch(Event::coded);
  }

  @Test
  void saidIsAStatementOfItsSubject() {
    Result r = run("Blinken said the talks were useful.", person("Blinken"));
    Event e = r.triggered("said");
    assertThat(e.type()).isEqualTo(Events.Type.STATEMENT);
    assertThat(e.cameoRoot()).isEqualTo("01");
    assertThat(names(e.actors())).containsExactly("Blinken");
  }

  @Test
  void whoeverClaimsResponsibilityForAnAttackIsItsActor() {
    Result r = run("Hamas and Islamic Jihad claimed responsibility for a bomb blast in Tel Aviv.",
        TestNames.of("Hamas", EntityType.ORG), TestNames.of("Islamic Jihad", EntityType.ORG), place("Tel Aviv"));
    Event e = r.triggered("blast");
    assertThat(e.type()).isEqualTo(Events.Type.ASSAULT);
    assertThat(names(e.actors())).containsExactly("Hamas", "Islamic Jihad");
    assertThat(e.place()).hasValueSatisfying(p -> assertThat(p.name()).isEqualTo("Tel Aviv"));
  }

  @Test
  void refusedToIsNegated() {
    Result r = run("Netanyahu refused to meet Blinken.", person("Netanyahu"), person("Blinken"));
    assertThat(r.triggered("meet").modality()).isEqualTo(Modality.NEGATED);
  }
}
