package dev.dateline.app;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** The shared data folder (../shared), passed in by surefire as the system property dateline.shared. */
final class SharedData {
  private SharedData() {}

  /** {@code relative} inside the shared folder; skips the test, saying why, when it is absent. */
  static Path require(String relative) {
    String root = System.getProperty("dateline.shared");
    assumeTrue(root != null, "system property dateline.shared is not set; skipping a test that needs ../shared");
    Path path = Path.of(root).resolve(relative);
    assumeTrue(Files.exists(path), path + " is absent; skipping a test that needs it");
    return path;
  }
}
