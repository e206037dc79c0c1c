package dev.dateline.nlp.learn;

import java.util.Arrays;
import java.util.List;

/**
 * An averaged perceptron (Collins 2002) with lazy averaging: each weight remembers when it last changed, so an update
 * costs only the weights it touches. Call {@link #update} for each (features, label, delta) of a mistake and
 * {@link #nextInstance()} once per training instance (token or sentence), then {@link #average} for the model.
 */
public final class PerceptronTrainer {
  private final List<String> labels;
  private final int n;
  private final KeyIndex index = new KeyIndex(1 << 16);
  private float[] weights = new float[(1 << 16) * 4];
  private double[] totals = new double[weights.length];
  private int[] stamps = new int[weights.length];
  private int instance = 1;

  public PerceptronTrainer(List<String> labels) {
    if (labels.isEmpty()) {
      throw new IllegalArgumentException("a model needs at least one label");
    }
    this.labels = List.copyOf(labels);
    this.n = labels.size();
  }

  public List<String> labels() {
    return labels;
  }

  public int labelCount() {
    return n;
  }

  /** Adds the current (not averaged) scores for {@code features} to {@code out}. */
  public void addScores(FeatureVector features, float[] out) {
    for (int f = 0, size = features.size(); f < size; f++) {
      int row = index.get(features.key(f));
      if (row >= 0) {
        int base = row * n;
        for (int l = 0; l < n; l++) {
          out[l] += weights[base + l];
        }
      }
    }
  }

  public int best(FeatureVector features, float[] scratch) {
    Arrays.fill(scratch, 0f);
    addScores(features, scratch);
    return LinearModel.argmax(scratch);
  }

  /** The best label of {@code subset} under the current weights, as {@link LinearModel#best(FeatureVector, int[], float[])}. */
  public int best(FeatureVector features, int[] subset, float[] scratch) {
    for (int l : subset) {
      scratch[l] = 0f;
    }
    for (int f = 0, size = features.size(); f < size; f++) {
      int row = index.get(features.key(f));
      if (row >= 0) {
        int base = row * n;
        for (int l : subset) {
          out(scratch, l, base);
        }
      }
    }
    return LinearModel.argmax(scratch, subset);
  }

  private void out(float[] scratch, int l, int base) {
    int at = base + l;
    if (at < weights.length) {
      scratch[l] += weights[at];
    }
  }

  /** Adds {@code delta} to the weight of every feature for {@code label}. */
  public void update(FeatureVector features, int label, float delta) {
    for (int f = 0, size = features.size(); f < size; f++) {
      int row = index.getOrAdd(features.key(f));
      int at = row * n + label;
      if (at >= weights.length) {
        int capacity = Math.max(weights.length * 2, (row + 1) * n);
        weights = Arrays.copyOf(weights, capacity);
        totals = Arrays.copyOf(totals, capacity);
        stamps = Arrays.copyOf(stamps, capacity);
      }
      totals[at] += (double) (instance - stamps[at]) * weights[at];
      stamps[at] = instance;
      weights[at] += delta;
    }
  }

  public void nextInstance() {
    instance++;
  }

  /**
   * The averaged model. Rows whose averaged weights are all below {@code prune} in magnitude are dropped, which keeps
   * the model file small at no measurable cost in accuracy for small thresholds.
   */
  public LinearModel average(float prune) {
    int rows = index.size();
    KeyIndex kept = new KeyIndex(rows);
    float[] averaged = new float[rows * n];
    float[] row = new float[n];
    for (int r = 0; r < rows; r++) {
      boolean keep = false;
      for (int l = 0; l < n; l++) {
        int at = r * n + l;
        double total = at < weights.length ? totals[at] + (double) (instance - stamps[at]) * weights[at] : 0;
        row[l] = (float) (total / instance);
        keep |= Math.abs(row[l]) >= prune && row[l] != 0f;
      }
      if (keep) {
        int target = kept.getOrAdd(index.keyOf(r));
        System.arraycopy(row, 0, averaged, target * n, n);
      }
    }
    return new LinearModel(labels, kept, Arrays.copyOf(averaged, kept.size() * n));
  }
}
