package dev.dateline.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** A reader of RFC 4180 CSV records, for the corpora and labelled sets that come as CSV (the NGEC stories). */
public final class CsvRecords {
  private CsvRecords() {}

  /**
   * The next record of {@code r} (quoted fields may hold commas, doubled quotes and line breaks; a CR before LF is
   * dropped), or null at the end.
   */
  public static List<String> next(BufferedReader r) throws IOException {
    int c = r.read();
    if (c < 0) {
      return null;
    }
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    while (true) {
      if (c < 0) {
        fields.add(field.toString());
        return fields;
      }
      if (quoted) {
        if (c == '"') {
          r.mark(1);
          int next = r.read();
          if (next == '"') {
            field.append('"');
          } else {
            quoted = false;
            if (next >= 0) {
              r.reset();
            }
          }
        } else {
          field.append((char) c);
        }
      } else if (c == '"' && field.isEmpty()) {
        quoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else if (c == '\n') {
        fields.add(field.toString());
        return fields;
      } else if (c != '\r') {
        field.append((char) c);
      }
      c = r.read();
    }
  }
}
