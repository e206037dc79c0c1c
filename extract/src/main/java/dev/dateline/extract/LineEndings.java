package dev.dateline.extract;

import dev.dateline.model.OffsetMap;

/** Text with "\r\n" and lone "\r" turned into "\n", and a map from its offsets back to the original's. */
record LineEndings(String text, OffsetMap offsets) {

  static LineEndings normalize(String original) {
    if (original.indexOf('\r') < 0) {
      return new LineEndings(original, OffsetMap.identity());
    }
    StringBuilder out = new StringBuilder(original.length());
    OffsetMap.Builder map = OffsetMap.builder();
    int runStart = 0;
    for (int i = 0; i < original.length(); i++) {
      if (original.charAt(i) != '\r') {
        continue;
      }
      out.append(original, runStart, i);
      map.copied(runStart, i - runStart);
      if (i + 1 < original.length() && original.charAt(i + 1) == '\n') {
        runStart = i + 1; // the '\n' is copied with the next run
      } else {
        out.append('\n');
        map.replaced(i, 1);
        runStart = i + 1;
      }
    }
    out.append(original, runStart, original.length());
    map.copied(runStart, original.length() - runStart);
    return new LineEndings(out.toString(), map.build());
  }
}
