package dev.dateline.nlp.ner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.nlp.clusters.WordClusters;
import dev.dateline.nlp.learn.FeatureVector;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TaggerTest {
  private static final Gazetteers GAZETTEERS = Gazetteers.of(Map.of("place", List.of("Paris", "New York"), "person", List.of("Angela Merkel")));
  private static final WordClusters CLUSTERS = WordClusters.of(2, Map.of("Paris", List.of("1", "10"), "Merkel", List.of("0", "01"),
      "the", List.of("0", "00")));
  private static final Features FEATURES = new Features(GAZETTEERS, CLUSTERS,
      Features.CLUSTERS | Features.GAZETTEERS | Features.CONJUNCTIONS | Features.DOCUMENT);
  private static final List<List<String>> DOCUMENT = List.of(
      List.of("Angela", "Merkel", "flew", "to", "Paris", "and", "New", "York", "."),
      List.of("PARIS", "TALKS", "END"),
      List.of("Merkel"),
      List.of("The", "Paris", "Talks", "Were", "Held", "In", "New", "York", "Today"));

  private static List<Features.Prepared> prepared() {
    List<Features.Prepared> out = new ArrayList<>();
    for (List<String> s : DOCUMENT) {
      out.add(new Features.Prepared(s, FEATURES));
    }
    return out;
  }

  @Test
  void wordBoundaryAndContextFeaturesAddUpToTheFirstPassFeatures() {
    List<Features.Prepared> sentences = prepared();
    Features.Context context = new Features.Context(sentences);
    FeatureVector whole = new FeatureVector();
    FeatureVector parts = new FeatureVector();
    for (int s = 0; s < sentences.size(); s++) {
      Features.Prepared p = sentences.get(s);
      for (int i = 0; i < p.size(); i++) {
        FEATURES.extract(p, i, context, s, whole);
        parts.clear();
        parts.bias();
        for (int o = -2; o <= 2; o++) {
          int j = i + o;
          if (j >= 0 && j < p.size()) {
            FEATURES.word(p.forms[j], o, parts);
          } else {
            Features.boundary(o, parts);
          }
        }
        FEATURES.context(p, i, context, parts);
        assertThat(keys(parts)).as("sentence %d word %d", s, i).isEqualTo(keys(whole));
      }
    }
  }

  @Test
  void taggerGivesTheLabelsOfTheFeatureByFeatureDecoder() throws IOException {
    NerModel model = trained();
    int[][] slow = model.labels(prepared());
    Tagger tagger = model.tagger();
    assertThat(tagger.labels(DOCUMENT)).isDeepEqualTo(slow);
    // a second document through the same tagger reuses its kept word forms and must not change a thing
    assertThat(tagger.labels(DOCUMENT)).isDeepEqualTo(slow);
  }

  @Test
  void aDayOnItsOwnIsNeverANameThoughTheModelSaysSo() throws IOException {
    String data = """
        -DOCSTART- O

        Wednesday B-ORG
        signed O
        Smith B-PER
        . O

        Arsenal B-ORG
        signed O
        Jones B-PER
        . O
        """;
    Gazetteers days = Gazetteers.of(Map.of("day", List.of("Wednesday"), "surname", List.of("Smith", "Jones")));
    List<Conll.Doc> docs = Conll.read(new BufferedReader(new StringReader(data)), "data");
    NerModel model = NerTrainer.train(docs, Optional.empty(), new NerTrainer.Options(5, 3, 2, false, false, true, false, 0f),
        days, WordClusters.empty(), line -> {});
    List<String> sentence = List.of("Wednesday", "signed", "Smith", ".");
    int[] unconstrained = model.labels(List.of(new Features.Prepared(sentence, model.features())))[0];
    assertThat(unconstrained[0]).isEqualTo(Labels.index("U-ORG"));
    int[] tagged = model.tagger().labels(List.of(sentence))[0];
    assertThat(Chunks.ofLabels(tagged)).noneMatch(c -> c.begin() == 0 && c.end() == 1);
  }

  private static long[] keys(FeatureVector fv) {
    long[] k = new long[fv.size()];
    for (int i = 0; i < k.length; i++) {
      k[i] = fv.key(i);
    }
    Arrays.sort(k);
    return k;
  }

  private static NerModel trained() throws IOException {
    String data = """
        -DOCSTART- O

        Angela B-PER
        Merkel I-PER
        visited O
        Paris B-LOC
        . O

        The O
        European B-ORG
        Commission I-ORG
        met O
        Merkel B-PER
        in O
        New B-LOC
        York I-LOC
        . O
        """;
    List<Conll.Doc> docs = Conll.read(new BufferedReader(new StringReader(data)), "data");
    NerTrainer.Options options = new NerTrainer.Options(5, 3, 2, true, true, true, true, 0f);
    return NerTrainer.train(docs, Optional.empty(), options, GAZETTEERS, CLUSTERS, line -> {});
  }
}
