package dev.dateline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.model.Article;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Random bodies built from news furniture: extraction never breaks and its offsets always point at the same chars. */
class RandomTextTest {
  private static final List<String> PIECES = List.of(
      "The minister said", " on Tuesday", " that talks would go on.", " CNN reported.", " according to Reuters", "\n", "\n\n",
      "\r\n", "READ MORE: ", "Also Read | ", "By Jane Doe", "LONDON (Reuters) - ", "Tel Aviv, February 7: ",
      "(This is an unedited and auto-generated story from Syndicated News feed, Staff may not have edited it)",
      " Hamas Has Given Response to Truce Deal With Israel", "\"We will win\"", " ", "\u00a0", "😀", "(", ")", "—", ":",
      "Antony Blinken Meets with Israeli PM Netanyahu", "1. ", "é", "Copyright 2024 The Associated Press.", "?");

  @Test
  void offsetsHoldOnRandomNewsLikeText() {
    Extractor extractor = Extractor.create();
    Random random = new Random(20241123L);
    int extracted = 0;
    for (int n = 0; n < 400; n++) {
      StringBuilder input = new StringBuilder();
      int pieces = 1 + random.nextInt(40);
      for (int i = 0; i < pieces; i++) {
        input.append(PIECES.get(random.nextInt(PIECES.size())));
      }
      String text = input.toString();
      Article article;
      try {
        article = extractor.extract(Raws.text(text));
      } catch (ExtractionException e) {
        assertThat(e.failure().origin()).isEqualTo("test.txt");
        continue;
      }
      extracted++;
      for (int i = 0; i < article.text().length(); i++) {
        char raw = text.charAt(article.offsets().toRaw(i));
        assertThat(raw == '\r' ? '\n' : raw).as("char %d of input %d: %s", i, n, text).isEqualTo(article.text().charAt(i));
      }
      article.dateline().ifPresent(d -> assertThat(d.span().within(article.text().length())).isTrue());
    }
    assertThat(extracted).isGreaterThan(300);
  }
}
