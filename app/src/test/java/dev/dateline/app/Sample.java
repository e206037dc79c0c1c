package dev.dateline.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The bundled demo sample, unpacked into a test's temporary directory. */
final class Sample {
  static final int ARTICLES = 6;

  private Sample() {}

  static Path unpack(Path tmp) {
    try {
      Path dir = Files.createDirectories(tmp.resolve("sample"));
      DemoCommand.unpack(dir);
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
