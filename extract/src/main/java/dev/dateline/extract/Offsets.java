package dev.dateline.extract;

import dev.dateline.model.OffsetMap;

/** Chains offset maps: each stage of extraction maps its text to the text it was made from. */
final class Offsets {
  private Offsets() {}

  /**
   * The map from offsets of a text of {@code length} chars through {@code stages} (the last made stage first) to
   * the original. Evaluated per char because a map exposes only lookups; texts are article-sized.
   */
  static OffsetMap compose(int length, OffsetMap... stages) {
    if (length == 0) {
      return OffsetMap.of(new int[] {0}, new int[] {through(0, stages)});
    }
    OffsetMap.Builder builder = OffsetMap.builder();
    for (int i = 0; i < length; i++) {
      builder.copied(through(i, stages), 1);
    }
    return builder.build();
  }

  private static int through(int offset, OffsetMap... stages) {
    int o = offset;
    for (OffsetMap stage : stages) {
      o = stage.toRaw(o);
    }
    return o;
  }
}
