package dev.dateline.nlp.learn;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A trained multiclass linear model: one weight per (feature, label). Immutable and thread-safe. The file format is
 * a magic string, the labels, then the rows in ascending key order, so training the same data with the same seed
 * writes the same bytes.
 */
public final class LinearModel {
  private static final String MAGIC = "dateline-linear-1";
  private static final String SPARSE_MAGIC = "dateline-linear-sparse-1";

  private final List<String> labels;
  /** Each row's feature key, by row number (the order rows were added in); the file lists rows by ascending key. */
  private final long[] keys;
  // Rows held sparse (only the non-zero weights, with their label), because most features only ever touched a few
  // labels: the model takes a fraction of the heap and scoring reads a cache line or two per feature, not a full row.
  // A row with many non-zero weights (the bias, the previous tag, common suffixes) is kept whole, n weights in label
  // order, so that its scores add up in one straight loop the compiler vectorises. A sparse row is (label, weight)
  // pairs side by side in the same array, the label as a float (exact below 2^24), so that one cache line brings both.
  private final int[] rowStart;
  private final float[] data;
  /**
   * Open-addressing table from key to where its row lies: key at {@code 2i}, {@code start << 32 | length} at
   * {@code 2i + 1}, so that looking a feature up touches one cache line instead of a key table, a row table and a
   * row-start table. Key 0 marks an empty slot; a row whose key is 0 is kept aside.
   */
  private final long[] slots;
  private final long zeroKeyRow;

  LinearModel(List<String> labels, KeyIndex index, float[] weights) {
    this(labels, keysOf(index), weights);
  }

  private LinearModel(List<String> labels, long[] keys, float[] weights) {
    this.labels = List.copyOf(labels);
    this.keys = keys;
    int n = labels.size();
    if (n > Short.MAX_VALUE) {
      throw new IllegalArgumentException("a model has at most " + Short.MAX_VALUE + " labels, got " + n);
    }
    int rows = keys.length;
    int stored = 0;
    int[] nonZero = new int[rows];
    for (int r = 0; r < rows; r++) {
      for (int l = 0; l < n; l++) {
        nonZero[r] += weights[r * n + l] != 0f ? 1 : 0;
      }
      stored += dense(nonZero[r], n) ? n : 2 * nonZero[r];
    }
    rowStart = new int[rows + 1];
    data = new float[stored];
    int k = 0;
    for (int r = 0; r < rows; r++) {
      rowStart[r] = k;
      boolean whole = dense(nonZero[r], n);
      for (int l = 0; l < n; l++) {
        float w = weights[r * n + l];
        if (whole) {
          data[k++] = w;
        } else if (w != 0f) {
          data[k++] = l;
          data[k++] = w;
        }
      }
    }
    rowStart[rows] = k;
    slots = slots(keys, rowStart);
    zeroKeyRow = zeroKeyRow(keys, rowStart);
  }

  private LinearModel(List<String> labels, long[] keys, int[] rowStart, float[] data) {
    this.labels = List.copyOf(labels);
    this.keys = keys;
    this.rowStart = rowStart;
    this.data = data;
    this.slots = slots(keys, rowStart);
    this.zeroKeyRow = zeroKeyRow(keys, rowStart);
  }

  private static long[] keysOf(KeyIndex index) {
    long[] keys = new long[index.size()];
    for (int r = 0; r < keys.length; r++) {
      keys[r] = index.keyOf(r);
    }
    return keys;
  }

  private static long packed(int[] rowStart, int r) {
    return (long) rowStart[r] << 32 | (rowStart[r + 1] - rowStart[r]);
  }

  private static long[] slots(long[] keys, int[] rowStart) {
    int capacity = Integer.highestOneBit(Math.max(16, keys.length * 2 - 1)) << 1;
    long[] slots = new long[2 * capacity];
    int mask = capacity - 1;
    for (int r = 0; r < keys.length; r++) {
      long key = keys[r];
      if (key == 0L) {
        continue;
      }
      int i = (int) key & mask;
      while (slots[2 * i] != 0L) {
        if (slots[2 * i] == key) {
          throw new IllegalArgumentException("feature " + key + " has two rows");
        }
        i = (i + 1) & mask;
      }
      slots[2 * i] = key;
      slots[2 * i + 1] = packed(rowStart, r);
    }
    return slots;
  }

  private static long zeroKeyRow(long[] keys, int[] rowStart) {
    for (int r = 0; r < keys.length; r++) {
      if (keys[r] == 0L) {
        return packed(rowStart, r);
      }
    }
    return -1L;
  }

  /** Where the row of {@code key} lies ({@code start << 32 | length}), or -1 when the model has no weight for it. */
  private long row(long key) {
    if (key == 0L) {
      return zeroKeyRow;
    }
    long[] slots = this.slots;
    int mask = (slots.length >> 1) - 1;
    int i = (int) key & mask;
    while (true) {
      long k = slots[2 * i];
      if (k == key) {
        return slots[2 * i + 1];
      }
      if (k == 0L) {
        return -1L;
      }
      i = (i + 1) & mask;
    }
  }

