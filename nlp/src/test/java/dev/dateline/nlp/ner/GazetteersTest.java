package dev.dateline.nlp.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GazetteersTest {
  @Test
  void phrasesAreMatchedCaseInsensitivelyWithTheirPositions() {
    Gazetteers g = Gazetteers.of(Map.of("place", List.of("Tel Aviv", "West Bank", "Gaza")));
    int[] m = g.match(new String[] {"in", "tel", "aviv", "and", "gaza"});
    assertThat(m[0]).isZero();
    assertThat(m[1]).isEqualTo(1 << 0); // B of list 0
    assertThat(m[2]).isEqualTo(1 << 2); // L
    assertThat(m[4]).isEqualTo(1 << 3); // U
  }

  @Test
  void malformedLineIsRejectedNamingFileAndLine() {
    String text = "# comment\nplace\tGaza\nno tab here\n";
    assertThatThrownBy(() -> Gazetteers.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "g.txt", new HashMap<>()))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("g.txt: line 3");
  }

  @Test
  void bundledListsLoad() throws IOException {
    assertThat(Gazetteers.standard().lists()).contains("person", "place", "org", "month");
  }
}
