package dev.dateline.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Eval gates of the event coder on the development data in ../shared: floors a little under the measured figures
 * (README, docs/events-codebook.md), so a change that makes coding worse fails the build.
 */
class EventCommandsTest {
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void ploverGoldRecordsKeepTheirTypeAccuracyAndMacroF1() throws Exception {
    Path file = SharedData.require("datasets/event-coding/plover/gold_standard_records/PLOVER_GSR_CAMEO.txt");
    Cli.Run r = Cli.run("eval", "coding", "--format", "plover", file.toString());
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode last = json.readTree(r.lastLine());
    assertThat(last.get("task").asText()).isEqualTo("coding");
    assertThat(last.get("format").asText()).isEqualTo("plover");
    assertThat(last.get("n").asInt()).isEqualTo(322);
    assertThat(last.get("accuracy").asDouble()).isGreaterThanOrEqualTo(FLOOR_PLOVER_ACCURACY);
    assertThat(last.get("macro_f1").asDouble()).isGreaterThanOrEqualTo(FLOOR_PLOVER_MACRO_F1);
    assertThat(last.get("actor_code_accuracy").asDouble()).isGreaterThanOrEqualTo(FLOOR_PLOVER_ACTOR);
    assertThat(last.get("recipient_code_accuracy").asDouble()).isGreaterThanOrEqualTo(FLOOR_PLOVER_RECIPIENT);
  }

  @Test
  void petrarchValidationRecordsKeepTheirRootAccuracyWithTheValidationDictionary() throws Exception {
    Path file = SharedData.require("datasets/event-coding/petrarch2/text/PETR.UnitTest.records.xml");
    Path verbs = SharedData.require("datasets/event-coding/petrarch2/dictionaries/PETR.Validate.verbs.txt");
    Cli.Run r = Cli.run("eval", "coding", "--format", "petrarch", "--verbs", verbs.toString(), file.toString());
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode last = json.readTree(r.lastLine());
    assertThat(last.get("format").asText()).isEqualTo("petrarch");
    assertThat(last.get("n").asInt()).isPositive();
    assertThat(last.get("root_accuracy").asDouble()).isGreaterThanOrEqualTo(FLOOR_PETRARCH_ROOT);
    assertThat(last.has("code_accuracy")).isTrue();
    assertThat(last.get("cameo_root_accuracy").asDouble()).isGreaterThanOrEqualTo(FLOOR_PETRARCH_CAMEO_ROOT);
  }

  @Test
  void ecbPlusDevTopicsKeepTheirMentionAndArgumentF1() throws Exception {
    Path folder = SharedData.require("datasets/ecbplus/ECB+");
    Cli.Run r = Cli.run("eval", "events", "--format", "ecbplus", "--split", "dev", folder.toString());
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode last = json.readTree(r.lastLine());
    assertThat(last.get("task").asText()).isEqualTo("events");
    assertThat(last.get("mention_f1").asDouble()).isGreaterThanOrEqualTo(FLOOR_ECB_MENTION_F1);
    assertThat(last.get("participant_f1").asDouble()).isGreaterThanOrEqualTo(FLOOR_ECB_PARTICIPANT_F1);
    assertThat(last.get("location_f1").asDouble()).isGreaterThanOrEqualTo(FLOOR_ECB_LOCATION_F1);
    assertThat(last.get("time_f1").asDouble()).isGreaterThanOrEqualTo(FLOOR_ECB_TIME_F1);
  }

  @Test
  void aMissingFileIsAUsageError() {
    Cli.Run r = Cli.run("eval", "coding", "--format", "plover", "no-such-file.json");
    assertThat(r.code()).isEqualTo(ExitCode.USAGE);
  }

  private static final double FLOOR_PLOVER_ACCURACY = 0.68;
  private static final double FLOOR_PLOVER_MACRO_F1 = 0.61;
  private static final double FLOOR_PLOVER_ACTOR = 0.42;
  private static final double FLOOR_PLOVER_RECIPIENT = 0.25;
  private static final double FLOOR_PETRARCH_ROOT = 0.90;
  private static final double FLOOR_PETRARCH_CAMEO_ROOT = 0.95;
  private static final double FLOOR_ECB_MENTION_F1 = 0.81;
  private static final double FLOOR_ECB_PARTICIPANT_F1 = 0.65;
  private static final double FLOOR_ECB_TIME_F1 = 0.72;
  private static final double FLOOR_ECB_LOCATION_F1 = 0.68;
}
