package dev.dateline.nlp.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EntityLexiconTest {
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
