package dev.dateline.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.model.Span;
import dev.dateline.model.Tokens;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenSearchTest {
  // "Blinken met Netanyahu": tokens [0,7) [8,11) [12,21)
  private static final List<Tokens.Token> TOKENS = List.of(new Tokens.Token("t0", new Span(0, 7)),
      new Tokens.Token("t1", new Span(8, 11)), new Tokens.Token("t2", new Span(12, 21)));

  @Test
  void anOffsetInsideATokenFindsIt() {
    assertThat(TokenSearch.containing(TOKENS, 9)).isEqualTo(1);
    assertThat(TokenSearch.containingOrNext(TOKENS, 9)).isEqualTo(1);
  }

  @Test
  void anOffsetBetweenTokensFindsNoneOrTheNext() {
    assertThat(TokenSearch.containing(TOKENS, 7)).isEqualTo(-1);
    assertThat(TokenSearch.containingOrNext(TOKENS, 7)).isEqualTo(1);
  }

  @Test
  void anOffsetAfterTheLastTokenFindsNone() {
    assertThat(TokenSearch.containing(TOKENS, 21)).isEqualTo(-1);
    assertThat(TokenSearch.containingOrNext(TOKENS, 21)).isEqualTo(-1);
  }
}
