package dev.dateline.nlp.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuotesTest {
  @Test
  void straightOpeningMarkClosesWithACurlyOne() {
    String text = "\"This is it,” said Blinken";
    Quotes q = Quotes.of(text);
    assertThat(q.inside(text.indexOf("This"))).isTrue();
    assertThat(q.inside(text.indexOf("Blinken"))).isFalse();
  }

  @Test
  void lineBreakEndsAnUnclosedQuotation() {
    String text = "“Unclosed\nBlinken said";
    assertThat(Quotes.of(text).inside(text.indexOf("Blinken"))).isFalse();
  }

  @Test
  void singleQuotesAreNotQuotations() {
    String text = "a 'difficult' decision by Blinken";
    assertThat(Quotes.of(text).inside(text.indexOf("difficult"))).isFalse();
  }
}
