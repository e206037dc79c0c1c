package dev.dateline.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
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

  /** One line of a lexicon: where it came from (for error messages) and its fields. */
  public record Row(String source, int line, String[] fields) {
    /** An error about this line, naming the source and the line number. */
    public IOException error(String problem) {
      return new IOException(source + ": line " + line + ": " + problem);
    }
  }

  /**
   * The lines of {@code reader} with exactly {@code columns} tab-separated, non-empty fields (stripped), skipping blank
   * lines and {@code #} comments.
   *
   * @throws IOException naming {@code source} and the line when a line has another number of fields or an empty one
   */
  public static List<Row> read(Reader reader, String source, int columns) throws IOException {
    List<Row> out = new ArrayList<>();
    BufferedReader in = new BufferedReader(reader);
    int number = 0;
    for (String line; (line = in.readLine()) != null; ) {
      number++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] fields = line.split("\t", -1);
      if (fields.length != columns) {
        throw new IOException(source + ": line " + number + ": expected " + columns + " tab-separated column"
            + (columns == 1 ? "" : "s") + ", found " + fields.length + " in '" + line + "'");
      }
      for (int i = 0; i < fields.length; i++) {
        fields[i] = fields[i].strip();
        if (fields[i].isEmpty()) {
          throw new IOException(source + ": line " + number + ": column " + (i + 1) + " is empty in '" + line + "'");
        }
      }
      out.add(new Row(source, number, fields));
    }
    return out;
  }
}
