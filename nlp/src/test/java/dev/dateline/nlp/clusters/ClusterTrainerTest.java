package dev.dateline.nlp.clusters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ClusterTrainerTest {
  private static final List<String> DETERMINERS = List.of("the", "a", "this", "that", "every", "no");
  private static final List<String> NOUNS = List.of("dog", "cat", "minister", "bank", "river", "court");
  private static final List<String> VERBS = List.of("sees", "likes", "sued", "met", "left", "joined");

  /** Sentences "DET NOUN VERB DET NOUN", words drawn from a fixed seed. */
  private static List<List<String>> corpus(int sentences) {
    Random random = new Random(11);
    List<List<String>> out = new ArrayList<>();
    for (int i = 0; i < sentences; i++) {
      out.add(List.of(pick(DETERMINERS, random), pick(NOUNS, random), pick(VERBS, random), pick(DETERMINERS, random),
          pick(NOUNS, random)));
    }
    return out;
  }

  private static String pick(List<String> words, Random random) {
    return words.get(random.nextInt(words.size()));
  }

  private static byte[] bytes(ClusterTrainer.Result result) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    result.write(out);
    return out.toByteArray();
  }

  private static Set<String> classes(WordClusters clusters, List<String> words, int level) {
    return words.stream().map(w -> clusters.cluster(w, level)).collect(Collectors.toSet());
  }

  @Test
  void sameCorpusAndSeedGiveIdenticalBytes() throws IOException {
    ClusterTrainer.Settings settings = new ClusterTrainer.Settings(List.of(2, 4), 1, 42, 10);

    byte[] first = bytes(ClusterTrainer.train(corpus(300), settings, line -> {}));
    byte[] second = bytes(ClusterTrainer.train(corpus(300), settings, line -> {}));

    assertThat(first).isEqualTo(second);
    assertThat(new String(first, java.nio.charset.StandardCharsets.UTF_8)).startsWith("#word-clusters levels=2\n");
  }

  @Test
  void separatesWordsThatAlternate() {
    // A-words are always followed by B-words and B-words by A-words: two classes split them exactly.
    List<String> a = List.of("red", "green", "blue", "grey", "pink");
    List<String> b = List.of("car", "hat", "boat", "shoe", "cup");
    Random random = new Random(5);
    List<List<String>> sentences = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      List<String> s = new ArrayList<>();
      for (int j = 0; j < 6; j++) {
        s.add(pick(j % 2 == 0 ? a : b, random));
      }
      sentences.add(s);
    }

    WordClusters clusters = ClusterTrainer.train(sentences, new ClusterTrainer.Settings(List.of(2), 1, 3, 20), line -> {}).clusters();

    assertThat(classes(clusters, a, 0)).hasSize(1);
    assertThat(classes(clusters, b, 0)).hasSize(1);
    assertThat(classes(clusters, a, 0)).doesNotContainAnyElementsOf(classes(clusters, b, 0));
  }

  @Test
  void finerLevelsNestInsideCoarserOnes() {
    WordClusters clusters = ClusterTrainer.train(corpus(500), new ClusterTrainer.Settings(List.of(2, 4), 1, 1, 10), line -> {})
        .clusters();

    List<String> all = new ArrayList<>(DETERMINERS);
    all.addAll(NOUNS);
    all.addAll(VERBS);
    for (String w : all) {
      for (String v : all) {
        if (clusters.cluster(w, 1).equals(clusters.cluster(v, 1))) {
          assertThat(clusters.cluster(w, 0)).as(w + " and " + v).isEqualTo(clusters.cluster(v, 0));
        }
      }
    }
  }

  @Test
  void groupsWordsOfOneRole() {
    // Three classes: determiners, nouns, and verbs (with the sentence boundary, which has the verbs' neighbours).
    WordClusters clusters = ClusterTrainer.train(corpus(500), new ClusterTrainer.Settings(List.of(3), 1, 1, 10), line -> {})
        .clusters();

    assertThat(classes(clusters, DETERMINERS, 0)).hasSize(1);
    assertThat(classes(clusters, NOUNS, 0)).hasSize(1);
    assertThat(classes(clusters, VERBS, 0)).hasSize(1);
    assertThat(classes(clusters, DETERMINERS, 0)).doesNotContainAnyElementsOf(classes(clusters, NOUNS, 0));
    assertThat(classes(clusters, NOUNS, 0)).doesNotContainAnyElementsOf(classes(clusters, VERBS, 0));
  }

  @Test
  void rareWordsAreLeftOut() {
    List<List<String>> sentences = new ArrayList<>(corpus(200));
    sentences.add(List.of("the", "aardvark", "sees", "a", "dog"));

    ClusterTrainer.Result result = ClusterTrainer.train(sentences, new ClusterTrainer.Settings(List.of(2), 2, 1, 5), line -> {});

    assertThat(result.words()).contains("dog").doesNotContain("aardvark");
    assertThat(result.clusters().knows("aardvark")).isFalse();
  }

  @Test
  void digitsAreNormalisedBeforeCounting() {
    List<List<String>> sentences = new ArrayList<>(corpus(100));
    sentences.add(List.of("in", "1998"));
    sentences.add(List.of("in", "2004"));

    ClusterTrainer.Result result = ClusterTrainer.train(sentences, new ClusterTrainer.Settings(List.of(2), 2, 1, 5), line -> {});

    assertThat(result.words()).contains("0000", "in");
  }

  @Test
  void tooFewWordsForTheClassesIsAnError() {
    assertThatThrownBy(() -> ClusterTrainer.train(corpus(10), new ClusterTrainer.Settings(List.of(100), 1, 1, 5), line -> {}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("100 classes");
  }

  @Test
  void levelsMustGrowFromCoarsestToFinest() {
    assertThatThrownBy(() -> new ClusterTrainer.Settings(List.of(256, 64), 1, 1, 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("coarsest first");
  }
}
