package dev.dateline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `train event-types` on a hand-made CSV of labelled stories. */
class TrainEventTypesCommandTest {
  @TempDir Path tmp;

  @Test
  void trainsAModelFromLabelledStories() throws Exception {
    Path csv = tmp.resolve("stories.csv");
    Files.writeString(csv, "text,title,label,mode\n"
        + "\"Rebels attacked a convoy near Kabul on Monday, killing three soldiers.\n\nMore text.\",t,ASSAULT,\n"
        + "\"Switzerland expelled two Russian diplomats, officials said.\",t,SANCTION,expel\n");
    Path out = tmp.resolve("types.bin.gz");
    Cli.Run r = Cli.run("train", "event-types", "--train", csv.toString(), "--epochs", "2", "--out", out.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.lastLine()).contains("\"task\":\"train-event-types\"").contains("\"stories\":2");
    assertThat(Files.size(out)).isPositive();
  }

  @Test
  void aFileWithoutALabelColumnCannotBeRead() throws Exception {
    Path csv = tmp.resolve("stories.csv");
    Files.writeString(csv, "text,title\nSome text.,t\n");
    Cli.Run r = Cli.run("train", "event-types", "--train", csv.toString(), "--out", tmp.resolve("m.bin.gz").toString());
    assertThat(r.code()).isEqualTo(ExitCode.UNUSABLE);
    assertThat(r.err()).contains("label");
  }

  @Test
  void leadIsTheFirstParagraph() {
    assertThat(TrainEventTypesCommand.lead("\n\nFirst lead line.\n\nSecond paragraph.")).isEqualTo("First lead line.");
  }
}
