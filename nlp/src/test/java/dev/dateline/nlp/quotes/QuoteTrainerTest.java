package dev.dateline.nlp.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.model.Document;
import dev.dateline.model.EntityType;
import dev.dateline.model.Span;
import dev.dateline.nlp.TestArticles;
import dev.dateline.nlp.TestNames;
import dev.dateline.nlp.entities.EntityStage;
import dev.dateline.nlp.learn.LinearModel;
import dev.dateline.nlp.paragraphs.ParagraphStage;
import dev.dateline.nlp.pos.PosStage;
import dev.dateline.nlp.quotes.Polnear.Role;
import dev.dateline.nlp.sentences.SentenceStage;
import dev.dateline.nlp.titles.TitlesStage;
import dev.dateline.nlp.tokens.TokenStage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QuoteTrainerTest {
  private static QuoteTrainer.Example example(String text, Map<Role, List<Span>> gold) {
    Document d = Document.of(TestArticles.of(text));
    d = new ParagraphStage().apply(d);
    d = new TokenStage().apply(d);
    d = new SentenceStage().apply(d);
    d = PosStage.standard().apply(d);
    d = TestNames.add(d, List.of(TestNames.of("Jane Doe", EntityType.PERSON)));
    d = TitlesStage.standard().apply(d);
    d = EntityStage.standard().apply(d);
    return new QuoteTrainer.Example(d, gold);
  }

  private static List<QuoteTrainer.Example> examples() {
    String a = "Jane Doe thinks the plan will fail.";
    String b = "The plan will fail, Jane Doe believes.";
    return List.of(
        example(a, Map.of(Role.SOURCE, List.of(new Span(0, 8)), Role.CUE, List.of(new Span(9, 15)),
            Role.CONTENT, List.of(new Span(16, 34)))),
        example(b, Map.of(Role.CONTENT, List.of(new Span(0, 18)), Role.SOURCE, List.of(new Span(20, 28)),
            Role.CUE, List.of(new Span(29, 37)))));
  }

  private static byte[] bytes(LinearModel model) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    model.writeSparse(out);
    return out.toByteArray();
  }

  @Test
  void sameDataAndSeedGiveTheSameModel() throws IOException {
    byte[] once = bytes(QuoteTrainer.train(examples(), 3, 7, 0f, null));
    byte[] again = bytes(QuoteTrainer.train(examples(), 3, 7, 0f, null));
    assertThat(again).isEqualTo(once);
  }

  @Test
  void trainedTaggerLabelsWhatItLearnt() {
    List<QuoteTrainer.Example> examples = examples();
    QuoteStage stage = QuoteStage.withModel(QuoteTrainer.train(examples, 10, 7, 0f, null));
    Document d = stage.apply(examples.get(0).document());
    Map<Role, List<Span>> predicted = Polnear.predicted(d.require(dev.dateline.model.Quotes.KEY));
    assertThat(predicted.get(Role.CUE)).containsExactly(new Span(9, 15));
    assertThat(predicted.get(Role.SOURCE)).containsExactly(new Span(0, 8));
  }
}
