package dev.dateline.nlp.titles;

import static dev.dateline.model.EntityType.MISC;
import static dev.dateline.model.EntityType.ORG;
import static dev.dateline.model.EntityType.PERSON;
import static dev.dateline.model.EntityType.PLACE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.model.Document;
import dev.dateline.model.Names;
import dev.dateline.model.Titles;
import dev.dateline.model.Tokens;
import dev.dateline.model.Titles.Title;
import dev.dateline.nlp.TestArticles;
import dev.dateline.nlp.TestNames;
import dev.dateline.nlp.TestNames.Surface;
import dev.dateline.nlp.tokens.TokenStage;
import java.util.List;
import org.junit.jupiter.api.Test;

class TitlesStageTest {
  private static final TitlesStage STAGE = TitlesStage.standard();

  /** "span as written | role | holder as written (or -)" for every title of {@code text}. */
  private static List<String> titles(String text, Surface... names) {
    Document d = TestNames.add(new TokenStage().apply(Document.of(TestArticles.of(text))), List.of(names));
    Document out = STAGE.apply(d);
    // a holder id names the person's part of a name the recogniser ran a role into: look it up as repaired
    Names n = NameRepair.standard(RoleLexicon.standard()).repair(text, out.require(Tokens.KEY), out.require(Names.KEY));
    return out.require(Titles.KEY).items().stream().map(t -> describe(text, t, n)).toList();
  }

  private static String describe(String text, Title t, Names names) {
    String holder = t.holder().map(id -> names.items().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow()
        .span().of(text)).orElse("-");
    return t.span().of(text) + " | " + t.role() + " | " + holder;
  }

  private static Surface person(String s) {
    return TestNames.of(s, PERSON);
  }

  private static Surface place(String s) {
    return TestNames.of(s, PLACE);
  }

  @Test
  void nationalityAdjectiveBeforeRoleAndNameQualifiesAPreFormRole() {
    assertThat(titles("US Secretary of State Antony Blinken arrived.", person("Antony Blinken")))
        .containsExactly("US Secretary of State | US Secretary of State | Antony Blinken");
  }

  @Test
  void nationalityAdjectiveBeforeAnOfFormRoleMovesBehindIt() {
    assertThat(titles("He met Israeli Prime Minister Benjamin Netanyahu.", person("Benjamin Netanyahu")))
        .containsExactly("Israeli Prime Minister | Prime Minister of Israel | Benjamin Netanyahu");
  }

  @Test
  void possessiveCountryQualifiesTheRole() {
    assertThat(titles("He met Israel's Prime Minister Benjamin Netanyahu.", place("Israel"), person("Benjamin Netanyahu")))
        .containsExactly("Israel's Prime Minister | Prime Minister of Israel | Benjamin Netanyahu");
  }

  @Test
  void abbreviatedRoleIsNormalised() {
    assertThat(titles("Blinken meets Israeli PM Netanyahu", person("Blinken"), person("Netanyahu")))
        .containsExactly("Israeli PM | Prime Minister of Israel | Netanyahu");
  }

  @Test
  void lowerCasePmIsNotARole() {
    assertThat(titles("The meeting at 11:50 pm Netanyahu attended.", person("Netanyahu"))).isEmpty();
  }

  @Test
  void organisationNameBeforeRoleQualifiesIt() {
    assertThat(titles("He met Israel Defence Forces Chief of Staff Herzi Halevi.",
        TestNames.of("Israel Defence Forces", ORG), person("Herzi Halevi")))
        .containsExactly("Israel Defence Forces Chief of Staff | Israel Defence Forces Chief of Staff | Herzi Halevi");
  }

  @Test
  void nationalityTaggedAsANameStillQualifies() {
    assertThat(titles("He met Saudi Crown Prince Mohammed bin Salman Monday.", TestNames.of("Saudi", MISC),
        person("Mohammed bin Salman")))
        .containsExactly("Saudi Crown Prince | Saudi Crown Prince | Mohammed bin Salman");
  }

  @Test
  void dottedAbbreviationIsACountryWhateverTheTokenizer() {
    assertThat(titles("U.S. Secretary of State Antony Blinken spoke.", person("Antony Blinken")))
        .containsExactly("U.S. Secretary of State | US Secretary of State | Antony Blinken");
  }

  @Test
  void bareRoleBeforeAName() {
    assertThat(titles("It hurts President Joe Biden.", person("Joe Biden")))
        .containsExactly("President | President | Joe Biden");
  }

  @Test
  void roleBeforeACommaSeparatedNameIsAnApposition() {
    assertThat(titles("US Secretary of State, Antony Blinken, met him.", place("US"), person("Antony Blinken")))
        .containsExactly("US Secretary of State | US Secretary of State | Antony Blinken");
  }

  @Test
  void nameAfterACommaIsNoHolderOfAnArticledRoleUnlessClosed() {
    assertThat(titles("He travelled with the secretary, Blinken said.", person("Blinken")))
        .containsExactly("the secretary | secretary | -");
  }

  @Test
  void roleAfterANameBetweenCommasIsAnApposition() {
    assertThat(titles("Yoav Gallant, the defence minister, said so.", person("Yoav Gallant")))
        .containsExactly("the defence minister | Defence Minister | Yoav Gallant");
  }

