package dev.dateline.nlp.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChunksTest {
  @Test
  void iob1AndIob2ReadAsTheSameEntities() {
    List<String> iob1 = List.of("I-PER", "I-PER", "O", "I-LOC", "B-LOC", "I-ORG");
    List<String> iob2 = List.of("B-PER", "I-PER", "O", "B-LOC", "B-LOC", "B-ORG");
    assertThat(Chunks.ofIob(iob1)).isEqualTo(Chunks.ofIob(iob2)).containsExactly(
        new Chunks.Chunk(0, 2, "PER"), new Chunks.Chunk(3, 4, "LOC"), new Chunks.Chunk(4, 5, "LOC"), new Chunks.Chunk(5, 6, "ORG"));
  }

  @Test
  void bilouMarksSingleWordNamesAsUnitAndLongerOnesBeginInsideLast() {
    List<Chunks.Chunk> chunks = List.of(new Chunks.Chunk(0, 1, "ORG"), new Chunks.Chunk(2, 5, "PER"));
    assertThat(Chunks.toBilou(5, chunks)).containsExactly("U-ORG", "O", "B-PER", "I-PER", "L-PER");
  }

  @Test
  void bilouConvertsBackToTheSameEntities() {
    List<Chunks.Chunk> chunks = List.of(new Chunks.Chunk(0, 2, "LOC"), new Chunks.Chunk(2, 3, "LOC"), new Chunks.Chunk(4, 6, "MISC"));
    assertThat(Chunks.ofBilou(Chunks.toBilou(6, chunks))).isEqualTo(chunks);
    assertThat(Chunks.toIob2(6, chunks)).containsExactly("B-LOC", "I-LOC", "B-LOC", "O", "B-MISC", "I-MISC");
  }

  @Test
  void labelIndicesReadAsTheirBilouNamesDoEvenWhenTheyBreakTheScheme() {
    List<String> names = List.of("B-PER", "L-PER", "I-LOC", "L-ORG", "U-MISC", "O", "L-MISC", "B-ORG", "I-ORG");
    int[] labels = names.stream().mapToInt(Labels::index).toArray();
    assertThat(Chunks.ofLabels(labels)).isEqualTo(Chunks.ofBilou(names)).hasSize(6);
  }

  @Test
  void bilouSchemeForbidsContinuingAfterOutsideAndEndingInsideAName() {
    assertThat(Labels.ALLOWED[Labels.O][Labels.index("I-PER")]).isFalse();
    assertThat(Labels.ALLOWED[Labels.index("B-PER")][Labels.index("L-ORG")]).isFalse();
    assertThat(Labels.ALLOWED[Labels.index("B-PER")][Labels.index("L-PER")]).isTrue();
    assertThat(Labels.ALLOWED[Labels.START][Labels.index("U-LOC")]).isTrue();
    assertThat(Labels.canEnd(Labels.index("I-PER"))).isFalse();
  }
}
