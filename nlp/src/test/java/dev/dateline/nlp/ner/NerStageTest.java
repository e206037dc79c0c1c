package dev.dateline.nlp.ner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.model.Document;
import dev.dateline.model.EntityType;
import dev.dateline.model.Names;
import dev.dateline.nlp.TestArticles;
import dev.dateline.nlp.paragraphs.ParagraphStage;
import dev.dateline.nlp.sentences.SentenceStage;
import dev.dateline.nlp.tokens.TokenStage;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class NerStageTest {
  private static NerModel model;

  /** A model trained here on a hand-made set, so the test does not depend on the bundled model's mistakes. */
  @BeforeAll
  static void train() throws IOException {
    String data = """
        Antony B-PER
        Blinken I-PER
        's O
        visit O
        to O
        Doha B-LOC
        ended O
        . O

        Blinken B-PER
        met O
        Hamas B-ORG
        in O
        Doha B-LOC
        . O

        Hamas B-ORG
        said O
        " O
        no O
        " O
        . O
        """;
    List<Conll.Doc> docs = Conll.read(new BufferedReader(new StringReader(data)), "data");
    NerTrainer.Options options = new NerTrainer.Options(1, 5, 2, false, false, false, true, 0f);
    model = NerTrainer.train(docs, Optional.empty(), options, Gazetteers.of(Map.of()), dev.dateline.nlp.clusters.WordClusters.empty(), l -> {});
  }

  private static List<Names.Name> names(String text) {
    return names(new NerStage(model), text);
  }

  private static List<Names.Name> names(NerStage stage, String text) {
    Document d = Document.of(TestArticles.of("t", text));
    d = new SentenceStage().apply(new TokenStage().apply(new ParagraphStage().apply(d)));
    return stage.apply(d).require(Names.KEY).items();
  }

  @Test
  void possessiveWithCurlyApostropheIsLeftOutOfTheName() {
    String text = "Antony Blinken’s visit to Doha ended.";
    List<Names.Name> names = names(text);
    assertThat(names).extracting(n -> n.span().of(text)).containsExactly("Antony Blinken", "Doha");
    assertThat(names).extracting(Names.Name::type).containsExactly(EntityType.PERSON, EntityType.PLACE);
  }

  @Test
  void bundledModelMapsConllTypesToEntityTypesAndNumbersIds() {
    String text = "Peter Blackburn told Reuters in Brussels on Monday.";
    List<Names.Name> names = names(NerStage.standard(), text);
    assertThat(names).extracting(Names.Name::type).containsExactly(EntityType.PERSON, EntityType.ORG, EntityType.PLACE);
    assertThat(names).extracting(Names.Name::id).containsExactly("n0", "n1", "n2");
  }

  @Test
  void curlyQuotesReadAsStraightOnes() {
    assertThat(Words.normalise("“no”")).isEqualTo("\"no\"");
    assertThat(Words.normalise("Blinken’s")).isEqualTo("Blinken's");
    assertThat(Words.normalise("1990–91")).isEqualTo("1990-91");
  }
}
