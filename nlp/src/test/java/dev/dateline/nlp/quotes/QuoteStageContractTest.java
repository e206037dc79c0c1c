package dev.dateline.nlp.quotes;

import dev.dateline.nlp.Stage;
import dev.dateline.nlp.StageContract;
import dev.dateline.nlp.TestNames;
import dev.dateline.nlp.entities.EntityStage;
import dev.dateline.nlp.paragraphs.ParagraphStage;
import dev.dateline.nlp.pos.PosStage;
import dev.dateline.nlp.sentences.SentenceStage;
import dev.dateline.nlp.titles.TitlesStage;
import dev.dateline.nlp.tokens.TokenStage;
import java.util.List;

class QuoteStageContractTest extends StageContract {
  @Override
  protected Stage stage() {
    return QuoteStage.standard();
  }

  @Override
  protected List<Stage> prerequisites() {
    return List.of(new ParagraphStage(), new TokenStage(), new SentenceStage(), PosStage.standard(),
        new TestNames.CapitalisedWordsStage(), TitlesStage.standard(), EntityStage.standard());
  }
}
