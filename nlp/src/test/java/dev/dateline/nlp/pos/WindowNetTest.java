package dev.dateline.nlp.pos;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WindowNetTest {
  private static final List<String[]> SENTENCES = List.of(new String[] {"The", "cat", "sat", "."}, new String[] {"the", "cat", "."});
  private static final List<int[]> GOLD = List.of(new int[] {0, 1, 2, 3}, new int[] {0, 1, 3});

  private static WordVectors vectors() {
    List<String> forms = List.of("the", "cat", "sat", ".");
    int[] corpus = new int[200];
    for (int i = 0; i < corpus.length; i++) {
      corpus[i] = i % 5 == 4 ? -1 : i % 4;
    }
    return WordVectors.train(forms, corpus, new WordVectors.Settings(4, 2, 2, 1, 1, 3), line -> {});
  }

  private static WindowNet.Settings settings(int epochs) {
    return new WindowNet.Settings(8, epochs, 1f, 4, 100f, 1);
  }

  private static WindowNet tiny() {
    return WindowNet.train(SENTENCES, GOLD, 4, vectors(), settings(3), line -> {});
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

  @Test
  void withADevScoreTheNetworkOfTheBestEpochIsKept() {
    int[] epochs = {0};
    // the dev score likes the first epoch best: training goes on for all three, and gives back the first one's network
    WindowNet stopped = WindowNet.train(SENTENCES, GOLD, 4, vectors(), settings(3), net -> ++epochs[0] == 1 ? 1 : 0, line -> {});
    WindowNet first = WindowNet.train(SENTENCES, GOLD, 4, vectors(), settings(1), line -> {});
    WindowNet last = tiny();
    assertThat(epochs[0]).isEqualTo(3);
    assertThat(stopped.w1).containsExactly(first.w1);
    assertThat(stopped.w1).isNotEqualTo(last.w1);
  }
}
