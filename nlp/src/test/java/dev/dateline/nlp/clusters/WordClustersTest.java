package dev.dateline.nlp.clusters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WordClustersTest {

  private static WordClusters read(String text) throws IOException {
    return WordClusters.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test.tsv");
  }

  @Test
  void readsClassesCoarsestFirst() throws IOException {
    WordClusters clusters = read("#word-clusters levels=2\nthe\t2:0\t8:3\nsaid\t2:1\t8:5\n");

    assertThat(clusters.levels()).isEqualTo(2);
    assertThat(clusters.words()).isEqualTo(2);
    assertThat(clusters.cluster("said", 0)).isEqualTo("2:1");
    assertThat(clusters.cluster("said", 1)).isEqualTo("8:5");
  }

  @Test
  void unknownWordHasEmptyClass() throws IOException {
    WordClusters clusters = read("#word-clusters levels=1\nthe\t2:0\n");

    assertThat(clusters.cluster("zyzzyva", 0)).isEmpty();
    assertThat(clusters.knows("zyzzyva")).isFalse();
  }

  @Test
  void capitalisedWordFallsBackToLowerCase() throws IOException {
    WordClusters clusters = read("#word-clusters levels=1\nthe\t2:0\nApple\t2:1\n");

    assertThat(clusters.cluster("THE", 0)).isEqualTo("2:0");
    assertThat(clusters.cluster("Apple", 0)).isEqualTo("2:1");
    assertThat(clusters.knows("apple")).isFalse();
  }

  @Test
  void digitsAndCurlyQuotesAreNormalisedAtLookup() throws IOException {
    WordClusters clusters = read("#word-clusters levels=1\n0000\t2:0\n's\t2:1\n0.0bn\t2:0\n");

    assertThat(clusters.cluster("2024", 0)).isEqualTo("2:0");
    assertThat(clusters.cluster("\u2019s", 0)).isEqualTo("2:1");
    assertThat(clusters.knows("1.5bn")).isTrue();
  }

  @Test
  void fileWordsAreNormalisedWhenRead() throws IOException {
    WordClusters clusters = read("#word-clusters levels=1\n1999\t2:0\n");

    assertThat(clusters.cluster("2001", 0)).isEqualTo("2:0");
  }

  @Test
  void normaliseLeavesPlainWordsAlone() {
    String word = "Reuters";

    assertThat(WordClusters.normalise(word)).isSameAs(word);
    assertThat(WordClusters.normalise("\u201CG7\u201D")).isEqualTo("\"G0\"");
  }

  @Test
  void badHeaderNamesFileAndLine() {
    assertThatThrownBy(() -> read("the\t2:0\n"))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("test.tsv: line 1");
  }

  @Test
  void missingClassNamesFileAndLine() {
    assertThatThrownBy(() -> read("#word-clusters levels=2\nthe\t2:0\t8:1\nsaid\t2:1\n"))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("test.tsv: line 3")
        .hasMessageContaining("said");
  }

  @Test
  void levelIsCheckedAtLookup() throws IOException {
    WordClusters clusters = read("#word-clusters levels=1\nthe\t2:0\n");

    assertThatThrownBy(() -> clusters.cluster("the", 1)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void ofRejectsWrongNumberOfClasses() {
    assertThatThrownBy(() -> WordClusters.of(2, Map.of("the", List.of("2:0"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'the'");
  }

  @Test
  void standardLoadsTheBundledFileAndKnowsCommonWords() {
    WordClusters clusters = WordClusters.standard();

    assertThat(clusters.levels()).isEqualTo(3);
    assertThat(clusters.words()).isGreaterThan(20_000);
    for (String word : List.of("the", "said", "Reuters", "government", "Tuesday", "London", "n't", "1998")) {
      assertThat(clusters.knows(word)).as(word).isTrue();
    }
  }

  @Test
  void standardGroupsWordsOfOneKind() {
    WordClusters clusters = WordClusters.standard();

    // Weekdays share their contexts ("on Tuesday", "said on Friday") more than anything else does.
    assertThat(clusters.cluster("Tuesday", 0)).isEqualTo(clusters.cluster("Friday", 0));
    assertThat(clusters.cluster("Tuesday", 0)).isNotEqualTo(clusters.cluster("the", 0));
  }
}
