package dev.dateline.nlp.events;

import dev.dateline.model.Article;
import dev.dateline.model.Document;
import dev.dateline.nlp.TestArticles;
import dev.dateline.nlp.TestNames;
import dev.dateline.nlp.TestNames.Surface;
import dev.dateline.nlp.entities.EntityStage;
import dev.dateline.nlp.paragraphs.ParagraphStage;
import dev.dateline.nlp.pos.PosStage;
import dev.dateline.nlp.quotes.QuoteStage;
import dev.dateline.nlp.sentences.SentenceStage;
import dev.dateline.nlp.time.TimeStage;
import dev.dateline.nlp.titles.TitlesStage;
import dev.dateline.nlp.tokens.TokenStage;
import java.util.List;

/** The stages the event stage reads, run on hand-made text with the names given (no recogniser), then events. */
final class EventPipeline {
  private static final PosStage POS = PosStage.standard();
  private static final TimeStage TIME = TimeStage.standard();
  private static final TitlesStage TITLES = TitlesStage.standard();
  private static final EntityStage ENTITIES = EntityStage.standard();
  private static final QuoteStage QUOTES = QuoteStage.standard();
  private static final EventStage STAGE = EventStage.standard();

  private EventPipeline() {}

  static Document run(String text, Surface... names) {
    return run(TestArticles.of(text), names);
  }

  static Document run(Article article, Surface... names) {
    return run(STAGE, article, names);
  }

  /** The same stages with {@code events} as the event stage. */
  static Document run(EventStage events, Article article, Surface... names) {
    Document d = Document.of(article);
    d = new ParagraphStage().apply(d);
    d = new TokenStage().apply(d);
    d = new SentenceStage().apply(d);
    d = POS.apply(d);
    d = TIME.apply(d);
    d = TestNames.add(d, List.of(names));
    d = TITLES.apply(d);
    d = ENTITIES.apply(d);
    d = QUOTES.apply(d);
    return events.apply(d);
  }
}
