package dev.dateline.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dateline.model.Document;
import dev.dateline.model.LayerKey;
import dev.dateline.model.Paragraphs;
import dev.dateline.model.Tokens;
import dev.dateline.nlp.paragraphs.ParagraphStage;
import dev.dateline.nlp.tokens.TokenStage;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PipelineTest {

  /** A stage that reads tokens and writes paragraphs, to test the declaration checks. */
  private static Stage readingTokens(String name) {
    return new Stage() {
      public String name() { return name; }
      public Set<LayerKey<?>> reads() { return Set.of(Tokens.KEY); }
      public Set<LayerKey<?>> writes() { return Set.of(Paragraphs.KEY); }
      public Document apply(Document d) { return new ParagraphStage().apply(d); }
    };
  }

  @Test
  void rejectsAStageWhoseInputNoEarlierStageWritesNamingBoth() {
    assertThatThrownBy(() -> Pipeline.builder().add(readingTokens("needs_tokens.v1")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs_tokens.v1").hasMessageContaining("'tokens'");
  }

  @Test
  void namesTheLaterStageThatWritesAMissingInput() {
    assertThatThrownBy(() -> Pipeline.builder().add(readingTokens("needs_tokens.v1")).add(new TokenStage()).build())
        .hasMessageContaining("tokens.v2").hasMessageContaining("comes later");
  }

  @Test
  void rejectsTwoStagesWritingOneLayer() {
    assertThatThrownBy(() -> Pipeline.builder().add(new TokenStage()).add(readingTokens("p.v1")).add(new ParagraphStage()).build())
        .hasMessageContaining("paragraphs.v1").hasMessageContaining("p.v1");
  }

  @Test
  void rejectsAnUnversionedStageName() {
    assertThatThrownBy(() -> Pipeline.builder().add(readingTokens("tokens")))
        .hasMessageContaining("name.v1");
  }

  @Test
  void runsStagesInOrderAddingTheirLayers() {
    Pipeline p = Pipeline.builder().add(new TokenStage()).add(readingTokens("p.v1")).build();
    Document out = p.run(TestArticles.of("One two.\nThree."));
    assertThat(out.keys()).containsExactlyInAnyOrder(Tokens.KEY, Paragraphs.KEY);
  }

  @Test
  void failsAtRunTimeWhenAStageAddsALayerItDidNotDeclare() {
    Stage liar = new Stage() {
      public String name() { return "liar.v1"; }
      public Set<LayerKey<?>> reads() { return Set.of(); }
      public Set<LayerKey<?>> writes() { return Set.of(); }
      public Document apply(Document d) { return new TokenStage().apply(d); }
    };
    assertThatThrownBy(() -> Pipeline.builder().add(liar).build().run(TestArticles.of("x")))
        .hasMessageContaining("liar.v1").hasMessageContaining("tokens");
  }

  @Test
  void addsEachStagesTimeFromTheInjectedClockToItsSlot() {
    Pipeline p = Pipeline.builder().add(new TokenStage()).add(readingTokens("p.v1")).build();
    long[] ticks = {0};
    long[] spent = new long[2];
    // each reading of this clock advances it by one, so every stage takes exactly one tick
    p.run(Document.of(TestArticles.of("One two.")), () -> ticks[0]++, spent);
    p.run(Document.of(TestArticles.of("Three.")), () -> ticks[0]++, spent);
    assertThat(spent).containsExactly(2, 2);
  }

  @Test
  void refusesTooFewSlotsForTheStageTimes() {
    Pipeline p = Pipeline.builder().add(new TokenStage()).add(readingTokens("p.v1")).build();
    assertThatThrownBy(() -> p.run(Document.of(TestArticles.of("x")), () -> 0, new long[1]))
        .hasMessageContaining("2 stages");
  }
}
