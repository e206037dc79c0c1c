package dev.dateline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {
  @TempDir Path tmp;

  @Test
  void demoIngestsTheSampleAndShowsStatsASearchAndARecord() {
    Cli.Run r = Cli.run("demo", "--data", tmp.resolve("data").toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("stored " + Sample.ARTICLES + ", duplicates 0, failed 0")
        .contains("articles    " + Sample.ARTICLES)
        .contains("ID                DATE")
        .contains("\"dateline\"")
        .contains("\"paragraphs\"");
  }

  @Test
  void secondDemoFindsEverythingAlreadyStored() {
    String data = tmp.resolve("data").toString();
    Cli.run("demo", "--data", data);
    Cli.Run again = Cli.run("demo", "--data", data);
    assertThat(again.code()).as(again.err()).isZero();
    assertThat(again.out()).contains("stored 0, duplicates " + Sample.ARTICLES + ", failed 0");
  }

  @Test
  void sampleIndexListsFilesInFourFormats() throws Exception {
    assertThat(DemoCommand.index())
        .anyMatch(n -> n.endsWith(".txt"))
        .anyMatch(n -> n.endsWith(".html"))
        .anyMatch(n -> n.endsWith(".jsonl"))
        .anyMatch(n -> n.endsWith(".xml"));
  }
}
