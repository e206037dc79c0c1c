package dev.dateline.nlp.events;

import dev.dateline.nlp.Stage;
import dev.dateline.nlp.StageContract;
import dev.dateline.nlp.entities.EntityStage;
import dev.dateline.nlp.paragraphs.ParagraphStage;
import dev.dateline.nlp.pos.PosStage;
import dev.dateline.nlp.quotes.QuoteStage;
import dev.dateline.nlp.time.TimeStage;
import dev.dateline.nlp.sentences.SentenceStage;
import dev.dateline.nlp.titles.TitlesStage;
import dev.dateline.nlp.tokens.TokenStage;
import dev.dateline.nlp.TestNames;
import java.util.List;

class EventStageContractTest extends StageContract {
  // built once: the tagger's model and the lexicons take seconds to load
  private static final List<Stage> BEFORE = List.of(new ParagraphStage(), new TokenStage(), new SentenceStage(),
      PosStage.standard(), TimeStage.standard(), new TestNames.CapitalisedWordsStage(), TitlesStage.standard(), EntityStage.standard(),
      QuoteStage.standard());
  private static final EventStage STAGE = EventStage.standard();

  @Override
  protected Stage stage() {
    return STAGE;
  }

  @Override
  protected List<Stage> prerequisites() {
    return BEFORE;
  }
}
