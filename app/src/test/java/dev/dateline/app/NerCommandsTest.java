package dev.dateline.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NerCommandsTest {
  private static final String DATA = """
      -DOCSTART- -X- O

      Peter NNP B-PER
      Blackburn NNP I-PER
      visited VBD O
      Brussels NNP B-LOC
      . . O

      Reuters NNP B-ORG
      reported VBD O
      from IN O
      Paris NNP B-LOC
      . . O
      """;

  @TempDir Path tmp;

  private Path data() throws Exception {
    return Files.writeString(tmp.resolve("tiny.txt"), DATA);
  }

  @Test
  void trainWritesTheSameModelTwiceForTheSameSeed() throws Exception {
    Path data = data();
    Cli.Run a = Cli.run("train", "ner", "--train", data.toString(), "--epochs", "2", "--folds", "2", "--seed", "3", "--out", tmp.resolve("a.bin.gz").toString());
    Cli.Run b = Cli.run("train", "ner", "--train", data.toString(), "--epochs", "2", "--folds", "2", "--seed", "3", "--out", tmp.resolve("b.bin.gz").toString());
    assertThat(a.code()).as(a.err()).isZero();
    assertThat(b.code()).as(b.err()).isZero();
    assertThat(Files.readAllBytes(tmp.resolve("a.bin.gz"))).isEqualTo(Files.readAllBytes(tmp.resolve("b.bin.gz")));
  }

  @Test
  void evalScoresAModelAndWritesPredictionsWithTheJsonLineLast() throws Exception {
    Path data = data();
    Path model = tmp.resolve("m.bin.gz");
    Cli.Run t = Cli.run("train", "ner", "--train", data.toString(), "--epochs", "3", "--folds", "2", "--out", model.toString());
    assertThat(t.code()).as(t.err()).isZero();
    Path predictions = tmp.resolve("pred.txt");

    Cli.Run r = Cli.run("eval", "ner", "--format", "conll", data.toString(), "--model", model.toString(), "--write-predictions", predictions.toString());

    assertThat(r.code()).as(r.err()).isZero();
    JsonNode last = new ObjectMapper().readTree(r.lastLine());
    assertThat(last.get("task").asText()).isEqualTo("ner");
    assertThat(last.get("n").asInt()).isEqualTo(2);
    assertThat(last.get("f1").asDouble()).isBetween(0.0, 1.0);
    assertThat(r.out()).contains("PER").contains("all");
    List<String> rows = Files.readAllLines(predictions).stream().filter(l -> l.startsWith("Peter")).toList();
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).split(" ")).hasSize(4).startsWith("Peter", "NNP", "B-PER");
  }

  @Test
  void badTagFailsNamingFileAndLine() throws Exception {
    Path bad = Files.writeString(tmp.resolve("bad.txt"), "Peter NNP B-PER\nvisited VBD Q\n");
    Cli.Run r = Cli.run("eval", "ner", "--format", "conll", bad.toString());
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err()).contains(bad.toString()).contains("line 2").contains("'Q'");
  }

  @Test
  void unknownFormatIsAUsageError() throws Exception {
    Cli.Run r = Cli.run("eval", "ner", "--format", "brat", data().toString());
    assertThat(r.code()).isEqualTo(2);
  }
}
