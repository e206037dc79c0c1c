package dev.dateline.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestCommandTest {
  @TempDir Path tmp;
  private Path sample;
  private String data;

  @BeforeEach
  void unpack() {
    sample = Sample.unpack(tmp);
    data = tmp.resolve("data").toString();
  }

  private JsonNode stats() throws Exception {
    Cli.Run r = Cli.run("stats", "--data", data, "--json");
    assertThat(r.code()).as(r.err()).isZero();
    return new ObjectMapper().readTree(r.out());
  }

  @Test
  void sampleIsStoredWithCommittedCounts() throws Exception {
    Cli.Run r = Cli.run("ingest", sample.toString(), "--data", data, "--no-follow");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out().lines().findFirst().orElse("")).isEqualTo("stored " + Sample.ARTICLES + ", duplicates 0, failed 0");
    assertThat(stats().get("articles").asLong()).isEqualTo(Sample.ARTICLES);
  }

  @Test
  void ingestingTwiceStoresNoDuplicates() throws Exception {
    Cli.run("ingest", sample.toString(), "--data", data, "--no-follow");
    Cli.Run again = Cli.run("ingest", sample.toString(), "--data", data, "--no-follow");
    assertThat(again.code()).as(again.err()).isZero();
    assertThat(again.out().lines().findFirst().orElse("")).isEqualTo("stored 0, duplicates " + Sample.ARTICLES + ", failed 0");
    assertThat(stats().get("articles").asLong()).isEqualTo(Sample.ARTICLES);
  }

  @Test
  void missingInputAloneIsExit3NamingIt() {
    String missing = tmp.resolve("no-such-file.txt").toString();
    Cli.Run r = Cli.run("ingest", missing, "--data", data);
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err()).contains(missing);
    assertThat(r.out()).contains("stored 0, duplicates 0, failed 1");
  }

  @Test
  void missingInputBesideGoodOnesIsExit1AndRecordedInTheStore() throws Exception {
    String missing = tmp.resolve("no-such-file.txt").toString();
    Cli.Run r = Cli.run("ingest", missing, sample.toString(), "--data", data, "--no-follow");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("failed: " + missing);
    assertThat(r.out().lines().findFirst().orElse("")).isEqualTo("stored " + Sample.ARTICLES + ", duplicates 0, failed 1");
    assertThat(stats().get("failures").asLong()).isEqualTo(1);
  }

  @Test
  void stdinIsReadAsOneDocumentWithTheGivenMetadata() throws Exception {
    String text = "Harbour reopens after dredging\n\nThe harbour at Port Example reopened to shipping after three weeks of "
        + "dredging work, the harbour master said, and the first ferry arrived on schedule in the afternoon.\n";
    Cli.Run r = Cli.runWithStdin(text, "ingest", "-", "--data", data, "--source", "Example Gazette", "--published", "2025-04-02");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out().lines().findFirst().orElse("")).isEqualTo("stored 1, duplicates 0, failed 0");
    assertThat(stats().get("by_source").get("Example Gazette").asLong()).isEqualTo(1);
  }

  @Test
  void unusableDataDirectoryIsExit3() throws Exception {
    Path file = java.nio.file.Files.writeString(tmp.resolve("not-a-dir"), "x");
    Cli.Run r = Cli.run("ingest", sample.toString(), "--data", file.toString(), "--no-follow");
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err()).contains(file.toString());
  }

  @Test
  void runsLongerThanOneBatchCountEveryCommittedDocument() throws Exception {
    Path many = java.nio.file.Files.createDirectories(tmp.resolve("many"));
    int n = Ingestion.BATCH + 30;
    for (int i = 0; i < n; i++) {
      java.nio.file.Files.writeString(many.resolve(String.format("story-%03d.txt", i)), "Council meeting number " + i
          + " approved the harbour budget after a long debate about dredging, ferries and the cost of new cranes.\n");
    }
    Cli.Run r = Cli.run("ingest", many.toString(), "--data", data, "--source", "Example Gazette", "--published", "2025-04-02");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out().lines().findFirst().orElse("")).isEqualTo("stored " + n + ", duplicates 0, failed 0");
    assertThat(stats().get("articles").asLong()).isEqualTo(n);
  }
}
