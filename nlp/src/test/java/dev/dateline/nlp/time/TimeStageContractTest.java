package dev.dateline.nlp.time;

import dev.dateline.nlp.Stage;
import dev.dateline.nlp.StageContract;
import dev.dateline.nlp.paragraphs.ParagraphStage;
import dev.dateline.nlp.pos.PosStage;
import dev.dateline.nlp.sentences.SentenceStage;
import dev.dateline.nlp.tokens.TokenStage;
import java.util.List;

class TimeStageContractTest extends StageContract {
  private static final Stage POS = PosStage.standard();

  @Override
  protected Stage stage() {
    return TimeStage.standard();
  }

  @Override
  protected List<Stage> prerequisites() {
    return List.of(new ParagraphStage(), new TokenStage(), new SentenceStage(), POS);
  }
}
