package dev.dateline.extract.news;

import dev.dateline.model.OffsetMap;
import dev.dateline.model.Removed;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The body left after cuts, trimmed, with a map from its offsets back to the input's. */
record Rewrite(String text, OffsetMap offsets, List<Removed> removed) {
  Rewrite {
    removed = List.copyOf(removed);
  }

  static Rewrite apply(String input, List<Cut> cuts) {
    List<Cut> sorted = new ArrayList<>(cuts);
    sorted.sort(Comparator.comparingInt(Cut::start).thenComparingInt(Cut::end));
    boolean[] gone = new boolean[input.length()];
    for (Cut cut : sorted) {
      for (int i = cut.start(); i < cut.end(); i++) {
        gone[i] = true;
      }
    }
    int first = 0;
    while (first < input.length() && (gone[first] || Character.isWhitespace(input.charAt(first)))) {
      first++;
    }
    int last = input.length();
    while (last > first && (gone[last - 1] || Character.isWhitespace(input.charAt(last - 1)))) {
      last--;
    }
    StringBuilder text = new StringBuilder(Math.max(0, last - first));
    OffsetMap.Builder map = OffsetMap.builder();
    for (int i = first; i < last; i++) {
      if (!gone[i]) {
        text.append(input.charAt(i));
        map.copied(i, 1);
      }
    }
    List<Removed> removed = sorted.stream().map(Cut::removed).toList();
    OffsetMap offsets = text.isEmpty() ? OffsetMap.of(new int[] {0}, new int[] {first}) : map.build();
    return new Rewrite(text.toString(), offsets, removed);
  }
}
