package dev.dateline.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** search, show and stats over the sample ingested into a fresh store. */
class StoreCommandsTest {
  @TempDir Path tmp;
  private Path sample;
  private String data;
  private final ObjectMapper json = new ObjectMapper();

  @BeforeEach
  void ingest() {
    sample = Sample.unpack(tmp);
    data = tmp.resolve("data").toString();
    Cli.Run r = Cli.run("ingest", sample.toString(), "--data", data, "--no-follow");
    assertThat(r.code()).as(r.err()).isZero();
  }

  private JsonNode firstHit(String query) throws Exception {
    Cli.Run r = Cli.run("search", query, "--data", data, "--json");
    assertThat(r.code()).as(r.err()).isZero();
    return json.readTree(r.out().split("\\R")[0]);
  }

  @Test
  void searchPrintsATableWithTheMatchingArticle() {
    Cli.Run r = Cli.run("search", "dockworkers", "--data", data);
    assertThat(r.code()).as(r.err()).isZero();
    String[] lines = r.out().split("\\R");
    assertThat(lines[0]).startsWith("ID").contains("DATE", "SOURCE", "TITLE", "SNIPPET");
    assertThat(lines[1]).contains("Lisbon dockworkers");
  }

  @Test
  void searchJsonLinesCarryIdTitleAndSnippet() throws Exception {
    JsonNode hit = firstHit("floating solar");
    assertThat(hit.get("id").asText()).hasSize(16);
    assertThat(hit.get("title").asText()).contains("floating solar park");
    assertThat(hit.get("snippet").asText()).isNotBlank();
  }

  @Test
  void searchRespectsTheLimit() {
    Cli.Run r = Cli.run("search", "the", "--data", data, "--json", "--limit", "2");
    assertThat(r.out().strip().split("\\R")).hasSizeLessThanOrEqualTo(2);
  }

  @Test
  void searchWithoutAStoreIsExit3NamingTheDirectory() {
    String none = tmp.resolve("nothing-here").toString();
    Cli.Run r = Cli.run("search", "port", "--data", none);
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err()).contains(none);
  }

  @Test
  void searchWithAZeroLimitIsAUsageError() {
    assertThat(Cli.run("search", "port", "--data", data, "--limit", "0").code()).isEqualTo(2);
  }

  @Test
  void showJsonIsTheAnalyzeRecordOfTheStoredArticle() throws Exception {
    String id = firstHit("dockworkers").get("id").asText();
    Cli.Run shown = Cli.run("show", id, "--data", data, "--json");
    assertThat(shown.code()).as(shown.err()).isZero();
    JsonNode fromStore = json.readTree(shown.out());
    JsonNode fresh = json.readTree(Cli.run("analyze", sample.resolve(DemoCommand.RECORD_SAMPLE).toString()).out());
    assertThat(fromStore.get("id")).isEqualTo(fresh.get("id"));
    assertThat(fromStore.get("text")).isEqualTo(fresh.get("text"));
    assertThat(fromStore.get("paragraphs")).isEqualTo(fresh.get("paragraphs"));
  }

  @Test
  void showReadablePrintsTitleAndText() throws Exception {
    String id = firstHit("dockworkers").get("id").asText();
    Cli.Run shown = Cli.run("show", id, "--data", data);
    assertThat(shown.code()).as(shown.err()).isZero();
    assertThat(shown.out()).startsWith("Lisbon dockworkers").contains("id          " + id).contains("walked off the job");
  }

  @Test
  void showUnknownIdIsExit1NamingIt() {
    Cli.Run r = Cli.run("show", "0123456789abcdef", "--data", data);
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("0123456789abcdef");
  }

  @Test
  void statsCountArticlesBySourceAndLanguage() throws Exception {
    Cli.Run r = Cli.run("stats", "--data", data, "--json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode stats = json.readTree(r.out());
    assertThat(stats.get("articles").asLong()).isEqualTo(Sample.ARTICLES);
    assertThat(stats.get("failures").asLong()).isZero();
    long byLanguage = 0;
    for (JsonNode n : stats.get("by_language")) {
      byLanguage += n.asLong();
    }
    assertThat(byLanguage).isEqualTo(Sample.ARTICLES);
    assertThat(stats.get("earliest").asText()).isLessThanOrEqualTo(stats.get("latest").asText());
  }

  @Test
  void statsTextListsTheCounts() {
    Cli.Run r = Cli.run("stats", "--data", data);
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("articles    " + Sample.ARTICLES, "by source:", "by language:");
  }
}
