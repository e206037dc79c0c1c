package dev.dateline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dateline.model.Article;
import java.io.IOException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ArticleCodecTest {
  @Test
  void unknownFormatVersionIsRefusedWithBothVersions() {
    byte[] bytes = ArticleCodec.encode(Articles.article("T", "text"));
    bytes[0] = 9;
    assertThatThrownBy(() -> ArticleCodec.decode(bytes, 0, bytes.length))
        .isInstanceOf(IOException.class).hasMessageContaining("version 9").hasMessageContaining("version 1");
  }

  @Test
  void truncatedRecordIsAnIOException() {
    byte[] bytes = ArticleCodec.encode(Articles.article("T", "some text"));
    byte[] cut = Arrays.copyOf(bytes, bytes.length - 3);
    assertThatThrownBy(() -> ArticleCodec.decode(cut, 0, cut.length)).isInstanceOf(IOException.class);
  }

  @Test
  void unpairedSurrogateSurvivesCharForChar() throws IOException {
    Article a = Articles.article("T\uDC00", "broken \uD83D pair");
    byte[] bytes = ArticleCodec.encode(a);
    assertThat(ArticleCodec.decode(bytes, 0, bytes.length)).isEqualTo(a);
  }
}
