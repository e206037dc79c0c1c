package dev.dateline.nlp.pos;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WindowNetTest {
  private static WindowNet tiny() {
    List<String> forms = List.of("the", "cat", "sat", ".");
    int[] corpus = new int[200];
    for (int i = 0; i < corpus.length; i++) {
      corpus[i] = i % 5 == 4 ? -1 : i % 4;
    }
    WordVectors vectors = WordVectors.train(forms, corpus, new WordVectors.Settings(4, 2, 2, 1, 1, 3), line -> {});
    List<String[]> sentences = List.of(new String[] {"The", "cat", "sat", "."}, new String[] {"the", "cat", "."});
    List<int[]> gold = List.of(new int[] {0, 1, 2, 3}, new int[] {0, 1, 3});
    return WindowNet.train(sentences, gold, 4, vectors, new WindowNet.Settings(8, 3, 1f, 4, 100f, 1), line -> {});
  }

  private static float[][] window(WindowNet net) {
    String[] forms = {WindowNet.PAD, "The", "cat", "sat", "."};
    float[][] parts = new float[WindowNet.POSITIONS][];
    for (int p = 0; p < parts.length; p++) {
      parts[p] = net.part(net.input(forms[p]), p);
    }
    return parts;
  }

  @Test
  void theNetworkLooksOnlyAtWordsThePerceptronIsUnsureOf() {
    WindowNet net = tiny().tuned(1000f, 4, 5f);
    assertThat(net.unsure(new int[] {0, 1, 2, 3}, new float[] {0f, 0f, 6f, 0f}, 2)).isFalse();
    assertThat(net.unsure(new int[] {0, 1, 2, 3}, new float[] {0f, 2f, 6f, 0f}, 2)).isTrue();
  }

  @Test
  void onlyThePerceptronsBestLabelsAreRescored() {
    WindowNet net = tiny().tuned(1000f, 1, 100f);
    float[] scores = {0f, 0f, 1f, 0f};
    assertThat(net.rescore(window(net), new int[] {0, 1, 2, 3}, scores, new float[net.hidden], new int[1])).isEqualTo(2);
    assertThat(scores[0]).isZero();
    assertThat(scores[1]).isZero();
    assertThat(scores[3]).isZero();
  }
}
