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

  public void write(OutputStream out) throws IOException {
    DataOutputStream data = new DataOutputStream(out);
    data.writeUTF(MAGIC);
    data.writeInt(labels.size());
    for (String label : labels) {
      data.writeUTF(label);
    }
    int n = labels.size();
    int rows = index.size();
    Integer[] order = new Integer[rows];
    for (int r = 0; r < rows; r++) {
      order[r] = r;
    }
    java.util.Arrays.sort(order, (a, b) -> Long.compare(index.keyOf(a), index.keyOf(b)));
    data.writeInt(rows);
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
   * Reads a model written by {@link #write}.
   *
   * @throws IOException if the stream is not a model file or ends early; the message names {@code name}
   */
  public static LinearModel read(InputStream in, String name) throws IOException {
    Objects.requireNonNull(name, "name");
    DataInputStream data = new DataInputStream(in);
    try {
      String magic = data.readUTF();
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
