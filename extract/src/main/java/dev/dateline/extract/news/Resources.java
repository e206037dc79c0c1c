package dev.dateline.extract.news;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads this package's data files: one entry a line, '#' comments and blank lines skipped. */
final class Resources {
  private Resources() {}

  static List<String> lines(String resource) {
    InputStream in = Resources.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing resource " + Resources.class.getPackageName() + "/" + resource);
    }
    List<String> out = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(line.strip());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    return List.copyOf(out);
  }

  /** Rows of a tab-separated data file, each with exactly {@code columns} columns. */
  static List<String[]> rows(String resource, int columns) {
    List<String[]> out = new ArrayList<>();
    for (String line : lines(resource)) {
      String[] cols = line.split("\t");
      if (cols.length != columns) {
        throw new IllegalStateException(
            resource + ": expected " + columns + " tab-separated columns, got " + cols.length + " in '" + line + "'");
      }
      out.add(cols);
    }
    return List.copyOf(out);
  }
}
