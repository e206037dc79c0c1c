package dev.dateline.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class MainTest {
  @Test
  void helpListsEveryCommand() {
    Cli.Run r = Cli.run("--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("ingest", "analyze", "search", "show", "stats", "eval", "bench", "demo");
  }

  @ParameterizedTest
  @ValueSource(strings = {"ingest", "analyze", "search", "show", "stats", "eval", "bench", "demo"})
  void everyCommandHasHelp(String command) {
    Cli.Run r = Cli.run(command, "--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("Usage: dateline " + command);
  }

  @Test
  void evalExtractHasHelp() {
    Cli.Run r = Cli.run("eval", "extract", "--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("--format", "zyte", "trafilatura", "readability");
  }

  @Test
  void versionNamesTheBuild() {
    Cli.Run r = Cli.run("--version");
    assertThat(r.code()).isZero();
    assertThat(r.out().strip()).matches("dateline \\d+\\.\\d+\\.\\d+.*");
  }

  @Test
  void noCommandIsAUsageError() {
    Cli.Run r = Cli.run();
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("Missing required subcommand");
  }

  @Test
  void unknownOptionIsAUsageErrorNamingIt() {
    Cli.Run r = Cli.run("stats", "--colour");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--colour");
  }

  @Test
  void badPublishedDateIsAUsageErrorNamingTheValue() {
    Cli.Run r = Cli.run("analyze", "whatever.txt", "--published", "last tuesday");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("'last tuesday'", "ISO-8601");
  }

  @Test
  void badUrlIsAUsageErrorNamingTheValue() {
    Cli.Run r = Cli.run("analyze", "whatever.txt", "--url", "ftp://x.example/a");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("'ftp://x.example/a'");
  }

  @Test
  void unknownStageIsAUsageErrorNamingIt() {
    Cli.Run r = Cli.run("analyze", "whatever.txt", "--stages", "paragraphs,entitees");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("'entitees'", "known stages");
  }
}
