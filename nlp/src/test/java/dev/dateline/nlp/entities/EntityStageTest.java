package dev.dateline.nlp.entities;

import static dev.dateline.model.EntityType.MISC;
import static dev.dateline.model.EntityType.ORG;
import static dev.dateline.model.EntityType.PERSON;
import static dev.dateline.model.EntityType.PLACE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.dateline.model.Document;
import dev.dateline.model.Entities.Entity;
import dev.dateline.model.Entities.MentionKind;
import dev.dateline.model.Entities;
import dev.dateline.model.EntityType;
import dev.dateline.model.Names;
import dev.dateline.model.Span;
import dev.dateline.nlp.TestArticles;
import dev.dateline.nlp.TestNames.Surface;
import dev.dateline.nlp.TestNames;
import dev.dateline.nlp.paragraphs.ParagraphStage;
import dev.dateline.nlp.sentences.SentenceStage;
import dev.dateline.nlp.titles.TitlesStage;
import dev.dateline.nlp.tokens.TokenStage;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityStageTest {
  private static final TitlesStage TITLES = TitlesStage.standard();
  private static final EntityStage STAGE = EntityStage.standard();

  private record Result(String text, List<Entity> entities) {
    Entity named(String name) {
      return entities.stream().filter(e -> e.name().equals(name)).findFirst()
          .orElseThrow(() -> new AssertionError("no entity '" + name + "' in " + entities));
    }

    /** The mentions of the entity as written, with their kinds. */
    List<String> mentions(String name) {
      return named(name).mentions().stream().map(m -> m.span().of(text) + "/" + m.kind()).toList();
    }
  }

  private static Result run(String text, Surface... names) {
    Document d = Document.of(TestArticles.of(text));
    d = new ParagraphStage().apply(d);
    d = new TokenStage().apply(d);
    d = new SentenceStage().apply(d);
    d = TestNames.add(d, List.of(names));
    d = TITLES.apply(d);
    return new Result(text, STAGE.apply(d).require(Entities.KEY).items());
  }

  private static Surface person(String s) {
    return TestNames.of(s, PERSON);
  }

  @Test
  void surnameJoinsTheFullNameAndTheFullNameIsCanonical() {
    Result r = run("Antony Blinken arrived. Blinken spoke.", person("Antony Blinken"), person("Blinken"));
    assertThat(r.entities()).hasSize(1);
    assertThat(r.mentions("Antony Blinken")).containsExactly("Antony Blinken/NAME", "Blinken/NAME");
  }

  @Test
  void surnameBeforeTheFullNameStillJoinsIt() {
    Result r = run("The Biden administration is under fire. President Joe Biden spoke.", person("Biden"), person("Joe Biden"));
    assertThat(r.mentions("Joe Biden")).containsExactly("Biden/NAME", "President Joe Biden/NAME");
  }

  @Test
  void surnameJoinsTheMostRecentFullNameWithIt() {
    Result r = run("Joe Biden met Hunter Biden. Biden left.", person("Joe Biden"), person("Hunter Biden"), person("Biden"));
    assertThat(r.mentions("Hunter Biden")).containsExactly("Hunter Biden/NAME", "Biden/NAME");
  }

  @Test
  void possessiveMentionIsTheNameWithoutApostropheS() {
    Result r = run("Antony Blinken arrived. Blinken's meeting ended.", person("Antony Blinken"), person("Blinken"));
    assertThat(r.mentions("Antony Blinken")).containsExactly("Antony Blinken/NAME", "Blinken/NAME");
  }

  @Test
  void loneSurnameMistypedAsAnOrganisationJoinsThePerson() {
    Result r = run("Benjamin Netanyahu spoke. Netanyahu left.", person("Benjamin Netanyahu"), TestNames.of("Netanyahu", ORG));
    assertThat(r.entities()).hasSize(1);
    assertThat(r.named("Benjamin Netanyahu").type()).isEqualTo(PERSON);
  }

  @Test
  void acronymJoinsTheOrganisationItSpells() {
    Result r = run("The Israel Defense Forces said so. The IDF denied it.", TestNames.of("Israel Defense Forces", ORG),
        TestNames.of("IDF", ORG));
    assertThat(r.mentions("Israel Defense Forces")).containsExactly("Israel Defense Forces/NAME", "IDF/NAME");
  }

  @Test
  void countryNamesOfOnePlaceAreOneEntity() {
    Result r = run("The United States said no. The US stood firm.", TestNames.of("United States", PLACE),
        TestNames.of("US", PLACE));
    assertThat(r.mentions("United States")).containsExactly("United States/NAME", "US/NAME");
  }

  @Test
  void roleAtTheStartOfANameIsNotPartOfTheCanonicalName() {
    Result r = run("He followed President Zorblat's instructions.", person("President Zorblat"));
    assertThat(r.entities()).extracting(Entity::name).containsExactly("Zorblat");
    assertThat(r.named("Zorblat").titles()).containsExactly("President");
  }

  @Test
  void wellKnownOfficeHolderNamedBySurnameOnlyGetsTheFullName() {
    Result r = run("He followed President Biden's instructions.", person("Biden"));
    assertThat(r.entities()).extracting(Entity::name).containsExactly("Joe Biden");
    assertThat(r.mentions("Joe Biden")).containsExactly("President Biden/NAME");
  }

  @Test
  void honorificIsNoPartOfTheNameAndJoinsTheFullName() {
    Result r = run("Patricia Hewitt spoke. Ms Hewitt left.", person("Patricia Hewitt"), person("Ms Hewitt"));
    assertThat(r.mentions("Patricia Hewitt")).containsExactly("Patricia Hewitt/NAME", "Ms Hewitt/NAME");
  }

  @Test
  void honorificGivesThePersonsGender() {
    Result r = run("Mr Balls met Jo Smith. She left.", person("Mr Balls"), person("Jo Smith"));
    assertThat(r.mentions("Jo Smith")).containsExactly("Jo Smith/NAME", "She/PRONOUN");
  }

  @Test
  void nameAfterAnHonorificIsAPersonWhateverTheRecogniserSaid() {
    Result r = run("Lord Ashcroft gave money. Michael Ashcroft said so.", TestNames.of("Lord Ashcroft", PLACE),
        person("Michael Ashcroft"));
    assertThat(r.entities()).hasSize(1);
    assertThat(r.named("Michael Ashcroft").type()).isEqualTo(PERSON);
  }

  @Test
  void oneNameTypedDifferentlyInOneArticleTakesItsMostFrequentType() {
    String text = "The Lib Dem plan. A Lib Dem vote. Lib Dem leaders agree.";
    List<EntityType> types = List.of(PLACE, MISC, MISC);
    List<Names.Name> names = new java.util.ArrayList<>();
    for (int at = text.indexOf("Lib Dem"), k = 0; at >= 0; at = text.indexOf("Lib Dem", at + 1), k++) {
      names.add(new Names.Name("n" + k, new Span(at, at + "Lib Dem".length()), types.get(k)));
    }
    Document d = Document.of(TestArticles.of(text));
    d = new SentenceStage().apply(new TokenStage().apply(new ParagraphStage().apply(d)));
    d = TITLES.apply(d.with(Names.KEY, new Names(names)));
    List<Entity> entities = STAGE.apply(d).require(Entities.KEY).items();
    assertThat(entities).singleElement().satisfies(e -> {
      assertThat(e.type()).isEqualTo(MISC);
      assertThat(e.mentions()).hasSize(3);
    });
  }

  @Test
  void surnameWithoutAnOfficeIsNotCompleted() {
    Result r = run("Biden spoke.", person("Biden"));
    assertThat(r.entities()).extracting(Entity::name).containsExactly("Biden");
  }

  @Test
  void surnameOfSeveralWellKnownPeopleIsNotCompleted() {
    Result r = run("President Herzog spoke.", person("Herzog"));
    assertThat(r.entities()).extracting(Entity::name).containsExactly("Herzog");
  }

  @Test
  void titleWrittenRightBeforeTheNameIsPartOfItsMention() {
    Result r = run("US Secretary of State Antony Blinken arrived.", person("Antony Blinken"));
    assertThat(r.mentions("Antony Blinken")).containsExactly("US Secretary of State Antony Blinken/NAME");
  }

  @Test
  void titleInAppositionIsNotPartOfTheNameMention() {
    Result r = run("US Secretary of State, Antony Blinken, arrived.", person("Antony Blinken"));
    assertThat(r.mentions("Antony Blinken")).containsExactly("Antony Blinken/NAME");
    assertThat(r.named("Antony Blinken").titles()).contains("US Secretary of State");
  }

  @Test
  void countryPlaceIsNamedByItsCanonicalName() {
    Result r = run("The US said no.", TestNames.of("US", ORG));
    assertThat(r.entities()).extracting(Entity::name, Entity::type).containsExactly(tuple("United States", PLACE));
  }

  @Test
  void roleRunIntoAnOrganisationNameMakesTheOrganisationAndItsPersonWithTheTitle() {
    Result r = run("He met Israel Defence Forces Chief of Staff Herzi Halevi.",
        TestNames.of("Israel Defence Forces Chief of Staff Herzi Halevi", ORG));
    assertThat(r.entities()).extracting(Entity::name).containsExactly("Israel Defence Forces", "Herzi Halevi");
    assertThat(r.named("Herzi Halevi").type()).isEqualTo(PERSON);
    assertThat(r.named("Herzi Halevi").titles()).containsExactly("Israel Defence Forces Chief of Staff");
  }

  @Test
  void nameThatIsOnlyARoleIsNoEntityAndTheRoleGoesToTheApposition() {
    Result r = run("He will meet Israeli Defence Minister, Yoav Gallant, later.", TestNames.of("Israeli", MISC),
        person("Defence Minister"), person("Yoav Gallant"));
    assertThat(r.entities()).extracting(Entity::name).containsExactly("Israeli", "Yoav Gallant");
    assertThat(r.named("Yoav Gallant").titles()).containsExactly("Israeli Defence Minister");
  }

  @Test
  void nationalityAdjectiveIsKeptAsMiscNeverAPerson() {
    Result r = run("Israeli troops moved.", person("Israeli"));
    assertThat(r.named("Israeli").type()).isEqualTo(MISC);
  }

  @Test
  void weekdayIsNoEntity() {
    Result r = run("They met on Wednesday in Doha.", TestNames.of("Wednesday", ORG), TestNames.of("Doha", PLACE));
    assertThat(r.entities()).extracting(Entity::name).containsExactly("Doha");
  }

  @Test
  void roleAndWeekdayAroundAPersonsNameJoinedByAParticleAreRepaired() {
    Result r = run("He met Saudi Crown Prince Mohammed bin Salman Monday. The Crown Prince said no.",
        TestNames.of("Saudi Crown Prince Mohammed", ORG), person("Salman Monday"), TestNames.of("Crown Prince", PLACE));
    assertThat(r.named("Mohammed bin Salman").titles()).contains("Saudi Crown Prince");
    assertThat(r.mentions("Mohammed bin Salman")).containsExactly("Saudi Crown Prince Mohammed bin Salman/NAME",
        "The Crown Prince/DESCRIPTION");
  }

  @Test
  void titlesAreNormalisedRolesThenWrittenForms() {
    Result r = run("Israel's Prime Minister Benjamin Netanyahu spoke.", TestNames.of("Israel", PLACE),
        person("Benjamin Netanyahu"));
    assertThat(r.named("Benjamin Netanyahu").titles()).containsExactly("Prime Minister of Israel", "Israel's Prime Minister");
  }

  @Test
  void descriptionResolvesToThePersonWithTheSameRoleAndCountry() {
    Result r = run("Israeli Prime Minister Benjamin Netanyahu spoke. The Israeli PM left.", person("Benjamin Netanyahu"));
    assertThat(r.mentions("Benjamin Netanyahu")).containsExactly("Israeli Prime Minister Benjamin Netanyahu/NAME", "The Israeli PM/DESCRIPTION");
  }

  @Test
  void descriptorNounResolvesThroughTheDescriptorFile() {
    Result r = run("US Secretary of State Antony Blinken met Israeli Prime Minister Benjamin Netanyahu. The top US diplomat left.",
        person("Antony Blinken"), person("Benjamin Netanyahu"));
    assertThat(r.mentions("Antony Blinken")).containsExactly("US Secretary of State Antony Blinken/NAME",
        "The top US diplomat/DESCRIPTION");
  }

  @Test
  void descriptionWithAnotherCountryDoesNotResolve() {
    Result r = run("US President Joe Biden spoke. The Israeli president left.", person("Joe Biden"));
    assertThat(r.mentions("Joe Biden")).containsExactly("US President Joe Biden/NAME");
  }

  @Test
  void descriptionResolvesToTheMostRecentlyMentionedCandidate() {
    Result r = run("Defence Minister Yoav Gallant met Defence Minister Lloyd Austin. Gallant left. The defence minister stayed.",
        person("Yoav Gallant"), person("Lloyd Austin"), person("Gallant"));
    assertThat(r.mentions("Yoav Gallant")).contains("The defence minister/DESCRIPTION");
  }

  @Test
  void indefiniteDescriptionDoesNotResolve() {
    Result r = run("US Secretary of State Antony Blinken spoke. A US diplomat left.", person("Antony Blinken"));
    assertThat(r.mentions("Antony Blinken")).containsExactly("US Secretary of State Antony Blinken/NAME");
  }

  @Test
  void resolvedOfficeDescriptionAddsItsRole() {
    Result r = run("Israel's Prime Minister Benjamin Netanyahu spoke. The former prime minister left.",
        TestNames.of("Israel", PLACE), person("Benjamin Netanyahu"));
    assertThat(r.named("Benjamin Netanyahu").titles()).contains("Prime Minister of Israel", "former Prime Minister");
  }

  @Test
  void resolvedDescriptorNounAddsNoRole() {
    Result r = run("US Secretary of State Antony Blinken spoke. The secretary left.", person("Antony Blinken"));
    assertThat(r.mentions("Antony Blinken")).contains("The secretary/DESCRIPTION");
    assertThat(r.named("Antony Blinken").titles()).containsExactly("US Secretary of State");
  }

  @Test
  void sentenceInitialPronounResolvesToThePreviousSentencesSubject() {
    Result r = run("Blinken's meeting with Netanyahu lasted an hour. He also met Herzi Halevi.", person("Blinken"),
        person("Netanyahu"), person("Herzi Halevi"));
    assertThat(r.mentions("Blinken")).containsExactly("Blinken/NAME", "He/PRONOUN");
  }

  @Test
  void pronounAfterAndResolvesToTheSubjectOfTheSameSentence() {
    Result r = run("Blinken met Netanyahu and he left.", person("Blinken"), person("Netanyahu"));
    assertThat(r.mentions("Blinken")).containsExactly("Blinken/NAME", "he/PRONOUN");
  }

  @Test
  void pronounThatOpensNoClauseIsLeftAlone() {
    Result r = run("Blinken met Netanyahu. Reporters said the talks he held were long.", person("Blinken"),
        person("Netanyahu"));
    assertThat(r.mentions("Blinken")).containsExactly("Blinken/NAME");
  }

  @Test
  void pronounDoesNotResolveToAnOrganisation() {
    Result r = run("Hamas rejected the offer. He left.", TestNames.of("Hamas", ORG));
    assertThat(r.mentions("Hamas")).containsExactly("Hamas/NAME");
  }

  @Test
  void pronounDoesNotResolveToANameInsideAQuotation() {
    Result r = run("“Netanyahu must decide,” he said.", person("Netanyahu"));
    assertThat(r.mentions("Netanyahu")).containsExactly("Netanyahu/NAME");
  }

  @Test
  void pronounInsideAQuotationIsLeftAlone() {
    Result r = run("Blinken arrived. “He must decide,” an official said.", person("Blinken"));
    assertThat(r.mentions("Blinken")).containsExactly("Blinken/NAME");
  }

  @Test
  void pronounAfterAQuotationResolvesToTheEarlierSpeaker() {
    Result r = run("Blinken spoke.\n“I'm here. It is time,” he said.", person("Blinken"));
    assertThat(r.mentions("Blinken")).containsExactly("Blinken/NAME", "he/PRONOUN");
  }

  @Test
  void pronounSkipsAPersonOfTheOtherGender() {
    Result r = run("Kamala Harris met Antony Blinken. He left.", person("Kamala Harris"), person("Antony Blinken"));
    assertThat(r.mentions("Antony Blinken")).containsExactly("Antony Blinken/NAME", "He/PRONOUN");
  }

  @Test
  void genderLearnedFromAPronounIsKept() {
    Result r = run("Drew Carey spoke. He smiled. Drew Carey met Robin Lane. She left.", person("Drew Carey"),
        person("Robin Lane"));
    assertThat(r.mentions("Drew Carey")).doesNotContain("She/PRONOUN");
    assertThat(r.mentions("Robin Lane")).contains("She/PRONOUN");
  }

  @Test
  void entitiesAreOrderedByFirstMentionWithSequentialIds() {
    Result r = run("Gaza is far. Antony Blinken arrived.", TestNames.of("Gaza", PLACE), person("Antony Blinken"));
    assertThat(r.entities()).extracting(Entity::id).containsExactly("e0", "e1");
    assertThat(r.entities()).extracting(Entity::name).containsExactly("Gaza", "Antony Blinken");
    assertThat(r.entities().get(1).mentions().get(0).kind()).isEqualTo(MentionKind.NAME);
  }
}
