package dev.dateline.nlp.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class EntityLexiconTest {
  @Test
  void malformedLineNamesFileAndLine() {
    assertThatThrownBy(() -> EntityLexicon.lines(new StringReader("# comment\nhe\tm\textra\n"), "pronouns.tsv", 2))
        .isInstanceOf(IOException.class).hasMessageContaining("pronouns.tsv: line 2: expected 2");
  }

  @Test
  void descriptorIsCompatibleWithItselfAndItsListedRoles() {
    assertThat(EntityLexicon.standard().compatible("Diplomat")).contains("diplomat", "secretary of state");
  }

  @Test
  void pronounsAndClauseOpenersAreCaseInsensitive() {
    EntityLexicon lexicon = EntityLexicon.standard();
    assertThat(lexicon.pronoun("He")).contains("m");
    assertThat(lexicon.pronoun("they")).isEmpty();
    assertThat(lexicon.opensClause("But")).isTrue();
  }
}
