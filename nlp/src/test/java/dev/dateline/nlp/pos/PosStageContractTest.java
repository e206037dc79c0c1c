package dev.dateline.nlp.pos;

import dev.dateline.nlp.Stage;
import dev.dateline.nlp.StageContract;
import dev.dateline.nlp.paragraphs.ParagraphStage;
import dev.dateline.nlp.sentences.SentenceStage;
import dev.dateline.nlp.tokens.TokenStage;
import java.util.List;

class PosStageContractTest extends StageContract {
  // the bundled model is loaded once for the class: the contract asks for the stage many times
  private static final PosTagger TAGGER = PosTagger.standard();

  @Override
  protected Stage stage() {
    return new PosStage(TAGGER);
  }

  @Override
  protected List<Stage> prerequisites() {
    return List.of(new ParagraphStage(), new TokenStage(), new SentenceStage());
  }
}
