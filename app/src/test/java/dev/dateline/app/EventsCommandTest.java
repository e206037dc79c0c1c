package dev.dateline.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `dateline events` over stores filled by `dateline ingest`. */
class EventsCommandTest {
  private static final String STORY = "Blinken meets Netanyahu\n\nUS Secretary of State Antony Blinken met Israeli Prime Minister "
      + "Benjamin Netanyahu in Tel Aviv on Wednesday to press for a pause in the fighting in Gaza.\n";

  @TempDir Path tmp;
  private final ObjectMapper json = new ObjectMapper();

  private String data() {
    return tmp.resolve("data").toString();
  }

  private Cli.Run ingestStory(String... more) {
    List<String> args = new ArrayList<>(List.of("ingest", "-", "--data", data(), "--source", "Example Gazette", "--published",
        "2024-02-07", "--url", "https://example.org/blinken"));
    args.addAll(List.of(more));
    Cli.Run r = Cli.runWithStdin(STORY, args.toArray(String[]::new));
    assertThat(r.code()).as(r.err()).isZero();
    return r;
  }

  private List<JsonNode> jsonl(String... filters) throws Exception {
    List<String> args = new ArrayList<>(List.of("events", "--data", data(), "--format", "jsonl", "--limit", "10000"));
    args.addAll(List.of(filters));
    Cli.Run r = Cli.run(args.toArray(String[]::new));
    assertThat(r.code()).as(r.err()).isZero();
    List<JsonNode> out = new ArrayList<>();
    for (String line : r.out().split("\\R")) {
      if (!line.isBlank()) {
        out.add(json.readTree(line));
      }
    }
    return out;
  }

  @Test
  void ingestReportsTheEventsItStored() {
    Cli.Run r = ingestStory();
    assertThat(r.out()).containsPattern("analysed 1 articles: [1-9]\\d* events");
  }

  @Test
  void tableShowsTheMeetingWithItsArticleAndUrl() {
    ingestStory();
    Cli.Run r = Cli.run("events", "--data", data(), "--actor", "blinken", "--type", "consult");
    assertThat(r.code()).as(r.err()).isZero();
    String[] lines = r.out().split("\\R");
    assertThat(lines[0]).startsWith("DATE").contains("TYPE", "MODALITY", "ACTORS", "TARGETS", "PLACE", "TRIGGER", "ARTICLE", "URL");
    assertThat(lines[1]).contains("2024-02-07", "CONSULT", "Antony Blinken", "Netanyahu", "Tel Aviv", "met", "https://example.org/blinken");
  }

  @Test
  void jsonLinesCarryTheEventRecordWithArticleIdAndUrl() throws Exception {
    ingestStory();
    List<JsonNode> events = jsonl("--actor", "Antony Blinken", "--type", "CONSULT");
    assertThat(events).isNotEmpty();
    JsonNode first = events.get(0);
    assertThat(first.get("article_id").asText()).hasSize(16);
    assertThat(first.get("url").asText()).isEqualTo("https://example.org/blinken");
    assertThat(first.get("event").get("type").asText()).isEqualTo("CONSULT");
    assertThat(first.get("event").get("trigger").get("text").asText()).isEqualTo("met");
    assertThat(first.get("event").get("actors").get(0).get("name").asText()).isEqualTo("Antony Blinken");
  }

  @Test
  void filtersNarrowTheEvents() throws Exception {
    ingestStory();
    int all = jsonl().size();
    assertThat(jsonl("--target", "Netanyahu")).isNotEmpty().allMatch(e -> e.get("event").get("targets").toString().contains("Netanyahu"));
    assertThat(jsonl("--place", "tel aviv")).isNotEmpty().allMatch(e -> e.get("event").get("place").get("name").asText().equals("Tel Aviv"));
    assertThat(jsonl("--modality", "asserted")).isNotEmpty().allMatch(e -> e.get("event").get("modality").asText().equals("asserted"));
    assertThat(jsonl("--from", "2024-02", "--to", "2024-02-07")).hasSize(all);
    assertThat(jsonl("--from", "2024-02-08")).isEmpty();
    assertThat(jsonl("--actor", "Zelensky")).isEmpty();
  }

  @Test
  void ingestingAgainAddsNoEvents() throws Exception {
    ingestStory();
    int before = jsonl().size();
    Cli.Run again = ingestStory();
    assertThat(again.out()).contains("stored 0, duplicates 1, failed 0", "analysed 0 articles: 0 events");
    assertThat(jsonl()).hasSize(before);
  }

