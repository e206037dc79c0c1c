package dev.dateline.nlp.ner;

import dev.dateline.nlp.Stage;
import dev.dateline.nlp.StageContract;
import dev.dateline.nlp.paragraphs.ParagraphStage;
import dev.dateline.nlp.sentences.SentenceStage;
import dev.dateline.nlp.tokens.TokenStage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

class NerStageContractTest extends StageContract {
  // loaded once for the class: the contract asks for a fresh stage many times, and the stage itself holds no state
  private static NerModel model;

  private static synchronized NerModel model() {
    if (model == null) {
      try {
        model = NerStage.standardModel();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return model;
  }

  @Override
  protected Stage stage() {
    return new NerStage(model());
  }

  @Override
  protected List<Stage> prerequisites() {
    return List.of(new ParagraphStage(), new TokenStage(), new SentenceStage());
  }
}
