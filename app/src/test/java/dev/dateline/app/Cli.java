package dev.dateline.app;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Runs the `dateline` command line in-process with a fixed clock, given stdin, and captured stdout and stderr. */
final class Cli {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-15T10:00:00Z"), ZoneOffset.UTC);

  record Run(int code, String out, String err) {
    /** The last non-empty line of stdout. */
    String lastLine() {
      String[] lines = out.strip().split("\\R");
      return lines[lines.length - 1];
    }
  }

  private Cli() {}

  static Run run(String... args) {
    return runWithStdin(new ByteArrayInputStream(new byte[0]), args);
  }

  static Run runWithStdin(String stdin, String... args) {
    return runWithStdin(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), args);
  }

  static Run runWithStdin(InputStream stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new Components(CLOCK, stdin, false), args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }
}
