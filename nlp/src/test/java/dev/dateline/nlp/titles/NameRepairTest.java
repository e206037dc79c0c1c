package dev.dateline.nlp.titles;

import static dev.dateline.model.EntityType.ORG;
import static dev.dateline.model.EntityType.PERSON;
import static dev.dateline.model.EntityType.PLACE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dateline.model.Document;
import dev.dateline.model.Names;
import dev.dateline.model.Names.Name;
import dev.dateline.model.Tokens;
import dev.dateline.nlp.TestArticles;
import dev.dateline.nlp.TestNames;
import dev.dateline.nlp.TestNames.Surface;
import dev.dateline.nlp.tokens.TokenStage;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each test hands the repair names as a CoNLL-trained recogniser gets them wrong in news. */
class NameRepairTest {
  private static final RoleLexicon ROLES = RoleLexicon.standard();
  private static final NameRepair REPAIR = NameRepair.standard(ROLES);

  private record Repaired(Names before, Names after, String text) {
    /** "text/TYPE" of every repaired name, in text order. */
    List<String> names() {
      return after.items().stream().map(n -> n.span().of(text) + "/" + n.type()).toList();
    }

    String idOf(String written) {
      return after.items().stream().filter(n -> n.span().of(text).equals(written)).findFirst().map(Name::id).orElseThrow();
    }

    String idBefore(String written) {
      return before.items().stream().filter(n -> n.span().of(text).equals(written)).findFirst().map(Name::id).orElseThrow();
    }
  }

  private static Repaired repair(String text, Surface... names) {
    Document d = TestNames.add(new TokenStage().apply(Document.of(TestArticles.of(text))), List.of(names));
    Names before = d.require(Names.KEY);
    return new Repaired(before, REPAIR.repair(text, d.require(Tokens.KEY), before), text);
  }

  private static Surface person(String s) {
    return TestNames.of(s, PERSON);
  }

  private static Surface org(String s) {
    return TestNames.of(s, ORG);
  }

  @Test
  void organisationRoleAndHolderRunTogetherSplitIntoOrganisationAndPerson() {
    Repaired r = repair("He met Israel Defence Forces Chief of Staff Herzi Halevi.",
        org("Israel Defence Forces Chief of Staff Herzi Halevi"));
    assertThat(r.names()).containsExactly("Israel Defence Forces/ORG", "Herzi Halevi/PERSON");
  }

  @Test
  void personsPartOfASplitNameKeepsTheNamesId() {
    Repaired r = repair("He met Israel Defence Forces Chief of Staff Herzi Halevi.",
        org("Israel Defence Forces Chief of Staff Herzi Halevi"));
    assertThat(r.idOf("Herzi Halevi")).isEqualTo(r.idBefore("Israel Defence Forces Chief of Staff Herzi Halevi"));
  }

  @Test
  void nameStartingInsideARoleWrittenBeforeItLosesTheRolesWords() {
    Repaired r = repair("He met Israel Defence Forces Chief of Staff Herzi Halevi.", org("Israel Defence Forces"),
        org("Staff Herzi Halevi"));
    assertThat(r.names()).containsExactly("Israel Defence Forces/ORG", "Herzi Halevi/PERSON");
  }

  @Test
  void nameThatIsOnlyTheEndOfARoleIsDropped() {
    Repaired r = repair("He met the Chief of Staff today.", org("Staff"));
    assertThat(r.names()).isEmpty();
  }

  @Test
  void nameThatIsOnlyARoleIsDropped() {
    Repaired r = repair("The Crown Prince and the Defence Minister spoke.", TestNames.of("Crown Prince", PLACE),
        person("Defence Minister"));
    assertThat(r.names()).isEmpty();
  }

  @Test
  void countryNameBeforeARoleOnlyNameBecomesAPlace() {
    Repaired r = repair("US Secretary of State, Antony Blinken, met him.", org("US Secretary of State"),
        person("Antony Blinken"));
    assertThat(r.names()).containsExactly("US/PLACE", "Antony Blinken/PERSON");
  }

  @Test
  void countryAfterOfInARoleOnlyNameBecomesAPlace() {
    Repaired r = repair("The Prime Minister of Israel spoke.", org("Prime Minister of Israel"));
    assertThat(r.names()).containsExactly("Israel/PLACE");
  }

  @Test
  void nationalityBeforeARoleBecomesMisc() {
    Repaired r = repair("He met Saudi Crown Prince Mohammed Ali.", org("Saudi Crown Prince Mohammed Ali"));
    assertThat(r.names()).containsExactly("Saudi/MISC", "Mohammed Ali/PERSON");
  }

  @Test
  void roleModifierStaysWithTheRole() {
    Repaired r = repair("He met Hamas Deputy Leader Saleh Arouri.", org("Hamas Deputy Leader Saleh Arouri"));
    assertThat(r.names()).containsExactly("Hamas/ORG", "Saleh Arouri/PERSON");
  }

