package dev.dateline.model;

import java.util.Arrays;

/**
 * Maps each offset of a clean text back to an offset of the decoded raw input it was extracted from, like Lucene's
 * {@code CharFilter.correctOffset}. Stored as breakpoints: from clean offset {@code cleanStarts[i]} on, until the next
 * breakpoint, clean offset {@code c} maps to {@code rawStarts[i] + (c - cleanStarts[i])}.
 */
public final class OffsetMap {
  private final int[] cleanStarts;
  private final int[] rawStarts;

  private OffsetMap(int[] cleanStarts, int[] rawStarts) {
    this.cleanStarts = cleanStarts;
    this.rawStarts = rawStarts;
  }

  /** The map of a text that is its raw input unchanged. */
  public static OffsetMap identity() {
    return new OffsetMap(new int[] {0}, new int[] {0});
  }

  /** Builds a map from breakpoints; clean starts must begin at 0 and strictly increase. */
  public static OffsetMap of(int[] cleanStarts, int[] rawStarts) {
    if (cleanStarts.length == 0 || cleanStarts.length != rawStarts.length) {
      throw new IllegalArgumentException(
          "need as many raw starts as clean starts (at least one), got " + cleanStarts.length + " and " + rawStarts.length);
    }
    if (cleanStarts[0] != 0) {
      throw new IllegalArgumentException("the first clean start must be 0, got " + cleanStarts[0]);
    }
    for (int i = 1; i < cleanStarts.length; i++) {
      if (cleanStarts[i] <= cleanStarts[i - 1]) {
        throw new IllegalArgumentException("clean starts must increase, got " + cleanStarts[i - 1] + " then " + cleanStarts[i] + " at " + i);
      }
    }
    return new OffsetMap(cleanStarts.clone(), rawStarts.clone());
  }

  /** The raw offset of clean offset {@code clean}. */
  public int toRaw(int clean) {
    if (clean < 0) {
      throw new IllegalArgumentException("offset must not be negative, got " + clean);
    }
    int i = Arrays.binarySearch(cleanStarts, clean);
    if (i < 0) {
      i = -i - 2;
    }
    return rawStarts[i] + (clean - cleanStarts[i]);
  }

  public int breakpoints() {
    return cleanStarts.length;
  }

  /** A copy of the clean offsets at which each breakpoint starts; {@link #of} rebuilds the map from this and {@link #rawStarts}. */
  public int[] cleanStarts() {
    return cleanStarts.clone();
  }

  /** A copy of the raw offsets that each breakpoint's clean start maps to. */
  public int[] rawStarts() {
    return rawStarts.clone();
  }

  /** Incrementally records where each piece of clean text came from. */
  public static final class Builder {
    private int[] clean = new int[16];
    private int[] raw = new int[16];
    private int size;
    private int cleanLength;

    /** Records that the next {@code length} clean chars were copied verbatim from raw offset {@code rawStart}. */
    public Builder copied(int rawStart, int length) {
      if (length <= 0) {
        return this;
      }
      boolean continues = size > 0 && raw[size - 1] + (cleanLength - clean[size - 1]) == rawStart;
      if (!continues) {
        add(cleanLength, rawStart);
      }
      cleanLength += length;
      return this;
    }

    /** Records that the next {@code length} clean chars stand for raw text starting at {@code rawStart} (an entity, a space). */
    public Builder replaced(int rawStart, int length) {
      if (length <= 0) {
        return this;
      }
      add(cleanLength, rawStart);
      cleanLength += length;
      return this;
    }

    public int cleanLength() {
      return cleanLength;
    }

    private void add(int c, int r) {
      if (size > 0 && clean[size - 1] == c) {
        raw[size - 1] = r;
        return;
      }
      if (size == clean.length) {
        clean = Arrays.copyOf(clean, size * 2);
        raw = Arrays.copyOf(raw, size * 2);
      }
      clean[size] = c;
      raw[size] = r;
      size++;
    }

    public OffsetMap build() {
      if (size == 0) {
        return identity();
      }
      return OffsetMap.of(Arrays.copyOf(clean, size), Arrays.copyOf(raw, size));
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OffsetMap m && Arrays.equals(cleanStarts, m.cleanStarts) && Arrays.equals(rawStarts, m.rawStarts);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(cleanStarts) + Arrays.hashCode(rawStarts);
  }

  @Override
  public String toString() {
    return "OffsetMap[" + cleanStarts.length + " breakpoints]";
  }
}
