package dev.dateline.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrashSafetyTest {
  private static final int REPORTED = 40;

  @TempDir Path dir;

  @Test
  void everyCommittedArticleSurvivesKillNine() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), CrashWriter.class.getName(), dir.toString(), "5")
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
    List<String> reported = new ArrayList<>();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while (reported.size() < REPORTED && (line = out.readLine()) != null) {
        if (line.startsWith("stored ")) {
          reported.add(line.substring("stored ".length()));
        }
      }
      // Killed mid-loop: it is adding, and maybe committing, the next batch right now.
      child.destroyForcibly();
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).as("child ended").isTrue();
    } finally {
      child.destroyForcibly();
    }
    assertThat(reported).as("the child reported stored articles before it was killed").hasSize(REPORTED);

    try (ArticleStore store = ArticleStore.open(dir)) {
      for (String id : reported) {
        assertThat(store.get(id)).as("reported id %s", id).isPresent();
      }
      assertThat(store.stats().articles()).isGreaterThanOrEqualTo(REPORTED);
      List<String> all = new ArrayList<>();
      store.forEach(a -> all.add(a.id()));
      assertThat(all).containsAll(reported);
    }
  }
}