  @Test
  void roleAtTheStartOfAPersonsNameIsTakenOut() {
    Repaired r = repair("President Biden spoke.", person("President Biden"));
    assertThat(r.names()).containsExactly("Biden/PERSON");
  }

  @Test
  void personsNameEndingInARoleWordIsKept() {
    Repaired r = repair("Martin Luther King spoke.", person("Martin Luther King"));
    assertThat(r.names()).containsExactly("Martin Luther King/PERSON");
  }

  @Test
  void oneWordAfterARoleInAnOrganisationNameIsAPersonWhenAnotherPersonsNameEndsWithIt() {
    Repaired r = repair("President Biden spoke. Joe Biden left.", org("President Biden"), person("Joe Biden"));
    assertThat(r.names()).containsExactly("Biden/PERSON", "Joe Biden/PERSON");
  }

  @Test
  void oneWordAfterARoleInAnOrganisationNameWithoutEvidenceStaysWhole() {
    Repaired r = repair("The Senator Lounge is full.", org("Senator Lounge"));
    assertThat(r.names()).containsExactly("Senator Lounge/ORG");
  }

  @Test
  void organisationHeadAfterARoleKeepsTheNameWhole() {
    Repaired r = repair("The UN General Assembly Hall voted.", org("UN General Assembly Hall"));
    assertThat(r.names()).containsExactly("UN General Assembly Hall/ORG");
  }

  @Test
  void possessiveAfterARoleKeepsTheNameWhole() {
    Repaired r = repair("The Prime Minister's Office said so.", org("Prime Minister's Office"));
    assertThat(r.names()).containsExactly("Prime Minister's Office/ORG");
  }

  @Test
  void weekdayIsCutFromTheEndOfAName() {
    Repaired r = repair("They met Salman Monday.", person("Salman Monday"));
    assertThat(r.names()).containsExactly("Salman/PERSON");
  }

  @Test
  void nameThatIsOnlyAWeekdayIsDropped() {
    Repaired r = repair("They met on Wednesday.", org("Wednesday"));
    assertThat(r.names()).isEmpty();
  }

  @Test
  void nameThatIsOnlyAMonthIsDropped() {
    Repaired r = repair("Talks resume in August.", org("August"));
    assertThat(r.names()).isEmpty();
  }

  @Test
  void monthThatEndsAPersonsNameIsKept() {
    Repaired r = repair("Theresa May spoke. May left.", person("Theresa May"), person("May"));
    assertThat(r.names()).containsExactly("Theresa May/PERSON", "May/PERSON");
  }

  @Test
  void nameParticleJoinsTwoPartsOfAPersonsName() {
    Repaired r = repair("Ursula von der Leyen spoke.", person("Ursula"), person("Leyen"));
    assertThat(r.names()).containsExactly("Ursula von der Leyen/PERSON");
  }

  @Test
  void nameParticleTakesInACapitalisedWordTheRecogniserLeftOut() {
    Repaired r = repair("Mohammed bin Salman spoke.", person("Mohammed"));
    assertThat(r.names()).containsExactly("Mohammed bin Salman/PERSON");
  }

  @Test
  void roleWeekdayAndParticleRepairsCombine() {
    Repaired r = repair("He met Saudi Crown Prince Mohammed bin Salman Monday.", org("Saudi Crown Prince Mohammed"),
        person("Salman Monday"));
    assertThat(r.names()).containsExactly("Saudi/MISC", "Mohammed bin Salman/PERSON");
  }

  @Test
  void countryNameTaggedAsOrganisationIsAPlace() {
    Repaired r = repair("The US said no.", org("US"));
    assertThat(r.names()).containsExactly("US/PLACE");
  }

  @Test
  void nationalityTaggedAsPersonIsMisc() {
    Repaired r = repair("Israeli troops moved.", person("Israeli"));
    assertThat(r.names()).containsExactly("Israeli/MISC");
  }

  @Test
  void ordinaryNamesAreKeptWithTheirIds() {
    Repaired r = repair("Antony Blinken visited Gaza.", person("Antony Blinken"), TestNames.of("Gaza", PLACE));
    assertThat(r.after()).isEqualTo(r.before());
  }

  @Test
  void unknownWordClassNamesFileAndLine() {
    assertThatThrownBy(() -> NameRepair.read(ROLES, new StringReader("# words\nmonday\tday\n"), "name-words.tsv"))
        .isInstanceOf(IOException.class).hasMessageContaining("name-words.tsv: line 2").hasMessageContaining("class");
  }

  @Test
  void lineWithoutAClassNamesFileAndLine() {
    assertThatThrownBy(() -> NameRepair.read(ROLES, new StringReader("monday\n"), "name-words.tsv"))
        .isInstanceOf(IOException.class).hasMessageContaining("name-words.tsv: line 1");
  }
}
