package dev.dateline.nlp.sentences;

import dev.dateline.nlp.Stage;
import dev.dateline.nlp.StageContract;
import dev.dateline.nlp.paragraphs.ParagraphStage;
import dev.dateline.nlp.tokens.TokenStage;
import java.util.List;

class SentenceStageContractTest extends StageContract {
  @Override
  protected Stage stage() {
    return new SentenceStage();
  }

  @Override
  protected List<Stage> prerequisites() {
    return List.of(new ParagraphStage(), new TokenStage());
  }
}
