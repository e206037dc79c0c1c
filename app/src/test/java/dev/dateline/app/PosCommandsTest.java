package dev.dateline.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PosCommandsTest {
  @TempDir Path tmp;

  private Path tiny() throws IOException {
    Path file = tmp.resolve("tiny.conllu");
    try (InputStream in = getClass().getResourceAsStream("tiny.conllu")) {
      Files.copy(in, file);
    }
    return file;
  }

  private Cli.Run train(Path data, Path out) {
    return Cli.run("train", "pos", "--train", data.toString(), "--dev", data.toString(), "--seed", "3", "--epochs", "3",
        "--out", out.toString());
  }

  @Test
  void trainPosWritesTheSameModelTwiceAndReportsEachEpoch() throws IOException {
    Path data = tiny();
    Cli.Run first = train(data, tmp.resolve("a.bin.gz"));
    Cli.Run second = train(data, tmp.resolve("b.bin.gz"));
    assertThat(first.code()).as(first.err()).isZero();
    assertThat(second.code()).as(second.err()).isZero();
    assertThat(first.out()).contains("epoch 3:").contains("dev UPOS");
    assertThat(Files.readAllBytes(tmp.resolve("a.bin.gz"))).isEqualTo(Files.readAllBytes(tmp.resolve("b.bin.gz")));
  }

  @Test
  void evalPosScoresATrainedModelAndPrintsOneJsonLineLast() throws IOException {
    Path data = tiny();
    Path model = tmp.resolve("m.bin.gz");
    assertThat(train(data, model).code()).isZero();

    Cli.Run r = Cli.run("eval", "pos", "--format", "conllu", "--model", model.toString(), data.toString());

    assertThat(r.code()).as(r.err()).isZero();
    JsonNode last = new ObjectMapper().readTree(r.lastLine());
    assertThat(last.get("task").asText()).isEqualTo("pos");
    assertThat(last.get("n").asInt()).isEqualTo(39);
    assertThat(last.get("accuracy").asDouble()).isEqualTo(1.0);
    assertThat(last.has("xpos_accuracy")).isTrue();
    assertThat(last.has("lemma_accuracy")).isTrue();
    assertThat(r.out()).contains("UPOS  accuracy");
  }

  @Test
  void evalPosNamesTheFileAndLineOfMalformedInput() throws IOException {
    Path bad = tmp.resolve("bad.conllu");
    Files.writeString(bad, "# c\n1\tGo\tgo\tVERB\tVB\t_\t_\t_\t_\t_\n2\tnow\tnow\n");
    Cli.Run r = Cli.run("eval", "pos", "--format", "conllu", bad.toString());
    assertThat(r.code()).isEqualTo(ExitCode.UNUSABLE);
    assertThat(r.err()).contains(bad.toString()).contains("line 3").contains("columns");
  }

  @Test
  void evalPosOnAMissingFileIsAUsageError() {
    String missing = tmp.resolve("missing.conllu").toString();
    Cli.Run r = Cli.run("eval", "pos", "--format", "conllu", missing);
    assertThat(r.code()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).contains(missing);
  }

  @Test
  void trainPosRefusesZeroEpochs() throws IOException {
    Cli.Run r = Cli.run("train", "pos", "--train", tiny().toString(), "--epochs", "0", "--out", tmp.resolve("m").toString());
    assertThat(r.code()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).contains("--epochs");
  }
}
