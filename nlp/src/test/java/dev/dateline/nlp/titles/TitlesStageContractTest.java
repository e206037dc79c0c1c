package dev.dateline.nlp.titles;

import dev.dateline.nlp.Stage;
import dev.dateline.nlp.StageContract;
import dev.dateline.nlp.TestNames;
import dev.dateline.nlp.tokens.TokenStage;
import java.util.List;

class TitlesStageContractTest extends StageContract {
  @Override
  protected Stage stage() {
    return TitlesStage.standard();
  }

  @Override
  protected List<Stage> prerequisites() {
    return List.of(new TokenStage(), new TestNames.CapitalisedWordsStage());
  }
}
