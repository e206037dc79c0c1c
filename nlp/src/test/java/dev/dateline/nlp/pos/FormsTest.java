package dev.dateline.nlp.pos;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormsTest {
  @Test
  void typographicCharactersAreSpelledInAscii() {
    assertThat(Forms.normalise("don\u2019t")).isEqualTo("don't");
    assertThat(Forms.normalise("\u201cHi\u201d")).isEqualTo("\"Hi\"");
    assertThat(Forms.normalise("\u2014")).isEqualTo("--");
    assertThat(Forms.normalise("1990\u20131995")).isEqualTo("1990-1995");
    assertThat(Forms.normalise("\u2026")).isEqualTo("...");
  }

  @Test
  void aPlainFormIsReturnedAsItIs() {
    String plain = "plain";
    assertThat(Forms.normalise(plain)).isSameAs(plain);
  }

  @Test
  void shapeCollapsesRunsOfTheSameClass() {
    assertThat(Forms.shape("Al-Ani")).isEqualTo("Xx-Xx");
    assertThat(Forms.shape("1999")).isEqualTo("d");
    assertThat(Forms.shape("U.S.")).isEqualTo("X.X.");
  }

  @Test
  void aHyphenatedWordsTailIsItsLastPart() {
    assertThat(Features.tail("iranian-backed")).isEqualTo("backed");
    assertThat(Features.tail("15-year-old")).isEqualTo("old");
    assertThat(Features.tail("-backed")).isNull();
    assertThat(Features.tail("1990-91")).isNull();
    assertThat(Features.tail("plain")).isNull();
  }
}
