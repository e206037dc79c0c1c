package dev.dateline.nlp.entities;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the text quotes someone: between double quote marks, straight or curly in any pairing (news copy opens with
 * '"' and closes with '”' often enough). A line break ends an unclosed quotation, so one stray mark cannot turn the
 * rest of the article inside out. Single quotes are left alone: they are apostrophes and scare quotes far more often.
 */
final class Quotes {
  private final int[] begins;
  private final int[] ends;

  private Quotes(int[] begins, int[] ends) {
    this.begins = begins;
    this.ends = ends;
  }

  static Quotes of(String text) {
    List<int[]> regions = new ArrayList<>();
    int start = -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (start >= 0 && (c == '\n' || c == '”' || c == '"')) {
        regions.add(new int[] {start, c == '\n' ? i : i + 1});
        start = -1;
      } else if (start < 0 && (c == '“' || c == '"')) {
        start = i;
      }
    }
    if (start >= 0) {
      regions.add(new int[] {start, text.length()});
    }
    int[] b = new int[regions.size()];
    int[] e = new int[regions.size()];
    for (int k = 0; k < b.length; k++) {
      b[k] = regions.get(k)[0];
      e[k] = regions.get(k)[1];
    }
    return new Quotes(b, e);
  }

  /** Whether offset {@code i} lies inside a quotation (its marks included). */
  boolean inside(int i) {
    int lo = 0;
    int hi = begins.length - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (begins[mid] <= i) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found >= 0 && i < ends[found];
  }
}
