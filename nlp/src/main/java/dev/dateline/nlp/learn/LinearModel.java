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
  private final KeyIndex index;
  // Rows held sparse (only the non-zero weights, with their label), because most features only ever touched a few
  // labels: the model takes a fraction of the heap and scoring reads a cache line or two per feature, not a full row.
  private final int[] rowStart;
  private final short[] labelOf;
  private final float[] values;

  LinearModel(List<String> labels, KeyIndex index, float[] weights) {
    this.labels = List.copyOf(labels);
    this.index = index;
    int n = labels.size();
    if (n > Short.MAX_VALUE) {
      throw new IllegalArgumentException("a model has at most " + Short.MAX_VALUE + " labels, got " + n);
    }
    int rows = index.size();
    // A row with many non-zero weights (the bias, the previous tag, common suffixes) is kept whole, so that its
    // scores add up in one straight loop the compiler vectorises; a whole row is one whose segment has n entries.
    int stored = 0;
    int[] nonZero = new int[rows];
    for (int r = 0; r < rows; r++) {
      for (int l = 0; l < n; l++) {
        nonZero[r] += weights[r * n + l] != 0f ? 1 : 0;
      }
      stored += dense(nonZero[r], n) ? n : nonZero[r];
    }
    rowStart = new int[rows + 1];
    labelOf = new short[stored];
    values = new float[stored];
    int k = 0;
    for (int r = 0; r < rows; r++) {
      rowStart[r] = k;
      boolean whole = dense(nonZero[r], n);
      for (int l = 0; l < n; l++) {
        float w = weights[r * n + l];
        if (whole || w != 0f) {
          labelOf[k] = (short) l;
          values[k++] = w;
        }
      }
    }
    rowStart[rows] = k;
  }

  private LinearModel(List<String> labels, KeyIndex index, int[] rowStart, short[] labelOf, float[] values) {
    this.labels = List.copyOf(labels);
    this.index = index;
    this.rowStart = rowStart;
    this.labelOf = labelOf;
    this.values = values;
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
    return index.size();
  }

  /** Adds the score of each label for {@code features} to {@code out}, which has {@link #labelCount()} entries. */
  public void addScores(FeatureVector features, float[] out) {
    int n = labels.size();
    for (int f = 0, size = features.size(); f < size; f++) {
      int row = index.get(features.key(f));
      if (row >= 0) {
        int start = rowStart[row];
        int end = rowStart[row + 1];
        if (end - start == n) {
          for (int l = 0; l < n; l++) {
            out[l] += values[start + l];
          }
        } else {
          for (int k = start; k < end; k++) {
            out[labelOf[k]] += values[k];
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
    for (int f = 0, size = features.size(); f < size; f++) {
      int row = index.get(features.key(f));
      if (row >= 0) {
        int start = rowStart[row];
        int end = rowStart[row + 1];
        if (end - start == n) {
          for (int l : subset) {
            out[l] += values[start + l];
          }
        } else if (subset.length <= 4) {
          // a row's labels are in ascending order: find the few wanted ones rather than walk the whole row
          for (int l : subset) {
            int k = java.util.Arrays.binarySearch(labelOf, start, end, (short) l);
            if (k >= 0) {
              out[l] += values[k];
            }
          }
        } else {
          for (int k = start; k < end; k++) {
            out[labelOf[k]] += values[k];
          }
        }
      }
    }
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
    int rows = index.size();
    Integer[] order = new Integer[rows];
    for (int r = 0; r < rows; r++) {
      order[r] = r;
    }
    java.util.Arrays.sort(order, (a, b) -> Long.compare(index.keyOf(a), index.keyOf(b)));
    data.writeInt(rows);
    return order;
  }

  public void write(OutputStream out) throws IOException {
    DataOutputStream data = new DataOutputStream(out);
    int n = labels.size();
    Integer[] order = writeHeader(data, MAGIC);
    float[] row = new float[n];
    for (Integer r : order) {
      data.writeLong(index.keyOf(r));
      java.util.Arrays.fill(row, 0f);
      for (int k = rowStart[r], end = rowStart[r + 1]; k < end; k++) {
        row[labelOf[k]] = values[k];
      }
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
    Integer[] order = writeHeader(data, SPARSE_MAGIC);
    for (Integer r : order) {
      data.writeLong(index.keyOf(r));
      int nonZero = 0;
      for (int k = rowStart[r], end = rowStart[r + 1]; k < end; k++) {
        nonZero += values[k] != 0f ? 1 : 0;
      }
      data.writeShort(nonZero);
      for (int k = rowStart[r], end = rowStart[r + 1]; k < end; k++) {
        if (values[k] != 0f) {
          data.writeShort(labelOf[k]);
          data.writeFloat(values[k]);
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
    short[] labelOf = new short[Math.max(16, rows * 4)];
    float[] values = new float[labelOf.length];
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
      int need = k + (whole ? n : nonZero);
      if (need > labelOf.length) {
        int capacity = Math.max(need, labelOf.length * 2);
        labelOf = java.util.Arrays.copyOf(labelOf, capacity);
        values = java.util.Arrays.copyOf(values, capacity);
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
          labelOf[k] = (short) label;
          values[k++] = w;
        }
      }
      if (whole) {
        for (int l = 0; l < n; l++) {
          labelOf[k] = (short) l;
          values[k++] = row[l];
        }
      }
    }
    rowStart[rows] = k;
    return new LinearModel(labels, index, rowStart, java.util.Arrays.copyOf(labelOf, k), java.util.Arrays.copyOf(values, k));
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
      return new LinearModel(labels, index, weights);
    } catch (java.io.EOFException e) {
      throw new IOException(name + " ends before the model does", e);
    }
  }
}