  @Test
  void appositionNotClosedByPunctuationHasNoHolder() {
    assertThat(titles("He met Yoav Gallant, the defence minister and the army chief.", person("Yoav Gallant")))
        .containsExactly("the defence minister | Defence Minister | -", "the army chief | Army Chief | -");
  }

  @Test
  void countryDistributesOverACoordinatedOffice() {
    assertThat(titles("Blinken met with Israeli Prime Minister Benjamin Netanyahu and President Isaac Herzog in Jerusalem.",
        person("Blinken"), person("Benjamin Netanyahu"), person("Isaac Herzog"), place("Jerusalem")))
        .containsExactly("Israeli Prime Minister | Prime Minister of Israel | Benjamin Netanyahu",
            "President | President of Israel | Isaac Herzog");
  }

  @Test
  void distributionIsUndoneWhenTheArticleGivesTheHolderAnotherCountry() {
    assertThat(titles("US President Joe Biden spoke. Israeli Prime Minister Benjamin Netanyahu and President Biden met.",
        person("Joe Biden"), person("Benjamin Netanyahu"), person("Biden")))
        .containsExactly("US President | President of the United States | Joe Biden",
            "Israeli Prime Minister | Prime Minister of Israel | Benjamin Netanyahu", "President | President | Biden");
  }

  @Test
  void roleWithoutNameButWithArticleIsADescription() {
    assertThat(titles("The top US diplomat said so.", place("US")))
        .containsExactly("The top US diplomat | top US diplomat | -");
  }

  @Test
  void definiteRoleAloneIsADescription() {
    assertThat(titles("He travelled with the secretary, CNN reported.", TestNames.of("CNN", ORG)))
        .containsExactly("the secretary | secretary | -");
  }

  @Test
  void roleWithNeitherArticleNorQualifierNorNameIsNothing() {
    assertThat(titles("Presidents and ministers met.")).isEmpty();
  }

  @Test
  void ofCountryAfterTheRoleQualifiesIt() {
    assertThat(titles("The Prime Minister of Israel spoke.", place("Israel")))
        .containsExactly("The Prime Minister of Israel | Prime Minister of Israel | -");
  }

  @Test
  void nameOnlyRoleNeedsAName() {
    assertThat(titles("The general election was held. General Herzi Halevi spoke.", person("Herzi Halevi")))
        .containsExactly("General | General | Herzi Halevi");
  }

  @Test
  void personNameStartingWithARoleHoldsIt() {
    assertThat(titles("He followed President Biden's instructions.", person("President Biden")))
        .containsExactly("President | President | Biden");
  }

  @Test
  void modifiersStayInTheRole() {
    assertThat(titles("Former Israeli Prime Minister Naftali Bennett spoke.", person("Naftali Bennett")))
        .containsExactly("Former Israeli Prime Minister | former Prime Minister of Israel | Naftali Bennett");
  }

  @Test
  void personPossessiveIsNotAQualifier() {
    assertThat(titles("Netanyahu's defence minister resigned.", person("Netanyahu"))).isEmpty();
  }

  @Test
  void indefiniteDescriptionWithAnOrganisationIsKept() {
    assertThat(titles("A senior State Department official also stated that.", TestNames.of("State Department", ORG)))
        .containsExactly("A senior State Department official | senior State Department official | -");
  }

  @Test
  void roleRunIntoAnOrganisationNameIsTheTitleOfThePersonAfterIt() {
    assertThat(titles("He met Israel Defence Forces Chief of Staff Herzi Halevi.",
        TestNames.of("Israel Defence Forces Chief of Staff Herzi Halevi", ORG)))
        .containsExactly("Israel Defence Forces Chief of Staff | Israel Defence Forces Chief of Staff | Herzi Halevi");
  }

  @Test
  void roleRecognisedAsAnOrganisationStillTakesTheHolderAfterTheComma() {
    assertThat(titles("US Secretary of State, Antony Blinken, met him.", TestNames.of("US Secretary of State", ORG),
        person("Antony Blinken")))
        .containsExactly("US Secretary of State | US Secretary of State | Antony Blinken");
  }

  @Test
  void roleRecognisedAsAPersonIsATitleNotAHolder() {
    assertThat(titles("He will meet Israeli Defence Minister, Yoav Gallant, later.", TestNames.of("Israeli", MISC),
        person("Defence Minister"), person("Yoav Gallant")))
        .containsExactly("Israeli Defence Minister | Israeli Defence Minister | Yoav Gallant");
  }

  @Test
  void roleAndFirstNameRecognisedAsAnOrganisationGoToTheWholePersonsName() {
    assertThat(titles("He met Saudi Crown Prince Mohammed bin Salman Monday.",
        TestNames.of("Saudi Crown Prince Mohammed", ORG), person("Salman Monday")))
        .containsExactly("Saudi Crown Prince | Saudi Crown Prince | Mohammed bin Salman");
  }

  @Test
  void roleRecognisedAsAPlaceIsADescription() {
    assertThat(titles("The Crown Prince made it clear.", place("Crown Prince")))
        .containsExactly("The Crown Prince | Crown Prince | -");
  }

  @Test
  void qualifierInFrontThatIsNoCountryStaysInFrontOfAnOfFormRole() {
    assertThat(titles("Harvard University President Claudine Gay spoke.", TestNames.of("Harvard University", ORG),
        person("Claudine Gay")))
        .containsExactly("Harvard University President | Harvard University President | Claudine Gay");
  }
}
