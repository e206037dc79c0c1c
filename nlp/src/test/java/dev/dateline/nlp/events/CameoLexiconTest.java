package dev.dateline.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.model.Events;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CameoLexiconTest {
  private static final CameoLexicon LEXICON = CameoLexicon.standard();
  private static final ActorCoder CODER = ActorCoder.standard();

  @Test
  void aVisitIsConsultWithModeVisit() {
    assertThat(LEXICON.plover("042")).hasValue(new CameoLexicon.Plover(Events.Type.CONSULT, Optional.of("visit")));
  }

  @Test
  void rootOneIsStatementWhichPloverDrops() {
    assertThat(LEXICON.plover("010").map(CameoLexicon.Plover::type)).hasValue(Events.Type.STATEMENT);
  }

  @Test
  void rootNineteenIsAssault() {
    assertThat(LEXICON.plover("190").map(CameoLexicon.Plover::type)).hasValue(Events.Type.ASSAULT);
  }

  @Test
  void anInflectedFormTheDictionaryListsLeadsToItsVerb() {
    // "EXPEL {EXPELS EXPELLING EXPELLED }": the form reaches EXPEL's entries whatever the lemmatiser makes of it
    assertThat(LEXICON.verbsOfForm("expelled")).isNotEmpty().allSatisfy(v -> assertThat(v.lemma()).isEqualTo("expel"));
    assertThat(LEXICON.verbsOfForm("meeting")).allSatisfy(v -> assertThat(v.lemma()).isEqualTo("meet"));
    assertThat(LEXICON.verbsOfForm("no-such-form")).isEmpty();
  }

  @Test
  void meetWithIsAConsultVerbWithItsParticle() {
    assertThat(LEXICON.verbs("meet")).anySatisfy(v -> {
      assertThat(v.particle()).containsExactly("with");
      assertThat(v.code()).startsWith("04");
    });
  }

  @Test
  void countryAndRoleMakeCountryPlusSector() {
    assertThat(CODER.phrase("US Secretary of State")).hasValue("USAGOV");
  }

  @Test
  void anInstitutionInATitleGivesItsOwnCode() {
    assertThat(CODER.phrase("Israel Defence Forces Chief of Staff")).hasValue("ISRMIL");
  }

  @Test
  void aLowerCaseUsIsNoCountry() {
    assertThat(CODER.phrase("told us")).isEmpty();
  }
}
