package dev.dateline.nlp.ner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.nlp.clusters.WordClusters;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NerTrainerTest {
  private static final String DATA = """
      -DOCSTART- O

      Peter B-PER
      Blackburn I-PER
      visited O
      Brussels B-LOC
      . O

      The O
      European B-ORG
      Commission I-ORG
      met O
      Blackburn B-PER
      in O
      Paris B-LOC
      . O

      -DOCSTART- O

      German B-MISC
      officials O
      told O
      Reuters B-ORG
      in O
      Bonn B-LOC
      . O

      Angela B-PER
      Merkel I-PER
      spoke O
      to O
      Reuters B-ORG
      on O
      Monday O
      . O

      -DOCSTART- O

      FIFA B-ORG
      fined O
      Italy B-LOC
      . O

      Merkel B-PER
      flew O
      to O
      Rome B-LOC
      . O
      """;

  private static final Gazetteers GAZETTEERS = Gazetteers.of(Map.of("place", List.of("Paris", "Rome"), "person", List.of("Angela Merkel")));
  private static final WordClusters CLUSTERS = WordClusters.of(2, Map.of("Paris", List.of("1", "10"), "Rome", List.of("1", "10"),
      "Bonn", List.of("1", "11"), "Merkel", List.of("0", "01")));

  private static List<Conll.Doc> docs() throws IOException {
    return Conll.read(new BufferedReader(new StringReader(DATA)), "data");
  }

  private static NerModel model(long seed) throws IOException {
    NerTrainer.Options options = new NerTrainer.Options(seed, 3, 2, true, true, true, true, 0f);
    return NerTrainer.train(docs(), Optional.empty(), options, GAZETTEERS, CLUSTERS, line -> {});
  }

  private static byte[] train(long seed) throws IOException {
    return bytes(model(seed));
  }

  private static byte[] bytes(NerModel model) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    model.write(out);
    return out.toByteArray();
  }

  @Test
  void sameDataAndSeedGiveIdenticalModelBytes() throws IOException {
    assertThat(train(7)).isEqualTo(train(7));
  }

  @Test
  void modelReadBackTagsLikeTheTrainedOne() throws IOException {
    NerModel trained = model(7);
    NerModel read = NerModel.read(new ByteArrayInputStream(bytes(trained)), "model", GAZETTEERS, CLUSTERS);
    assertThat(read.hasSecondPass()).isTrue();
    List<String> all = new java.util.ArrayList<>();
    for (Conll.Doc doc : docs()) {
      List<List<String>> words = doc.sentences().stream().map(Conll.Sentence::words).toList();
      assertThat(read.tag(words)).isEqualTo(trained.tag(words));
      read.tag(words).forEach(all::addAll);
    }
    assertThat(all).as("the model finds names at all").anyMatch(t -> t.startsWith("B-"));
  }

  @Test
  void modelTrainedWithOtherGazetteersIsRefusedNamingThem() throws IOException {
    byte[] bytes = train(7);
    Gazetteers other = Gazetteers.of(Map.of("org", List.of("FIFA")));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> NerModel.read(new ByteArrayInputStream(bytes), "model.bin", other, CLUSTERS))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("model.bin")
        .hasMessageContaining("gazetteer");
  }
}
