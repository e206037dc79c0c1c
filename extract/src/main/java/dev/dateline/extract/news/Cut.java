package dev.dateline.extract.news;

import dev.dateline.model.Removed;
import java.util.Objects;

/** A range {@code [start, end)} of the input to take out of the body, and what to record for it. */
record Cut(int start, int end, Removed.Kind kind, String text) {
  Cut {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("cut must satisfy 0 <= start <= end, got [" + start + ", " + end + ")");
    }
  }

  Removed removed() {
    return new Removed(kind, text);
  }

  /**
   * Cuts a whole line {@code [lineStart, lineEnd)} with the line breaks after it, or, when nothing follows, with
   * the breaks before it, so the paragraphs around it keep one separator between them.
   */
  static Cut line(String text, int lineStart, int lineEnd, Removed.Kind kind) {
    String recorded = text.substring(lineStart, lineEnd).strip();
    int next = lineEnd;
    while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
      next++;
    }
    if (next < text.length()) {
      return new Cut(lineStart, next, kind, recorded);
    }
    int previous = lineStart;
    while (previous > 0 && Character.isWhitespace(text.charAt(previous - 1))) {
      previous--;
    }
    return new Cut(previous, text.length(), kind, recorded);
  }

  /**
   * Cuts {@code [start, end)} inside a line with the spaces before it, or after it when it opens the line; a match
   * that fills its line is cut as a {@link #line}.
   */
  static Cut inline(String text, int start, int end, Removed.Kind kind) {
    int lineStart = text.lastIndexOf('\n', start - 1) + 1;
    int lineEnd = text.indexOf('\n', end);
    if (lineEnd < 0) {
      lineEnd = text.length();
    }
    if (text.substring(lineStart, start).isBlank() && text.substring(end, lineEnd).isBlank()) {
      return line(text, lineStart, lineEnd, kind);
    }
    String recorded = text.substring(start, end).strip();
    int s = start;
    while (s > lineStart && isBlank(text.charAt(s - 1))) {
      s--;
    }
    int e = end;
    if (s == lineStart) {
      s = start;
      while (e < lineEnd && isBlank(text.charAt(e))) {
        e++;
      }
    }
    return new Cut(s, e, kind, recorded);
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\u00A0';
  }

  boolean overlaps(int s, int e) {
    return start < e && s < end;
  }
}
