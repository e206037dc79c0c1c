package dev.dateline.nlp.learn;

import java.util.Arrays;

/**
 * A reusable buffer of hashed features for one decision. A feature is a template number and up to two values; its
 * key is a 64-bit hash of them, computed without allocating, so taggers can build dozens of features per token at
 * full speed. Not thread-safe: one per worker.
 */
public final class FeatureVector {
  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;
  private static final long SEPARATOR = 0x1fL;

  private long[] keys = new long[64];
  private int size;
  /** Scratch for {@link LinearModel}: where each key's row lies, found for all keys before any row is read. */
  private long[] rows = new long[64];

  public void clear() {
    size = 0;
  }

  public int size() {
    return size;
  }

  public long key(int i) {
    return keys[i];
  }

  /** The bias feature every decision should have. */
  public FeatureVector bias() {
    return addKey(mix(FNV_OFFSET));
  }

  public FeatureVector add(int template, CharSequence value) {
    long h = start(template);
    h = chars(h, value);
    return addKey(mix(h));
  }

  public FeatureVector add(int template, CharSequence first, CharSequence second) {
    long h = start(template);
    h = chars(h, first);
    h = (h ^ SEPARATOR) * FNV_PRIME;
    h = chars(h, second);
    return addKey(mix(h));
  }

  public FeatureVector add(int template, CharSequence first, CharSequence second, CharSequence third) {
    long h = start(template);
    h = chars(h, first);
    h = (h ^ SEPARATOR) * FNV_PRIME;
    h = chars(h, second);
    h = (h ^ SEPARATOR) * FNV_PRIME;
    h = chars(h, third);
    return addKey(mix(h));
  }

  /** The feature {@code template} with a string and a number, e.g. a word and the previous tag's index. */
  public FeatureVector add(int template, CharSequence first, long second) {
    long h = start(template);
    h = chars(h, first);
    h = (h ^ SEPARATOR) * FNV_PRIME;
    for (int shift = 0; shift < 64; shift += 8) {
      h = (h ^ ((second >>> shift) & 0xff)) * FNV_PRIME;
    }
    return addKey(mix(h));
  }

  /**
   * The feature {@code template} with a substring of {@code first} and a number: the same key as
   * {@link #add(int, CharSequence, long)} with that substring, without making it.
   */
  public FeatureVector add(int template, CharSequence first, int begin, int end, long second) {
    long h = start(template);
    for (int i = begin; i < end; i++) {
      h = (h ^ first.charAt(i)) * FNV_PRIME;
    }
    h = (h ^ SEPARATOR) * FNV_PRIME;
    for (int shift = 0; shift < 64; shift += 8) {
      h = (h ^ ((second >>> shift) & 0xff)) * FNV_PRIME;
    }
    return addKey(mix(h));
  }

  public FeatureVector add(int template, long value) {
    long h = start(template);
    for (int shift = 0; shift < 64; shift += 8) {
      h = (h ^ ((value >>> shift) & 0xff)) * FNV_PRIME;
    }
    return addKey(mix(h));
  }

  /** The feature {@code template} with a substring of {@code value}, hashed as if it were that substring. */
  public FeatureVector add(int template, CharSequence value, int begin, int end) {
    long h = start(template);
    for (int i = begin; i < end; i++) {
      h = (h ^ value.charAt(i)) * FNV_PRIME;
    }
    return addKey(mix(h));
  }

  public FeatureVector addKey(long key) {
    if (size == keys.length) {
      keys = Arrays.copyOf(keys, size * 2);
      rows = new long[keys.length];
    }
    keys[size++] = key;
    return this;
  }

  /** The scratch array {@link LinearModel} fills with row locations, at least {@link #size()} long. */
  long[] rows() {
    return rows;
  }

  private static long start(int template) {
    long h = FNV_OFFSET;
    h = (h ^ (template & 0xff)) * FNV_PRIME;
    h = (h ^ ((template >>> 8) & 0xff)) * FNV_PRIME;
    return (h ^ SEPARATOR) * FNV_PRIME;
  }

  private static long chars(long h, CharSequence s) {
    for (int i = 0, n = s.length(); i < n; i++) {
      h = (h ^ s.charAt(i)) * FNV_PRIME;
    }
    return h;
  }

  /** MurmurHash3's finaliser, so that keys differing in one character spread over the whole table. */
  private static long mix(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }
}
