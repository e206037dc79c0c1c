package dev.dateline.nlp.pos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TagLexiconTest {
  @TempDir Path tmp;

  @Test
  void eachFormGetsItsSortedTagsKeepingCase() throws IOException {
    Path file = tmp.resolve("tagged.txt");
    Files.writeString(file, "-DOCSTART- -X- -X- O\n\nHousing NNP B-NP B-ORG\nhousing NN I-NP O\nwork VBP B-VP O\n\nwork NN B-NP O\n");
    Map<String, String> lexicon = TagLexicon.read(file);
    assertThat(lexicon).containsEntry("Housing", "NNP").containsEntry("housing", "NN").containsEntry("work", "NN|VBP")
        .doesNotContainKey("-DOCSTART-");
  }

  @Test
  void aLineWithoutATagNamesFileAndLine() throws IOException {
    Path file = tmp.resolve("bad.txt");
    Files.writeString(file, "EU NNP B-NP B-ORG\nrejects\n");
    assertThatThrownBy(() -> TagLexicon.read(file)).isInstanceOf(IOException.class).hasMessageContaining("bad.txt:2");
  }
}
