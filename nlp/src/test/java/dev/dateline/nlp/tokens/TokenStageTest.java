package dev.dateline.nlp.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.model.Document;
import dev.dateline.model.Tokens;
import dev.dateline.nlp.Stage;
import dev.dateline.nlp.StageContract;
import dev.dateline.nlp.TestArticles;
import org.junit.jupiter.api.Test;

class TokenStageTest extends StageContract {

  @Override
  protected Stage stage() {
    return new TokenStage();
  }

  @Test
  void wordsNumbersAndPunctuationBecomeTokensWithOffsets() {
    String text = "Blinken's 1,050-km trip, 11:50 am.";
    Tokens t = new TokenStage().apply(Document.of(TestArticles.of(text))).require(Tokens.KEY);
    assertThat(t.items()).extracting(x -> x.span().of(text))
        .containsExactly("Blinken's", "1,050-km", "trip", ",", "11", ":", "50", "am", ".");
  }
}
