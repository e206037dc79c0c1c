package dev.dateline.extract;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** The shared data folder, from the system property {@code dateline.shared}; tests skip when it is absent. */
final class SharedData {
  private SharedData() {}

  static Path require(String relative) {
    String root = System.getProperty("dateline.shared");
    assumeTrue(root != null, "system property dateline.shared is not set; skipping a test that needs ../shared");
    Path path = Path.of(root).resolve(relative);
    assumeTrue(Files.exists(path), "shared data " + path + " is absent; skipping");
    return path;
  }
}
