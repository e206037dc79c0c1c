package dev.dateline.nlp.clusters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusFilesTest {
  @TempDir Path dir;

  private List<List<String>> read(Path file) throws IOException {
    List<List<String>> sentences = new ArrayList<>();
    CorpusFiles.read(file, sentences::add);
    return sentences;
  }

  @Test
  void conllColumnsGiveSentencesWithoutDocStart() throws IOException {
    Path file = Files.writeString(dir.resolve("train.txt"),
        "-DOCSTART- -X- -X- O\n\nEU NNP B-NP B-ORG\nrejects VBZ B-VP O\n\nPeter NNP B-NP B-PER\n");

    assertThat(read(file)).containsExactly(List.of("EU", "rejects"), List.of("Peter"));
  }

  @Test
  void conlluSkipsCommentsAndMultiwordRanges() throws IOException {
    Path file = Files.writeString(dir.resolve("x.conllu"),
        "# text = I don't\n1\tI\tI\tPRON\n2-3\tdon't\t_\t_\n2\tdo\tdo\tAUX\n3\tn't\tnot\tPART\n\n");

    assertThat(read(file)).containsExactly(List.of("I", "do", "n't"));
  }

  @Test
  void tokenXmlKeepsSentencesAndSkipsTheEcbPlusUrl() throws IOException {
    Path file = Files.writeString(dir.resolve("1_1ecbplus.xml"),
        "<Document>\n<token t_id=\"1\" sentence=\"0\" number=\"0\">http://x</token>\n"
            + "<token t_id=\"2\" sentence=\"1\" number=\"0\">AT&amp;T</token>\n"
            + "<token t_id=\"3\" sentence=\"1\" number=\"1\">won</token>\n<token_anchor t_id=\"3\"/>\n</Document>\n");

    assertThat(read(file)).containsExactly(List.of("AT&T", "won"));
  }

  @Test
  void zippedCsvReadsTheTextColumnWithQuotedNewlines() throws IOException {
    Path zip = dir.resolve("stories.csv.zip");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
      out.putNextEntry(new ZipEntry("stories.csv"));
      out.write("title,text\n{x} wins,\"Rebels took the town.\n\nThey said \"\"no\"\".\"\n".getBytes(StandardCharsets.UTF_8));
      out.closeEntry();
    }

    assertThat(read(zip)).containsExactly(List.of("Rebels", "took", "the", "town", "."),
        List.of("They", "said", "\"", "no", "\"", "."));
  }

  @Test
  void timemlReadsTitleAndTextWithoutTags() throws IOException {
    Path file = Files.writeString(dir.resolve("a.tml"),
        "<TimeML><TITLE>Bombs hit</TITLE><EXTRAINFO>junk</EXTRAINFO><TEXT>Two <EVENT eid=\"e1\">blasts</EVENT> struck.</TEXT></TimeML>");

    assertThat(read(file)).containsExactly(List.of("Bombs", "hit"), List.of("Two", "blasts", "struck", "."));
  }

  @Test
  void latinOneTextIsReadWhenNotUtf8() throws IOException {
    Path file = dir.resolve("b.txt");
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write(new byte[] {'a', ' ', (byte) 0xa3, '5'});
    }

    assertThat(read(file)).containsExactly(List.of("a", "\u00a3", "5"));
  }

  @Test
  void unknownFormatIsNamed() throws IOException {
    Path file = Files.writeString(dir.resolve("notes.md"), "hello");

    assertThatThrownBy(() -> read(file)).isInstanceOf(IOException.class).hasMessageContaining("notes.md");
  }
}
