package dev.dateline.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class DataFileTest {
  @Test
  void commentsAndBlankLinesAreSkippedAndFieldsStripped() throws IOException {
    List<DataFile.Row> rows = DataFile.read(new StringReader("# comment\n\nhe \tm\n"), "pronouns.tsv", 2);
    assertThat(rows).singleElement().satisfies(r -> {
      assertThat(r.fields()).containsExactly("he", "m");
      assertThat(r.line()).isEqualTo(3);
    });
  }

  @Test
  void lineWithTheWrongNumberOfColumnsNamesFileAndLine() {
    assertThatThrownBy(() -> DataFile.read(new StringReader("# comment\nhe\tm\textra\n"), "pronouns.tsv", 2))
        .isInstanceOf(IOException.class).hasMessageContaining("pronouns.tsv: line 2: expected 2");
  }

  @Test
  void emptyFieldNamesItsColumn() {
    assertThatThrownBy(() -> DataFile.read(new StringReader("he\t \n"), "pronouns.tsv", 2))
        .isInstanceOf(IOException.class).hasMessageContaining("line 1: column 2 is empty");
  }

  @Test
  void missingBundledResourceIsNamed() {
    assertThatThrownBy(() -> DataFile.rows(DataFileTest.class, "no-such-file.txt", 1, 1))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("dev/dateline/nlp/no-such-file.txt is missing");
  }
}