  private static boolean dense(int nonZero, int n) {
    return nonZero * 4 >= n;
  }

  public List<String> labels() {
    return labels;
  }

  public int labelCount() {
    return labels.size();
  }

  /** Number of features with a weight. */
  public int features() {
    return keys.length;
  }

  /**
   * Where each feature's row lies, all found before any row is read: the table probes are independent of each other,
   * so the processor overlaps their cache misses instead of waiting for one row's weights before the next probe.
   */
  private long[] locate(FeatureVector features) {
    long[] rows = features.rows();
    for (int f = 0, size = features.size(); f < size; f++) {
      rows[f] = row(features.key(f));
    }
    return rows;
  }

  /** Adds the score of each label for {@code features} to {@code out}, which has {@link #labelCount()} entries. */
  public void addScores(FeatureVector features, float[] out) {
    int n = labels.size();
    float[] data = this.data;
    long[] rows = locate(features);
    for (int f = 0, size = features.size(); f < size; f++) {
      long row = rows[f];
      if (row >= 0) {
        int start = (int) (row >>> 32);
        int length = (int) row;
        if (length == n) {
          for (int l = 0; l < n; l++) {
            out[l] += data[start + l];
          }
        } else {
          for (int k = start, end = start + length; k < end; k += 2) {
            out[(int) data[k]] += data[k + 1];
          }
        }
      }
    }
  }

  /**
   * Adds to {@code out} the scores of the labels in {@code subset} (label indexes); other entries of {@code out} may
   * change too and are to be ignored. Scoring a word's few possible labels instead of all of them is what makes a
   * tagger fast, since most rows in a joint-tag model are dense.
   */
  public void addScores(FeatureVector features, int[] subset, float[] out) {
    int n = labels.size();
    float[] data = this.data;
    long[] rows = locate(features);
    for (int f = 0, size = features.size(); f < size; f++) {
      long row = rows[f];
      if (row >= 0) {
        int start = (int) (row >>> 32);
        int length = (int) row;
        if (length == n) {
          for (int l : subset) {
            out[l] += data[start + l];
          }
        } else if (subset.length <= 4) {
          // a row's labels are in ascending order: find the few wanted ones rather than walk the whole row
          for (int l : subset) {
            int k = find(data, start, length >> 1, l);
            if (k >= 0) {
              out[l] += data[k + 1];
            }
          }
        } else {
          for (int k = start, end = start + length; k < end; k += 2) {
            out[(int) data[k]] += data[k + 1];
          }
        }
      }
    }
  }