  @Test
  void articlesIngestedWithoutAnalysisAreNamedAndGetTheirEventsWhenIngestedAgain() throws Exception {
    Cli.Run skipped = ingestStory("--no-analysis");
    assertThat(skipped.out()).contains("not analysed (--no-analysis)");
    Cli.Run r = Cli.run("events", "--data", data());
    assertThat(r.code()).isZero();
    assertThat(r.err()).contains("1 of 1 articles", "stored without analysis");
    Cli.Run again = ingestStory();
    assertThat(again.out()).contains("stored 0, duplicates 1, failed 0").containsPattern("analysed 1 articles: [1-9]");
    Cli.Run after = Cli.run("events", "--data", data());
    assertThat(after.err()).doesNotContain("without analysis");
    assertThat(after.out()).contains("Antony Blinken");
  }

  @Test
  void anInvalidDateIsAUsageErrorNamingOptionAndValue() {
    ingestStory();
    Cli.Run r = Cli.run("events", "--data", data(), "--from", "2024-13-01");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--from '2024-13-01' is not a valid date", "MonthOfYear");
    Cli.Run words = Cli.run("events", "--data", data(), "--to", "yesterday");
    assertThat(words.code()).isEqualTo(2);
    assertThat(words.err()).contains("--to 'yesterday' is not a date");
  }

  @Test
  void anUnknownTypeOrModalityIsAUsageErrorListingTheKnownOnes() {
    ingestStory();
    Cli.Run r = Cli.run("events", "--data", data(), "--type", "consult,MEET");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--type 'MEET' is unknown", "CONSULT", "ASSAULT");
    Cli.Run m = Cli.run("events", "--data", data(), "--modality", "maybe");
    assertThat(m.code()).isEqualTo(2);
    assertThat(m.err()).contains("--modality 'maybe' is unknown", "asserted", "negated");
  }

  @Test
  void fromAfterToAndBadFormatAreUsageErrors() {
    ingestStory();
    assertThat(Cli.run("events", "--data", data(), "--from", "2024-03-01", "--to", "2024-02-01").err()).contains("--from 2024-03-01 is after --to 2024-02-01");
    assertThat(Cli.run("events", "--data", data(), "--format", "csv").err()).contains("--format 'csv'");
  }

  @Test
  void statsCountEventsAndArticlesStoredWithoutAnalysis() throws Exception {
    ingestStory("--no-analysis");
    Cli.Run r = Cli.run("stats", "--data", data(), "--json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode before = json.readTree(r.out());
    assertThat(before.get("events").asLong()).isZero();
    assertThat(before.get("articles_unanalysed").asLong()).isEqualTo(1);
    ingestStory();
    JsonNode after = json.readTree(Cli.run("stats", "--data", data(), "--json").out());
    assertThat(after.get("events").asLong()).isEqualTo(jsonl().size());
    assertThat(after.get("articles_unanalysed").asLong()).isZero();
  }

  @Test
  void noStoreIsExit3() {
    Cli.Run r = Cli.run("events", "--data", data());
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err()).contains("no store at");
  }

  @Test
  void seedsIngestedGiveBlinkensConsultations() throws Exception {
    Path seeds = SharedData.require("seeds");
    Cli.Run ingest = Cli.run("ingest", seeds.toString(), "--data", data());
    assertThat(ingest.code()).as(ingest.err()).isZero();
    assertThat(ingest.out()).contains("stored 2, duplicates 0, failed 0");
    List<JsonNode> events = jsonl("--actor", "Blinken", "--type", "CONSULT");
    assertThat(events).hasSizeGreaterThanOrEqualTo(2);
    assertThat(events).allMatch(e -> e.get("event").get("actors").toString().contains("Blinken"));
    assertThat(events.stream().map(e -> e.get("article_id").asText()).distinct()).hasSize(2);
    assertThat(events).anyMatch(e -> e.get("event").get("targets").toString().contains("Netanyahu"));
  }

  @Test
  void otherEventsAreStoredWithoutCameoCodeAndFoundByTheirType() throws Exception {
    Cli.Run ingest = Cli.runWithStdin("Concert review\n\nThe band performed in Lisbon on Tuesday.\n", "ingest", "-", "--data",
        data(), "--source", "Example Gazette", "--published", "2024-02-07");
    assertThat(ingest.code()).as(ingest.err()).isZero();
    List<JsonNode> other = jsonl("--type", "other");
    assertThat(other).isNotEmpty().allMatch(e -> e.get("event").get("type").asText().equals("OTHER")
        && e.get("event").get("cameo").isNull());
  }

  @Test
  void typeFilterWithoutOtherLeavesOtherEventsOut() throws Exception {
    ingestStory();
    assertThat(jsonl("--type", "consult")).isNotEmpty().noneMatch(e -> e.get("event").get("type").asText().equals("OTHER"));
  }
}
