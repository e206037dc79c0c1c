package dev.dateline.nlp.titles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dateline.nlp.titles.RoleLexicon.Kind;
import dev.dateline.nlp.titles.RoleLexicon.Role;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RoleLexiconTest {
  private static final RoleLexicon LEXICON = RoleLexicon.standard();

  @Test
  void ofFormRoleParsesToItsCountry() {
    assertThat(LEXICON.parse("Prime Minister of Israel")).contains(new Role("Prime Minister", Kind.OFFICE, List.of(),
        Optional.of("Israel"), Optional.of("Israel"), Optional.empty()));
  }

  @Test
  void preFormRoleParsesItsAdjectiveToACountry() {
    Role r = LEXICON.parse("US Secretary of State").orElseThrow();
    assertThat(r.base()).isEqualTo("Secretary of State");
    assertThat(r.country()).contains("United States");
  }

  @Test
  void organisationQualifierIsNoCountry() {
    Role r = LEXICON.parse("Israel Defence Forces Chief of Staff").orElseThrow();
    assertThat(r.base()).isEqualTo("Chief of Staff");
    assertThat(r.qualifier()).contains("Israel Defence Forces");
    assertThat(r.country()).isEmpty();
  }

  @Test
  void modifiersAreTakenOffTheFront() {
    Role r = LEXICON.parse("top US diplomat").orElseThrow();
    assertThat(r.modifiers()).containsExactly("top");
    assertThat(r.base()).isEqualTo("diplomat");
    assertThat(r.kind()).isEqualTo(Kind.DESCRIPTOR);
  }

  @Test
  void ofFormWithACountryThatTakesTheArticle() {
    assertThat(LEXICON.parse("President of the United States").orElseThrow().country()).contains("United States");
  }

  @Test
  void roleGenderComesFromTheLexicon() {
    assertThat(LEXICON.parse("Saudi Crown Prince").orElseThrow().gender()).contains("m");
  }

  @Test
  void unknownRoleDoesNotParse() {
    assertThat(LEXICON.parse("chief gardener of Kew")).isEmpty();
  }

  @Test
  void countryAliasesMapToTheCanonicalName() {
    assertThat(LEXICON.country("U.S.")).contains("United States");
    assertThat(LEXICON.country("Israeli")).contains("Israel");
    assertThat(LEXICON.country("Atlantis")).isEmpty();
  }

  @Test
  void nationalityAdjectivesAreToldApartFromCountryNames() {
    assertThat(LEXICON.nationality("Israeli")).isTrue();
    assertThat(LEXICON.nationality("Israel")).isFalse();
    assertThat(LEXICON.nationality("US")).isFalse();
  }

  @Test
  void malformedRoleLineNamesFileAndLine() {
    String roles = "# header\npresident\tPresident\tafter\toffice\t-\tany\tfree\n";
    assertThatThrownBy(() -> RoleLexicon.read(new StringReader(roles), "roles.tsv", new StringReader(""), "countries.tsv",
        new StringReader(""), "modifiers.tsv"))
        .isInstanceOf(IOException.class).hasMessageContaining("roles.tsv: line 2").hasMessageContaining("form");
  }

  @Test
  void missingColumnNamesFileAndLine() {
    assertThatThrownBy(() -> RoleLexicon.read(new StringReader(""), "roles.tsv", new StringReader("Israel\tIsrael\n"),
        "countries.tsv", new StringReader(""), "modifiers.tsv"))
        .isInstanceOf(IOException.class).hasMessageContaining("countries.tsv: line 1: expected 5");
  }
}
