package dev.dateline.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the stages' bundled lexicons: UTF-8 text beside the class that owns it, one entry a line, columns separated
 * by tabs, blank lines and lines starting with {@code #} ignored. A missing file or a line with the wrong number of
 * columns fails naming the file and the line, since a broken lexicon must stop the build's tests, not mis-tag text.
 */
public final class DataFile {
  private DataFile() {}

  /**
   * The rows of resource {@code file} next to {@code owner}, each with {@code minColumns} to {@code maxColumns} columns.
   *
   * @throws IllegalStateException naming the resource (and line) when it is missing or a line is malformed
   */
  public static List<String[]> rows(Class<?> owner, String file, int minColumns, int maxColumns) {
    String name = owner.getPackageName().replace('.', '/') + "/" + file;
    try (InputStream in = owner.getResourceAsStream(file)) {
      if (in == null) {
        throw new IllegalStateException("bundled resource " + name + " is missing");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String[]> out = new ArrayList<>();
      int lineNumber = 0;
      for (String line; (line = reader.readLine()) != null; ) {
        lineNumber++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] row = line.strip().split("\t");
        if (row.length < minColumns || row.length > maxColumns) {
          String expected = minColumns == maxColumns ? String.valueOf(minColumns) : minColumns + " to " + maxColumns;
          throw new IllegalStateException(name + ": line " + lineNumber + ": expected " + expected
              + " tab-separated columns, found " + row.length + ": '" + line + "'");
        }
        out.add(row);
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + name, e);
    }
  }
}
