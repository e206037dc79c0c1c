package dev.dateline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputsTest {
  @TempDir Path tmp;

  @Test
  void documentsAreCountedFromFilesAndDirectoriesOfSingleDocuments() throws Exception {
    Files.writeString(tmp.resolve("a.txt"), "a");
    Files.createDirectories(tmp.resolve("d/e"));
    Files.writeString(tmp.resolve("d/b.html"), "b");
    Files.writeString(tmp.resolve("d/e/c.txt"), "c");
    Files.writeString(tmp.resolve("d/.hidden"), "h");
    Files.writeString(tmp.resolve("d/b.html.meta.json"), "{}");
    assertThat(Inputs.countDocuments(List.of(tmp.resolve("a.txt").toString(), tmp.resolve("d").toString())))
        .isEqualTo(OptionalLong.of(3));
  }

  @Test
  void countIsUnknownWhenAFileHoldsManyDocuments() throws Exception {
    Files.writeString(tmp.resolve("a.jsonl"), "{}");
    assertThat(Inputs.countDocuments(List.of(tmp.resolve("a.jsonl").toString()))).isEmpty();
  }

  @Test
  void countIsUnknownForStdinAndUrls() {
    assertThat(Inputs.countDocuments(List.of("-"))).isEmpty();
    assertThat(Inputs.countDocuments(List.of("https://news.example/a"))).isEmpty();
  }
}
