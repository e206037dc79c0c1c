package dev.dateline.nlp.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.model.Document;
import dev.dateline.model.Span;
import dev.dateline.model.Tokens;
import dev.dateline.nlp.TestArticles;
import dev.dateline.nlp.tokens.UdDocuments.Doc;
import dev.dateline.nlp.tokens.UdDocuments.Score;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Eval gates: token F1 against the gold syntactic words of UD EWT dev and the tokens of CoNLL-2003 valid. */
class TokenEvalTest {
  // Measured with tokens.v2: EWT dev F1 0.9804 (weblog 0.9810); CoNLL-2003 valid, rebuilt text, 0.9918. Most EWT
  // misses are hyphens, which EWT 2.15 splits ("15 - year") and tokens.v2 keeps whole as CoNLL-2003 does.
  private static final double FLOOR_ALL = 0.975;
  private static final double FLOOR_CONLL = 0.985;

  @Test
  void tokenBoundaryF1OnEwtDevStaysAboveItsFloor() throws Exception {
    Path dev = UdDocuments.ewtDev();
    Assumptions.assumeTrue(dev != null, "UD EWT dev not found under the shared datasets; skipping the token eval gate");
    TokenStage stage = new TokenStage();
    Map<String, Score> byGenre = new TreeMap<>();
    Score all = new Score(0, 0, 0);
    for (Doc doc : UdDocuments.read(dev)) {
      List<Span> predicted = stage.apply(Document.of(TestArticles.of(doc.id(), doc.text()))).require(Tokens.KEY)
          .items().stream().map(Tokens.Token::span).toList();
      Score s = Score.of(doc.words(), predicted);
      all = all.plus(s);
      byGenre.merge(doc.genre(), s, Score::plus);
    }
    byGenre.forEach((genre, s) -> System.out.println("tokens.v2 EWT dev " + genre + ": " + s));
    System.out.println("tokens.v2 EWT dev all: " + all);
    assertThat(all.f1()).isGreaterThanOrEqualTo(FLOOR_ALL);
  }

  @Test
  void tokenBoundaryF1OnRebuiltConllValidStaysAboveItsFloor() throws Exception {
    Path valid = ConllDocuments.valid();
    Assumptions.assumeTrue(valid != null, "CoNLL-2003 valid not found under the shared datasets; skipping the token eval gate");
    TokenStage stage = new TokenStage();
    Score all = new Score(0, 0, 0);
    for (ConllDocuments.Doc doc : ConllDocuments.read(valid)) {
      List<Span> predicted = stage.apply(Document.of(TestArticles.of(doc.text()))).require(Tokens.KEY)
          .items().stream().map(Tokens.Token::span).toList();
      all = all.plus(Score.of(doc.tokens(), predicted));
    }
    System.out.println("tokens.v2 CoNLL-2003 valid (rebuilt text): " + all);
    assertThat(all.f1()).isGreaterThanOrEqualTo(FLOOR_CONLL);
  }
}
