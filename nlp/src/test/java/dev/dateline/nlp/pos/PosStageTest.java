package dev.dateline.nlp.pos;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.model.Document;
import dev.dateline.model.Tags;
import dev.dateline.model.Tokens;
import dev.dateline.nlp.Stage;
import dev.dateline.nlp.TestArticles;
import dev.dateline.nlp.paragraphs.ParagraphStage;
import dev.dateline.nlp.sentences.SentenceStage;
import dev.dateline.nlp.tokens.TokenStage;
import java.util.List;
import org.junit.jupiter.api.Test;

class PosStageTest {
  private static final PosStage STAGE = PosStage.standard();

  private static Document analyse(String text) {
    Document d = Document.of(TestArticles.of(text));
    for (Stage s : List.of(new ParagraphStage(), new TokenStage(), new SentenceStage(), STAGE)) {
      d = s.apply(d);
    }
    return d;
  }

  private static List<String> xpos(Document d) {
    return d.require(Tags.KEY).items().stream().map(Tags.Tag::xpos).toList();
  }

  @Test
  void everyTokenGetsOneTagWithItsSpanAndId() {
    Document d = analyse("The council approved the plan on Monday.\n\nShe said it would help.");
    List<Tokens.Token> tokens = d.require(Tokens.KEY).items();
    List<Tags.Tag> tags = d.require(Tags.KEY).items();
    assertThat(tags).hasSameSizeAs(tokens);
    for (int i = 0; i < tokens.size(); i++) {
      assertThat(tags.get(i).span()).isEqualTo(tokens.get(i).span());
      assertThat(tags.get(i).token()).isEqualTo(tokens.get(i).id());
    }
  }

  @Test
  void aPlainNewsSentenceIsTaggedAsTheTreebankWould() {
    Document d = analyse("The council approved the plan on Monday.");
    assertThat(xpos(d)).containsExactly("DT", "NN", "VBD", "DT", "NN", "IN", "NNP", ".");
    assertThat(d.require(Tags.KEY).items()).extracting(Tags.Tag::lemma)
        .containsExactly("the", "council", "approve", "the", "plan", "on", "Monday", ".");
  }

  @Test
  void typographicQuotesAndApostrophesTagLikeTheirAsciiForms() {
    Document curly = analyse("\u201cWe will win,\u201d the minister\u2019s aide said.");
    Document ascii = analyse("\"We will win,\" the minister's aide said.");
    assertThat(xpos(curly)).isEqualTo(xpos(ascii));
  }

  @Test
  void aTypographicDashTagsLikeTheTreebanksDoubleHyphen() {
    PosTagger tagger = PosTagger.standard();
    List<String> dash = List.of("Prices", "rose", "\u2014", "sharply", "\u2014", "last", "year", ".");
    List<String> ascii = List.of("Prices", "rose", "--", "sharply", "--", "last", "year", ".");
    assertThat(tagger.tag(dash)).extracting(PosTagger.Analysis::xpos)
        .isEqualTo(tagger.tag(ascii).stream().map(PosTagger.Analysis::xpos).toList());
  }

  @Test
  void aHyphenatedWordKeptWholeIsTaggedAsAModifier() {
    PosTagger tagger = PosTagger.standard();
    List<String> words = List.of("Iranian-backed", "militias", "attacked", "the", "base", ".");
    assertThat(tagger.tag(words)).extracting(PosTagger.Analysis::xpos).startsWith("JJ", "NNS", "VBD");
  }
}
