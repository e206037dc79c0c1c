package dev.dateline.nlp.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConllTest {
  private static List<Conll.Doc> read(String text) throws IOException {
    return Conll.read(new BufferedReader(new StringReader(text)), "test.txt");
  }

  @Test
  void documentsAndSentencesAreSplitAtDocstartAndBlankLines() throws IOException {
    List<Conll.Doc> docs = read("""
        -DOCSTART- -X- -X- O

        EU NNP B-NP B-ORG
        rejects VBZ B-VP O

        Peter NNP B-NP B-PER
        Blackburn NNP I-NP I-PER

        -DOCSTART- -X- -X- O

        BRUSSELS NNP B-NP B-LOC
        """);
    assertThat(docs).hasSize(2);
    assertThat(docs.get(0).sentences()).hasSize(2);
    assertThat(docs.get(0).sentences().get(1).words()).containsExactly("Peter", "Blackburn");
    assertThat(docs.get(0).sentences().get(1).tags()).containsExactly("B-PER", "I-PER");
    assertThat(docs.get(1).sentences().get(0).line()).isEqualTo(11);
  }

  @Test
  void badTagIsRejectedNamingFileAndLine() {
    assertThatThrownBy(() -> read("EU NNP B-NP B-ORG\nrejects VBZ B-VP X-PER\n"))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("test.txt: line 2")
        .hasMessageContaining("X-PER");
  }

  @Test
  void unknownTypeIsRejectedNamingFileAndLine() {
    assertThatThrownBy(() -> read("EU B-GPE\n"))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("test.txt: line 1")
        .hasMessageContaining("B-GPE");
  }

  @Test
  void rowWithoutTagIsRejectedNamingFileAndLine() {
    assertThatThrownBy(() -> read("EU B-ORG\n\nrejects\n"))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("test.txt: line 3")
        .hasMessageContaining("a word and a tag");
  }

  @Test
  void rowWithOtherColumnCountIsRejectedNamingFileAndLine() {
    assertThatThrownBy(() -> read("EU NNP B-ORG\nrejects O\n"))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("test.txt: line 2")
        .hasMessageContaining("3 columns");
  }

  @Test
  void predictionsAddOneColumnToEachRow() throws IOException {
    List<Conll.Doc> docs = read("EU NNP B-ORG\nrejects VBZ O\n");
    StringWriter out = new StringWriter();
    Conll.writePredictions(docs, List.of(List.of(List.of("B-ORG", "B-PER"))), out);
    assertThat(out.toString()).isEqualTo("-DOCSTART- -X- O O\n\nEU NNP B-ORG B-ORG\nrejects VBZ O B-PER\n\n");
  }
}
