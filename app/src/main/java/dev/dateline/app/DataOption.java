package dev.dateline.app;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the store lives, shared by every command that uses it. */
final class DataOption {
  @Option(names = "--data", paramLabel = "DIR", defaultValue = "dateline-data",
      description = "The data directory holding the store (default: ${DEFAULT-VALUE} in the current directory).")
  Path dir;
}
