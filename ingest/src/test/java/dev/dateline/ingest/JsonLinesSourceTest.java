package dev.dateline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.model.ContentKind;
import dev.dateline.model.SuppliedMetadata;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesSourceTest {
  @TempDir Path dir;

  private Collected read(String name, String content) throws Exception {
    Path file = Files.writeString(dir.resolve(name), content);
    return Collected.from(Ingest.builder().build().open(file.toString()));
  }

  @Test
  void eachLineIsATextDocumentOfItsMaintextWithNewsPleaseMetadata() throws Exception {
    var got = read("news.jsonl", """
        {"title":"Flood","maintext":"RIVERTOWN — Water rose.","date_publish":"2021-07-14 09:30:00",\
        "url":"https://news.test/flood","source_domain":"news.test","language":"en","authors":["Ann Lee","Bo Ng"]}
        """);
    assertThat(got.failures).isEmpty();
    assertThat(got.documents).singleElement().satisfies(d -> {
      assertThat(d.kind()).isEqualTo(ContentKind.TEXT);
      assertThat(d.origin()).endsWith("news.jsonl:1");
      assertThat(d.supplied().title()).contains("Flood");
      assertThat(d.supplied().published()).contains("2021-07-14T09:30:00");
      assertThat(d.supplied().url()).contains("https://news.test/flood");
      assertThat(d.supplied().source()).contains("news.test");
      assertThat(d.supplied().language()).contains("en");
      assertThat(d.supplied().authors()).containsExactly("Ann Lee", "Bo Ng");
    });
    assertThat(got.text(0)).isEqualTo("RIVERTOWN — Water rose.");
  }

  @Test
  void textOrBodyAndDateOrPublishedAreAcceptedToo() throws Exception {
    var got = read("a.ndjson", """
        {"text":"One.","date":"2020-01-01"}
        {"body":"Two.","published":"2020-01-02T00:00:00Z"}
        """);
    assertThat(got.documents).extracting(d -> new String(d.content(), StandardCharsets.UTF_8))
        .containsExactly("One.", "Two.");
    assertThat(got.documents).extracting(d -> d.supplied().published().orElseThrow())
        .containsExactly("2020-01-01", "2020-01-02T00:00:00Z");
  }

  @Test
  void aBadLineIsAFailureWithItsLineNumberAndReadingGoesOn() throws Exception {
    var got = read("news.jsonl", """
        {"maintext":"One."}

        {"maintext": broken
        {"title":"no text"}
        {"maintext":"Five."}
        """);
    assertThat(got.documents).extracting(d -> d.origin().substring(d.origin().lastIndexOf(':') + 1))
        .containsExactly("1", "5");
    assertThat(got.failures).hasSize(2);
    assertThat(got.failures.get(0).toString()).contains("news.jsonl:3: invalid JSON");
    assertThat(got.failures.get(1).toString()).contains("news.jsonl:4: no text");
  }

  @Test
  void aLineOverMaxBytesIsSkippedAsAFailure() throws Exception {
    Path file = Files.writeString(dir.resolve("n.jsonl"),
        "{\"maintext\":\"" + "x".repeat(200) + "\"}\n{\"maintext\":\"ok\"}\n");
    var got = Collected.from(Ingest.builder().maxBytes(100).build().open(file.toString()));
    assertThat(got.failures).singleElement().satisfies(f -> assertThat(f.origin()).endsWith("n.jsonl:1"));
    assertThat(got.text(0)).isEqualTo("ok");
  }

  @Test
  void gzippedJsonLinesAreRead() throws Exception {
    Path file = dir.resolve("n.jsonl.gz");
    Files.write(file, FileSourceTest.gzip("{\"maintext\":\"Zipped.\"}\n".getBytes(StandardCharsets.UTF_8)));
    var got = Collected.from(Ingest.builder().build().open(file.toString()));
    assertThat(got.text(0)).isEqualTo("Zipped.");
  }

  @Test
  void commandLineMetadataFillsFieldsALineLeavesOut() throws Exception {
    Path file = Files.writeString(dir.resolve("n.jsonl"), "{\"maintext\":\"x\",\"title\":\"T\"}\n");
    var got = Collected.from(Ingest.builder().metadata(SuppliedMetadata.NONE.withSource("Wire").withTitle("CLI"))
        .build().open(file.toString()));
    assertThat(got.documents.get(0).supplied().title()).contains("T");
    assertThat(got.documents.get(0).supplied().source()).contains("Wire");
  }
}