  /** Where label {@code label} is among the {@code pairs} (label, weight) pairs from {@code start}, or -1. */
  private static int find(float[] data, int start, int pairs, int label) {
    int low = 0;
    int high = pairs - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      int l = (int) data[start + 2 * mid];
      if (l < label) {
        low = mid + 1;
      } else if (l > label) {
        high = mid - 1;
      } else {
        return start + 2 * mid;
      }
    }
    return -1;
  }

  /** The best-scoring label of {@code subset} (not empty), using {@code scratch} (length {@link #labelCount()}). */
  public int best(FeatureVector features, int[] subset, float[] scratch) {
    for (int l : subset) {
      scratch[l] = 0f;
    }
    // Sparse rows also add to labels outside the subset; those entries are never read before being cleared again.
    addScores(features, subset, scratch);
    return argmax(scratch, subset);
  }

  /** The label of {@code subset} with the highest score (the first one on ties). */
  public static int argmax(float[] scores, int[] subset) {
    int best = subset[0];
    for (int i = 1; i < subset.length; i++) {
      int l = subset[i];
      if (scores[l] > scores[best]) {
        best = l;
      }
    }
    return best;
  }

  /** The best-scoring label's index, using {@code scratch} (length {@link #labelCount()}) for the scores. */
  public int best(FeatureVector features, float[] scratch) {
    java.util.Arrays.fill(scratch, 0f);
    addScores(features, scratch);
    return argmax(scratch);
  }

  public static int argmax(float[] scores) {
    int best = 0;
    for (int l = 1; l < scores.length; l++) {
      if (scores[l] > scores[best]) {
        best = l;
      }
    }
    return best;
  }

  /** Writes the magic string, the labels and the row count; returns the rows in ascending key order. */
  private Integer[] writeHeader(DataOutputStream data, String magic) throws IOException {
    data.writeUTF(magic);
    data.writeInt(labels.size());
    for (String label : labels) {
      data.writeUTF(label);
    }
    int rows = keys.length;
    Integer[] order = new Integer[rows];
    for (int r = 0; r < rows; r++) {
      order[r] = r;
    }
    java.util.Arrays.sort(order, (a, b) -> Long.compare(keys[a], keys[b]));
    data.writeInt(rows);
    return order;
  }

  /** Row {@code r}'s weights, all {@code n} of them, into {@code row}. */
  private void weights(int r, float[] row) {
    int n = labels.size();
    int start = rowStart[r];
    int length = rowStart[r + 1] - start;
    if (length == n) {
      System.arraycopy(data, start, row, 0, n);
    } else {
      java.util.Arrays.fill(row, 0f);
      for (int k = start; k < start + length; k += 2) {
        row[(int) data[k]] = data[k + 1];
      }
    }
  }

  public void write(OutputStream out) throws IOException {
    DataOutputStream data = new DataOutputStream(out);
    int n = labels.size();
    Integer[] order = writeHeader(data, MAGIC);
    float[] row = new float[n];
    for (Integer r : order) {
      data.writeLong(keys[r]);
      weights(r, row);
      for (int l = 0; l < n; l++) {
        data.writeFloat(row[l]);
      }
    }
    data.flush();
  }

  /**
   * Writes the model with only its non-zero weights: a magic string, the labels, then the rows in ascending key order,
   * each as its key, its number of non-zero weights and those (label, weight) pairs in label order. Several times
   * smaller and faster to read than {@link #write} for models whose rows touch few labels; {@link #read} reads both.
   */
  public void writeSparse(OutputStream out) throws IOException {
    DataOutputStream data = new DataOutputStream(out);
    int n = labels.size();
    Integer[] order = writeHeader(data, SPARSE_MAGIC);
    float[] row = new float[n];
    for (Integer r : order) {
      data.writeLong(keys[r]);
      weights(r, row);
      int nonZero = 0;
      for (int l = 0; l < n; l++) {
        nonZero += row[l] != 0f ? 1 : 0;
      }
      data.writeShort(nonZero);
      for (int l = 0; l < n; l++) {
        if (row[l] != 0f) {
          data.writeShort(l);
          data.writeFloat(row[l]);
        }
      }
    }
    data.flush();
  }

  private static LinearModel readSparse(DataInputStream data, String name) throws IOException {
    int n = data.readInt();
    List<String> labels = new ArrayList<>(n);
    for (int l = 0; l < n; l++) {
      labels.add(data.readUTF());
    }
    int rows = data.readInt();
    KeyIndex index = new KeyIndex(rows);
    int[] rowStart = new int[rows + 1];
    float[] values = new float[Math.max(16, rows * 4)];
    float[] row = new float[n];
    int k = 0;
    for (int r = 0; r < rows; r++) {
      long key = data.readLong();
      if (index.getOrAdd(key) != r) {
        throw new IOException(name + " holds feature " + key + " twice");
      }
      int nonZero = data.readUnsignedShort();
      if (nonZero > n) {
        throw new IOException(name + " has a row of " + nonZero + " weights for " + n + " labels");
      }
      // the same layout as the constructor's: rows with many weights kept whole
      boolean whole = dense(nonZero, n);
      int need = k + (whole ? n : 2 * nonZero);
      if (need > values.length) {
        values = java.util.Arrays.copyOf(values, Math.max(need, values.length * 2));
      }
      rowStart[r] = k;
      if (whole) {
        java.util.Arrays.fill(row, 0f);
      }
      int last = -1;
      for (int i = 0; i < nonZero; i++) {
        int label = data.readUnsignedShort();
        float w = data.readFloat();
        if (label >= n || label <= last) {
          throw new IOException(name + " has label " + label + " out of order or range in feature " + key);
        }
        last = label;
        if (whole) {
          row[label] = w;
        } else {
          values[k++] = label;
          values[k++] = w;
        }
      }
      if (whole) {
        System.arraycopy(row, 0, values, k, n);
        k += n;
      }
    }
    rowStart[rows] = k;
    return new LinearModel(labels, keysOf(index), rowStart, java.util.Arrays.copyOf(values, k));
  }

  /**
   * Reads a model written by {@link #write} or {@link #writeSparse}.
   *
   * @throws IOException if the stream is not a model file or ends early; the message names {@code name}
   */
  public static LinearModel read(InputStream in, String name) throws IOException {
    Objects.requireNonNull(name, "name");
    DataInputStream data = new DataInputStream(in);
    try {
      String magic = data.readUTF();
      if (SPARSE_MAGIC.equals(magic)) {
        return readSparse(data, name);
      }
      if (!MAGIC.equals(magic)) {
        throw new IOException(name + " is not a linear model file (expected '" + MAGIC + "', found '" + magic + "')");
      }
      int n = data.readInt();
      List<String> labels = new ArrayList<>(n);
      for (int l = 0; l < n; l++) {
        labels.add(data.readUTF());
      }
      int rows = data.readInt();
      KeyIndex index = new KeyIndex(rows);
      float[] weights = new float[rows * n];
      for (int r = 0; r < rows; r++) {
        int row = index.getOrAdd(data.readLong());
        for (int l = 0; l < n; l++) {
          weights[row * n + l] = data.readFloat();
        }
      }
      return new LinearModel(labels, keysOf(index), weights);
    } catch (java.io.EOFException e) {
      throw new IOException(name + " ends before the model does", e);
    }
  }
}
