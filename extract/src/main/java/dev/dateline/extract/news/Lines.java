package dev.dateline.extract.news;

import java.util.ArrayList;
import java.util.List;

/** The lines of a text as {@code [start, end)} pairs, line breaks excluded. */
final class Lines {
  private Lines() {}

  static List<int[]> of(String text) {
    List<int[]> out = new ArrayList<>();
    int start = 0;
    while (start <= text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      out.add(new int[] {start, end});
      start = end + 1;
    }
    return out;
  }
}
