package dev.dateline.nlp.paragraphs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.model.Paragraphs;
import dev.dateline.nlp.Stage;
import dev.dateline.nlp.StageContract;
import dev.dateline.nlp.TestArticles;
import dev.dateline.model.Document;
import org.junit.jupiter.api.Test;

class ParagraphStageTest extends StageContract {

  @Override
  protected Stage stage() {
    return new ParagraphStage();
  }

  @Test
  void blankLinesSeparateParagraphsAndSurroundingSpaceIsTrimmed() {
    String text = "  First one.\n\n Second one. \r\nThird.";
    Paragraphs p = new ParagraphStage().apply(Document.of(TestArticles.of(text))).require(Paragraphs.KEY);
    assertThat(p.items()).extracting(x -> x.span().of(text)).containsExactly("First one.", "Second one.", "Third.");
  }
}
