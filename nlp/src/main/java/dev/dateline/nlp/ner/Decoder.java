package dev.dateline.nlp.ner;

import dev.dateline.nlp.learn.FeatureVector;
import java.util.Arrays;

/**
 * First-order Viterbi decoding over BILOU labels with the scheme's constraints. Emission scores come from the word's
 * features, transition scores from one feature per previous label, so a single linear model holds both. The second
 * pass adds its scores to the first pass's emission scores ({@code base}). Not thread-safe: one per worker.
 */
final class Decoder {
  /** Something that adds label scores for features: a trained model or a trainer's current weights. */
  interface Scorer {
    void addScores(FeatureVector features, float[] out);
  }

  private static final int L = Labels.START;
  /** For each label, the previous labels the scheme allows (START excluded). */
  private static final int[][] PREVIOUS = new int[L][];

  static {
    for (int l = 0; l < L; l++) {
      int[] prev = new int[L];
      int k = 0;
      for (int q = 0; q < L; q++) {
        if (Labels.ALLOWED[q][l]) {
          prev[k++] = q;
        }
      }
      PREVIOUS[l] = Arrays.copyOf(prev, k);
    }
  }

  /** How much of the first pass's scores the second starts from; below 1 so its own updates count sooner. */
  static final float BASE_SCALE = 0.1f;

  private final Features features;
  private final FeatureVector fv = new FeatureVector();
  private final float[][] transitions = new float[L + 1][L];
  /** {@code incoming[l][k]}: the transition score from {@code PREVIOUS[l][k]} to {@code l}, laid out for Viterbi's inner loop. */
  private final float[][] incoming = new float[L][];
  private float[][] emissions = new float[64][L];
  private float[][] best = new float[64][L];
  private int[][] back = new int[64][L];

  Decoder(Features features) {
    this.features = features;
  }

  /** Loads the transition scores of {@code scorer}; call again after the weights change. */
  void transitions(Scorer scorer) {
    for (int prev = 0; prev <= L; prev++) {
      Arrays.fill(transitions[prev], 0f);
      fv.clear();
      fv.add(Features.TRANSITION, prev);
      scorer.addScores(fv, transitions[prev]);
    }
    for (int l = 0; l < L; l++) {
      if (incoming[l] == null) {
        incoming[l] = new float[PREVIOUS[l].length];
      }
      for (int k = 0; k < PREVIOUS[l].length; k++) {
        incoming[l][k] = transitions[PREVIOUS[l][k]][l];
      }
    }
  }

  /**
   * The best label sequence for sentence {@code s} of a document, written to {@code out}. With {@code base} null
   * this is the first pass; otherwise the second, whose scores add to {@code base} (the first pass's emissions).
   */
  void decode(Scorer scorer, Features.Prepared p, Features.Context context, int s, float[][] base, int[] out) {
    int n = p.size();
    if (n == 0) {
      return;
    }
    float[][] emissions = rows(n);
    for (int i = 0; i < n; i++) {
      if (base == null) {
        Arrays.fill(emissions[i], 0f);
      } else {
        for (int l = 0; l < L; l++) {
          emissions[i][l] = BASE_SCALE * base[i][l];
        }
      }
      extract(p, i, context, s, base != null, fv);
      scorer.addScores(fv, emissions[i]);
    }
    viterbi(n, out);
  }

  /** Room for the emission scores of {@code n} words, which the caller fills before {@link #viterbi}. */
  float[][] rows(int n) {
    if (emissions.length < n) {
      int size = Math.max(n, emissions.length * 2);
      emissions = new float[size][L];
      best = new float[size][L];
      back = new int[size][L];
    }
    return emissions;
  }

  /** The best label sequence for the {@code n} words whose emission scores are in {@link #rows}, written to {@code out}. */
  void viterbi(int n, int[] out) {
    if (n == 0) {
      return;
    }
    float neg = Float.NEGATIVE_INFINITY;
    for (int l = 0; l < L; l++) {
      best[0][l] = Labels.ALLOWED[L][l] ? transitions[L][l] + emissions[0][l] : neg;
    }
    for (int i = 1; i < n; i++) {
      float[] prevBest = best[i - 1];
      float[] here = best[i];
      int[] from = back[i];
      float[] emission = emissions[i];
      for (int l = 0; l < L; l++) {
        int[] previous = PREVIOUS[l];
        float[] scores = incoming[l];
        float top = neg;
        int arg = 0;
        for (int k = 0; k < previous.length; k++) {
          int q = previous[k];
          float v = prevBest[q] + scores[k];
          if (v > top) {
            top = v;
            arg = q;
          }
        }
        here[l] = top == neg ? neg : top + emission[l];
        from[l] = arg;
      }
    }
    int last = Labels.O;
    float top = neg;
    for (int l = 0; l < L; l++) {
      if (Labels.canEnd(l) && best[n - 1][l] > top) {
        top = best[n - 1][l];
        last = l;
      }
    }
    out[n - 1] = last;
    for (int i = n - 1; i > 0; i--) {
      out[i - 1] = back[i][out[i]];
    }
  }

  /** A copy of the emission scores of the last decoded sentence's {@code n} words. */
  float[][] emissions(int n) {
    float[][] copy = new float[n][];
    for (int i = 0; i < n; i++) {
      copy[i] = emissions[i].clone();
    }
    return copy;
  }

  /** Features of word {@code i} for the first or the second pass. */
  void extract(Features.Prepared p, int i, Features.Context context, int s, boolean second, FeatureVector into) {
    if (second) {
      features.extractSecond(p, i, context, s, into);
    } else {
      features.extract(p, i, context, s, into);
    }
  }

  static void transitionFeature(int prev, FeatureVector into) {
    into.clear();
    into.add(Features.TRANSITION, prev);
  }
}
