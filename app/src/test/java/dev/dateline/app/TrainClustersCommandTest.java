package dev.dateline.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.nlp.clusters.WordClusters;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainClustersCommandTest {
  @TempDir Path dir;

  private Path corpus() throws IOException {
    StringBuilder text = new StringBuilder();
    String[] nouns = {"dog", "cat", "bank", "court"};
    String[] verbs = {"sees", "likes", "sued", "met"};
    for (int i = 0; i < 200; i++) {
      text.append("The ").append(nouns[i % 4]).append(' ').append(verbs[(i / 4) % 4]).append(" a ")
          .append(nouns[(i / 16) % 4]).append(".\n");
    }
    return Files.writeString(dir.resolve("news.txt"), text);
  }

  @Test
  void writesAGzippedFileTheReaderLoads() throws IOException {
    Path out = dir.resolve("clusters.tsv.gz");

    Cli.Run run = Cli.run("train", "clusters", "--out", out.toString(), "--classes", "2,4", "--min-count", "2",
        "--seed", "3", corpus().toString());

    assertThat(run.code()).as(run.err()).isEqualTo(ExitCode.OK);
    assertThat(run.lastLine()).startsWith("{\"out\":").contains("\"classes\":[2,4]");
    assertThat(run.err()).contains("4 classes: iteration 1");
    try (InputStream in = new GZIPInputStream(Files.newInputStream(out))) {
      WordClusters clusters = WordClusters.read(in, out.toString());
      assertThat(clusters.levels()).isEqualTo(2);
      assertThat(clusters.knows("dog")).isTrue();
    }
  }

  @Test
  void decreasingClassCountsAreAUsageError() throws IOException {
    Cli.Run run = Cli.run("train", "clusters", "--out", dir.resolve("x.tsv").toString(), "--classes", "8,4",
        corpus().toString());

    assertThat(run.code()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("coarsest first");
  }

  @Test
  void missingInputIsNamed() {
    Cli.Run run = Cli.run("train", "clusters", "--out", dir.resolve("x.tsv").toString(), dir.resolve("nope.txt").toString());

    assertThat(run.code()).isEqualTo(ExitCode.UNUSABLE);
    assertThat(run.err()).contains("nope.txt");
  }
}
