package dev.dateline.nlp.pos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConlluTest {
  private static List<Conllu.Sentence> read(String text) throws IOException {
    return Conllu.read(new BufferedReader(new StringReader(text)), "test.conllu");
  }

  private static String row(String id, String form, String lemma, String upos, String xpos) {
    return String.join("\t", id, form, lemma, upos, xpos, "_", "_", "_", "_", "_") + "\n";
  }

  @Test
  void multiWordTokenLinesAndCommentsAreSkippedAndTheSyntacticWordsKept() throws IOException {
    String text = "# sent_id = 1\n# text = I don't.\n"
        + row("1", "I", "I", "PRON", "PRP")
        + row("2-3", "don't", "_", "_", "_")
        + row("2", "do", "do", "AUX", "VBP")
        + row("3", "n't", "not", "PART", "RB")
        + row("4", ".", ".", "PUNCT", ".")
        + "\n";
    List<Conllu.Sentence> sentences = read(text);
    assertThat(sentences).hasSize(1);
    assertThat(sentences.get(0).words()).extracting(Conllu.Word::form).containsExactly("I", "do", "n't", ".");
    assertThat(sentences.get(0).words().get(2)).isEqualTo(new Conllu.Word("n't", "not", "PART", "RB"));
  }

  @Test
  void emptyNodesAreSkippedAndALastSentenceWithoutBlankLineIsKept() throws IOException {
    String text = row("1", "Go", "go", "VERB", "VB") + row("1.1", "you", "you", "PRON", "PRP") + "\n"
        + row("1", "Stop", "stop", "VERB", "VB");
    assertThat(read(text)).extracting(s -> s.words().size()).containsExactly(1, 1);
  }

  @Test
  void aLineWithTheWrongNumberOfColumnsIsRefusedWithFileAndLine() {
    String text = "# comment\n" + row("1", "Go", "go", "VERB", "VB") + "2\tnow\tnow\tADV\n";
    assertThatThrownBy(() -> read(text)).isInstanceOf(IOException.class)
        .hasMessageContaining("test.conllu: line 3").hasMessageContaining("10 tab-separated columns, found 4");
  }

  @Test
  void aWordIdOutOfSequenceIsRefused() {
    String text = row("1", "Go", "go", "VERB", "VB") + row("3", "now", "now", "ADV", "RB");
    assertThatThrownBy(() -> read(text)).isInstanceOf(IOException.class)
        .hasMessageContaining("line 2").hasMessageContaining("word id 3 should be 2");
  }

  @Test
  void aMissingUposIsRefused() {
    String text = row("1", "Go", "go", "_", "VB");
    assertThatThrownBy(() -> read(text)).isInstanceOf(IOException.class).hasMessageContaining("line 1: the UPOS column is empty");
  }
}
