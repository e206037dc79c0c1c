package dev.dateline.nlp.pos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordVectorsTest {
  private static final WordVectors.Settings SETTINGS = new WordVectors.Settings(8, 2, 3, 2, 2, 5);

  /** A small corpus of two kinds of sentence, as word ids into {@link #FORMS}, -1 between sentences. */
  private static final List<String> FORMS = List.of("the", "cat", "dog", "sat", "ran", "a", "mat", "rug", "on");

  private static int[] corpus() {
    List<Integer> ids = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      ids.addAll(List.of(i % 2 == 0 ? 0 : 5, 1 + i % 2, 3 + i % 2 * 1, 8, 0, 6 + i % 2, -1));
    }
    return ids.stream().mapToInt(Integer::intValue).toArray();
  }

  private static byte[] bytes(WordVectors v) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    v.write(out);
    return out.toByteArray();
  }

  @Test
  void theSameCorpusAndSeedGiveTheSameBytes() throws IOException {
    byte[] once = bytes(WordVectors.train(FORMS, corpus(), SETTINGS, line -> {}));
    assertThat(bytes(WordVectors.train(FORMS, corpus(), SETTINGS, line -> {}))).isEqualTo(once);
  }

  @Test
  void writtenVectorsReadBackTheSame() throws IOException {
    WordVectors trained = WordVectors.train(FORMS, corpus(), SETTINGS, line -> {});
    WordVectors read = WordVectors.read(new ByteArrayInputStream(bytes(trained)), "tiny vectors");
    assertThat(read.size()).isEqualTo(trained.size());
    float[] a = new float[8];
    float[] b = new float[8];
    assertThat(trained.copy("Cat", a, 0)).isTrue();
    assertThat(read.copy("cat", b, 0)).isTrue();
    assertThat(b).containsExactly(a);
  }

  @Test
  void anUnknownWordHasNoVector() {
    WordVectors trained = WordVectors.train(FORMS, corpus(), SETTINGS, line -> {});
    float[] a = new float[8];
    a[3] = 1f;
    assertThat(trained.copy("zebra", a, 0)).isFalse();
    assertThat(a).containsOnly(0f);
  }

  @Test
  void aFileThatIsNotVectorsIsRefusedByName() throws IOException {
    ByteArrayOutputStream junk = new ByteArrayOutputStream();
    try (var gzip = new java.util.zip.GZIPOutputStream(junk)) {
      new java.io.DataOutputStream(gzip).writeUTF("something else");
    }
    assertThatThrownBy(() -> WordVectors.read(new ByteArrayInputStream(junk.toByteArray()), "junk.gz"))
        .isInstanceOf(IOException.class).hasMessageContaining("junk.gz").hasMessageContaining("not a word vector file");
  }
}
