package dev.dateline.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.dateline.model.Span;
import dev.dateline.nlp.Pipeline;
import dev.dateline.nlp.paragraphs.ParagraphStage;
import dev.dateline.nlp.pos.PosStage;
import dev.dateline.nlp.sentences.SentenceStage;
import dev.dateline.nlp.time.TimeEvaluation.Doc;
import dev.dateline.nlp.time.TimeEvaluation.Timex;
import dev.dateline.nlp.tokens.TokenStage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeEvaluationTest {
  private static final String TML = """
      <?xml version="1.0" ?>
      <TimeML>
      <DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" functionInDocument="CREATION_TIME">19980108</TIMEX3></DCT>
      <TEXT>
      Sales &amp; profits <EVENT eid="e1">fell</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-01-07">yesterday</TIMEX3> after <TIMEX3 tid="t2" type="DURATION" value="P2W">two weeks</TIMEX3>.
      </TEXT>
      </TimeML>
      """;

  @Test
  void timeMlTextLosesItsTagsAndKeepsItsCharacters() throws IOException {
    Doc doc = TimeMl.read("a.tml", TML);
    assertThat(doc.text()).isEqualTo("\nSales & profits fell yesterday after two weeks.\n");
    assertThat(doc.creation()).contains(LocalDate.of(1998, 1, 8));
    assertThat(doc.gold()).extracting(t -> t.span().of(doc.text())).containsExactly("yesterday", "two weeks");
    assertThat(doc.gold().get(1).value()).isEqualTo("P2W");
  }

  @Test
  void timeMlWithoutTextIsAnErrorNamingTheFile() {
    assertThatThrownBy(() -> TimeMl.read("b.tml", "<TimeML></TimeML>")).hasMessageContaining("b.tml");
  }

  @Test
  void writtenPredictionsReadBackToTheSameTextAndTimexes() throws IOException {
    Doc doc = TimeMl.read("a.tml", TML);
    List<Timex> system = List.of(new Timex(new Span(21, 30), "DATE", "1998-01-07"));
    Doc back = TimeMl.read("a.tml", TimeMl.write(doc, system));
    assertThat(back.text()).isEqualTo(doc.text());
    assertThat(back.gold()).containsExactlyElementsOf(system);
  }

  @Test
  void meantimeTextIsRebuiltFromTokensWithTimexesOverTheirAnchors() throws IOException {
    String xml = """
        <Document doc_id="1"><token t_id="1" sentence="0" number="0">Prices</token>
        <token t_id="2" sentence="0" number="1">rose</token><token t_id="3" sentence="1" number="2">May</token>
        <token t_id="4" sentence="1" number="3">14</token>
        <Markables><TIMEX3 m_id="9" type="DATE" value="2009-05-14" functionInDocument="CREATION_TIME">
        <token_anchor t_id="3"/><token_anchor t_id="4"/></TIMEX3></Markables></Document>
        """;
    Doc doc = Meantime.read("m.xml", xml);
    assertThat(doc.text()).isEqualTo("Prices rose\nMay 14");
    assertThat(doc.creation()).contains(LocalDate.of(2009, 5, 14));
    assertThat(doc.gold()).extracting(t -> t.span().of(doc.text())).containsExactly("May 14");
  }

  @Test
  void scoreMatchesOverlapsOnceAndAttributesOverRelaxedMatches() {
    TimeEvaluation.Score score = new TimeEvaluation.Score();
    List<Timex> gold = List.of(new Timex(new Span(0, 14), "DATE", "2024-02-06TNI"), new Timex(new Span(20, 27), "DURATION", "P45D"));
    List<Timex> system = List.of(new Timex(new Span(0, 7), "DATE", "2024-02-06"), new Timex(new Span(3, 9), "DATE", "x"),
        new Timex(new Span(20, 27), "DURATION", "P45D"));
    score.add(gold, system);
    assertThat(score.relaxedRecall()).isEqualTo(1.0);
    assertThat(score.relaxedPrecision()).isEqualTo(2.0 / 3);
    assertThat(score.strictRecall()).isEqualTo(0.5);
    assertThat(score.valueAccuracy()).isEqualTo(0.5);
    assertThat(score.typeAccuracy()).isEqualTo(1.0);
    assertThat(score.valueF1()).isEqualTo(0.5 * score.relaxedF1());
  }

  /** Floors on TBAQ, the TempEval-3 training set (this project's dev set for time expressions). */
  @Test
  void tbaqScoresStayAboveTheirFloors() throws IOException {
    Path tbaq = Path.of(System.getProperty("dateline.shared", "../../shared")).resolve("datasets/tempeval3/TBAQ-cleaned");
    assumeTrue(Files.isDirectory(tbaq), tbaq + " is absent; skipping the TBAQ gate");
    Pipeline pipeline = Pipeline.builder().add(new ParagraphStage()).add(new TokenStage()).add(new SentenceStage())
        .add(PosStage.standard()).add(TimeStage.standard()).build();
    TimeEvaluation.Score score = new TimeEvaluation.Score();
    for (Doc doc : TimeEvaluation.read(tbaq, TimeEvaluation.Format.TIMEML)) {
      score.add(doc.gold(), TimeEvaluation.predict(doc, pipeline::run));
    }
    // measured: strict 0.8835, relaxed 0.9439, value F1 0.8225, type accuracy 0.9686 (1,822 gold TIMEX3)
    assertThat(score.gold()).isGreaterThan(1800);
    assertThat(score.strictF1()).as("strict F1").isGreaterThan(0.878);
    assertThat(score.relaxedF1()).as("relaxed F1").isGreaterThan(0.939);
    assertThat(score.valueF1()).as("value F1").isGreaterThan(0.817);
    assertThat(score.typeAccuracy()).as("type accuracy").isGreaterThan(0.963);
  }
}
