package dev.dateline.nlp.pos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dateline.nlp.clusters.WordClusters;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PosTaggerTrainingTest {
  @TempDir Path tmp;

  private Path tiny() throws IOException {
    Path file = tmp.resolve("tiny.conllu");
    try (InputStream in = getClass().getResourceAsStream("tiny.conllu")) {
      Files.copy(in, file);
    }
    return file;
  }

  private static byte[] bytes(PosTagger tagger) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    tagger.write(out);
    return out.toByteArray();
  }

  private static PosTagger train(Path file, long seed) throws IOException {
    return PosTagger.train(file, null, new PosTagger.Options(seed, 4, WordClusters.empty()), line -> {});
  }

  @Test
  void theSameDataAndSeedGiveTheSameModelBytes() throws IOException {
    Path file = tiny();
    assertThat(bytes(train(file, 7))).isEqualTo(bytes(train(file, 7)));
  }

  @Test
  void aWrittenModelReadsBackAndTagsTheSame() throws IOException {
    PosTagger trained = train(tiny(), 7);
    PosTagger read = PosTagger.read(new ByteArrayInputStream(bytes(trained)), "tiny model", WordClusters.empty());
    List<String> sentence = List.of("The", "ministers", "visited", "Paris", ".");
    assertThat(read.tag(sentence)).isEqualTo(trained.tag(sentence));
  }

  private static PosTagger trainTwoPasses(Path file, long seed) throws IOException {
    return PosTagger.train(file, null, new PosTagger.Options(seed, 4, WordClusters.empty(), 2), line -> {});
  }

  @Test
  void aTwoPassModelIsDeterministicAndReadsBackTaggingTheSame() throws IOException {
    Path file = tiny();
    PosTagger trained = trainTwoPasses(file, 7);
    byte[] model = bytes(trained);
    assertThat(bytes(trainTwoPasses(file, 7))).isEqualTo(model);
    PosTagger read = PosTagger.read(new ByteArrayInputStream(model), "tiny model", WordClusters.empty());
    List<String> sentence = List.of("The", "ministers", "visited", "Paris", ".");
    assertThat(read.tag(sentence)).isEqualTo(trained.tag(sentence));
  }

  @Test
  void aModelWithATagLexiconIsDeterministicAndReadsBackTaggingTheSame() throws IOException {
    Path file = tiny();
    Path lexicon = tmp.resolve("lexicon.txt");
    Files.writeString(lexicon, "Paris NNP B-NP B-LOC\nministers NNS I-NP O\nvisited VBD B-VP O\n");
    PosTagger.Options options = new PosTagger.Options(7, 4, WordClusters.empty(), 0, lexicon);
    PosTagger trained = PosTagger.train(file, null, options, line -> {});
    byte[] model = bytes(trained);
    assertThat(bytes(PosTagger.train(file, null, options, line -> {}))).isEqualTo(model);
    PosTagger read = PosTagger.read(new ByteArrayInputStream(model), "tiny model", WordClusters.empty());
    List<String> sentence = List.of("The", "ministers", "visited", "Paris", ".");
    assertThat(read.tag(sentence)).isEqualTo(trained.tag(sentence));
  }

  @Test
  void aModelWithAWindowNetworkIsDeterministicAndReadsBackTaggingTheSame() throws IOException {
    Path file = tiny();
    List<String> forms = List.of("the", "ministers", "minister", "visited", "paris", "london", ".");
    int[] corpus = new int[600];
    for (int i = 0; i < corpus.length; i++) {
      corpus[i] = i % 6 == 5 ? -1 : i % 7;
    }
    Path vectors = tmp.resolve("vectors.bin.gz");
    try (var out = Files.newOutputStream(vectors)) {
      WordVectors.train(forms, corpus, new WordVectors.Settings(8, 2, 2, 1, 1, 3), line -> {}).write(out);
    }
    PosTagger.Options options = new PosTagger.Options(7, 4, WordClusters.empty(), 0, null, vectors, 8, 2, 1f, 3, 1000f);
    PosTagger trained = PosTagger.train(file, null, options, line -> {});
    byte[] model = bytes(trained);
    assertThat(bytes(PosTagger.train(file, null, options, line -> {}))).isEqualTo(model);
    PosTagger read = PosTagger.read(new ByteArrayInputStream(model), "tiny model", WordClusters.empty());
    List<String> sentence = List.of("The", "ministers", "visited", "Paris", ".");
    assertThat(read.tag(sentence)).isEqualTo(trained.tag(sentence));
    assertThat(read.tag(sentence.toArray(String[]::new), read.cache())).isEqualTo(trained.tag(sentence));
  }

  @Test
  void aModelLearnsItsTrainingSentences() throws IOException {
    Path file = tiny();
    PosTagger.Evaluation e = train(file, 7).evaluate(file);
    assertThat(e.words()).isEqualTo(39);
    assertThat(e.uposAccuracy()).isEqualTo(1.0);
    assertThat(e.lemmaAccuracy()).isEqualTo(1.0);
  }

  @Test
  void aModelReadWithOtherWordClassesIsRefused() throws IOException {
    byte[] model = bytes(train(tiny(), 7));
    WordClusters other = WordClusters.of(1, Map.of("paris", List.of("c1")));
    assertThatThrownBy(() -> PosTagger.read(new ByteArrayInputStream(model), "tiny model", other))
        .isInstanceOf(IOException.class).hasMessageContaining("tiny model").hasMessageContaining("word classes");
  }

  @Test
  void aFileThatIsNotAModelIsRefusedByName() throws IOException {
    ByteArrayOutputStream junk = new ByteArrayOutputStream();
    try (var gzip = new java.util.zip.GZIPOutputStream(junk)) {
      new java.io.DataOutputStream(gzip).writeUTF("something else");
    }
    assertThatThrownBy(() -> PosTagger.read(new ByteArrayInputStream(junk.toByteArray()), "junk.gz", WordClusters.empty()))
        .isInstanceOf(IOException.class).hasMessageContaining("junk.gz").hasMessageContaining("not a part-of-speech model");
  }
}
