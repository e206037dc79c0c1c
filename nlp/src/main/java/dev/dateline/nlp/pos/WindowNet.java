package dev.dateline.nlp.pos;

import dev.dateline.nlp.learn.LinearModel;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * A feed-forward window network (Collobert et al. 2011): each of the five words around the one tagged is described by
 * its pre-trained {@link WordVectors} vector, spelling flags and learned embeddings of the word (frequent treebank
 * words), its last two and last three letters; one ReLU hidden layer; a score per label. Its scores, times a weight,
 * are added to the perceptron's. The first layer is a sum over positions of a matrix times one word's input, so its
 * part for one word form at one position is computed once and cached (Chen and Manning 2014): a token then costs five
 * vector adds and one row per candidate label. Immutable once built; trained by {@link #train}, deterministic.
 */
final class WindowNet {
  static final int SIDE = 2;
  static final int POSITIONS = 2 * SIDE + 1;
  static final int FLAGS = 8;
  static final int WORD_DIM = 16;
  static final int SUFFIX2_DIM = 8;
  static final int SUFFIX3_DIM = 16;
  /** A treebank word gets its own learned embedding when seen this often. */
  static final int WORD_MIN = 3;
  static final int SUFFIX_MIN = 2;
  private static final String MAGIC = "dateline-window-net-1";
  static final String PAD = "\u0000pad";

  final WordVectors vectors;
  final Map<String, Integer> words;
  final Map<String, Integer> suffix2;
  final Map<String, Integer> suffix3;
  final int hidden;
  final int labels;
  final int dim;
  /** Learned embeddings; row 0 of each is the unknown item. */
  final float[] wordEmb;
  final float[] suf2Emb;
  final float[] suf3Emb;
  /** First layer, [hidden][POSITIONS * dim]. */
  final float[] w1;
  /**
   * {@link #w1} transposed, [POSITIONS * dim][hidden], for {@link #part}: one array per input so that the loop adding
   * an input's column indexes it and the output alike, which the compiler vectorises (with the column at an offset
   * into one big array it cannot rule out that the two overlap, and runs the loop a float at a time, 3-4x slower).
   */
  private final float[][] w1t;
  final float[] b1;
  /** Output layer, [labels][hidden], already times the weight given to the network. */
  final float[] w2;
  final float[] b2;
  final float weight;
  /** How many of the perceptron's best labels the network scores, and below what perceptron margin. */
  final int top;
  final float gate;

  WindowNet(WordVectors vectors, Map<String, Integer> words, Map<String, Integer> suffix2, Map<String, Integer> suffix3,
      int hidden, int labels, float[] wordEmb, float[] suf2Emb, float[] suf3Emb, float[] w1, float[] b1, float[] w2,
      float[] b2, float weight, int top, float gate) {
    if (top < 1) {
      throw new IllegalArgumentException("the window network must score at least one label, got " + top);
    }
    this.top = top;
    this.gate = gate;
    this.vectors = vectors;
    this.words = words;
    this.suffix2 = suffix2;
    this.suffix3 = suffix3;
    this.hidden = hidden;
    this.labels = labels;
    this.dim = vectors.dim() + FLAGS + WORD_DIM + SUFFIX2_DIM + SUFFIX3_DIM;
    this.wordEmb = wordEmb;
    this.suf2Emb = suf2Emb;
    this.suf3Emb = suf3Emb;
    this.w1 = w1;
    int in = w1.length / Math.max(1, hidden);
    this.w1t = new float[in][hidden];
    for (int j = 0; j < hidden; j++) {
      for (int k = 0; k < in; k++) {
        w1t[k][j] = w1[j * in + k];
      }
    }
    this.b1 = b1;
    this.weight = weight;
    this.w2 = new float[w2.length];
    this.b2 = new float[b2.length];
    for (int i = 0; i < w2.length; i++) {
      this.w2[i] = w2[i] * weight;
    }
    for (int i = 0; i < b2.length; i++) {
      this.b2[i] = b2[i] * weight;
    }
    raw2 = w2;
    rawB2 = b2;
  }

  private final float[] raw2;
  private final float[] rawB2;

  /** The same network with another weight, number of labels scored and margin below which it scores them. */
  WindowNet tuned(float w, int top, float gate) {
    return new WindowNet(vectors, words, suffix2, suffix3, hidden, labels, wordEmb, suf2Emb, suf3Emb, w1, b1, raw2, rawB2, w, top, gate);
  }

  /** A word's input ids: vector found, flags, word, suffix ids (the vector itself is copied by {@link #input}). */
  record Ids(String form, int flags, int word, int s2, int s3) {}

  Ids ids(String norm) {
    if (norm == PAD) {
      return new Ids(norm, 1 << 6, 0, 0, 0);
    }
    String key = WordVectors.key(norm);
    int f = 0;
    boolean letter = false;
    boolean upper = true;
    boolean innerUpper = false;
    for (int i = 0, n = norm.length(); i < n; i++) {
      char c = norm.charAt(i);
      letter |= Character.isLetter(c);
      if (Character.isDigit(c)) {
        f |= 1 << 3;
      } else if (c == '-') {
        f |= 1 << 4;
      }
      if (Character.isLowerCase(c)) {
        upper = false;
      } else if (i > 0 && Character.isUpperCase(c)) {
        innerUpper = true;
      }
    }
    if (!norm.isEmpty() && Character.isUpperCase(norm.charAt(0))) {
      f |= 1 << 1;
      if (upper && norm.length() > 1) {
        f |= 1 << 2;
      }
    }
    if (!letter) {
      f |= 1 << 5;
    }
    if (innerUpper) {
      f |= 1 << 7;
    }
    int n = key.length();
    Integer w = words.get(key);
    Integer a = n >= 2 ? suffix2.get(key.substring(n - 2)) : null;
    Integer b = n >= 3 ? suffix3.get(key.substring(n - 3)) : null;
    return new Ids(key, f, w == null ? 0 : w, a == null ? 0 : a, b == null ? 0 : b);
  }

  /** Writes word {@code id}'s input ({@link #dim} values) into {@code x} at {@code at}. */
  void input(Ids id, float[] x, int at) {
    int dv = vectors.dim();
    int f = id.flags();
    if (id.form() != PAD && vectors.copy(id.form(), x, at)) {
      f |= 1;
    } else {
      java.util.Arrays.fill(x, at, at + dv, 0f);
    }
    int k = at + dv;
    for (int b = 0; b < FLAGS; b++) {
      x[k++] = (f >> b & 1) != 0 ? 1f : 0f;
    }
    System.arraycopy(wordEmb, id.word() * WORD_DIM, x, k, WORD_DIM);
    k += WORD_DIM;
    System.arraycopy(suf2Emb, id.s2() * SUFFIX2_DIM, x, k, SUFFIX2_DIM);
    k += SUFFIX2_DIM;
    System.arraycopy(suf3Emb, id.s3() * SUFFIX3_DIM, x, k, SUFFIX3_DIM);
  }

  /** The first layer's input of word form {@code norm} ({@link #dim} values). */
  float[] input(String norm) {
    float[] x = new float[dim];
    input(ids(norm), x, 0);
    return x;
  }

  /** The first layer's part of a word whose input is {@code x} at position {@code p} (the centre's adds the bias). */
  float[] part(float[] x, int p) {
    float[] out = p == SIDE ? b1.clone() : new float[hidden];
    // column by column of the transposed layer: a loop the compiler vectorises, and the many zero inputs (flags, a
    // word without a vector) skipped
    int base = p * dim;
    for (int k = 0; k < dim; k++) {
      float v = x[k];
      if (v != 0f) {
        float[] column = w1t[base + k];
        for (int j = 0; j < column.length; j++) {
          out[j] += column[j] * v;
        }
      }
    }
    return out;
  }

  /** Whether the perceptron's best label {@code best} of {@code cand} leads the next by less than the gate. */
  boolean unsure(int[] cand, float[] scores, int best) {
    float runnerUp = Float.NEGATIVE_INFINITY;
    for (int l : cand) {
      if (l != best && scores[l] > runnerUp) {
        runnerUp = scores[l];
      }
    }
    return scores[best] - runnerUp < gate;
  }

  /**
   * The best label of {@code cand} once the network's scores are added to the perceptron's ({@code scores}) of the
   * perceptron's best {@link #top} labels; for a word the perceptron is {@link #unsure} of. {@code parts} are the
   * words' first-layer parts at their positions (the centre word's at index SIDE), {@code h} scratch of
   * {@link #hidden} values, {@code chosen} scratch of {@link #top}. Only the few labels the perceptron thought likely
   * are scored, and only where it was unsure: that keeps the network's cost to a fraction of a token's.
   */
  int rescore(float[][] parts, int[] cand, float[] scores, float[] h, int[] chosen) {
    int[] pick = cand;
    if (cand.length > top) {
      // the top labels by score, ties to the lower label; then in label order, as argmax expects
      int k = 0;
      for (int l : cand) {
        if (k == top && !better(scores, l, chosen[top - 1])) {
          continue;
        }
        int at = k < top ? k++ : top - 1;
        while (at > 0 && better(scores, l, chosen[at - 1])) {
          chosen[at] = chosen[at - 1];
          at--;
        }
        chosen[at] = l;
      }
      java.util.Arrays.sort(chosen);
      pick = chosen;
    }
    addScores(parts, pick, scores, h);
    return LinearModel.argmax(scores, pick);
  }

  private static boolean better(float[] scores, int a, int b) {
    return scores[a] > scores[b] || scores[a] == scores[b] && a < b;
  }

  /** Adds the network's scores of {@code cand} to {@code scores} (see {@link #rescore}). */
  void addScores(float[][] parts, int[] cand, float[] scores, float[] h) {
    int H = hidden;
    float[] a = parts[0];
    float[] b = parts[1];
    float[] c = parts[2];
    float[] d = parts[3];
    float[] e = parts[4];
    for (int j = 0; j < H; j++) {
      float s = a[j] + b[j] + c[j] + d[j] + e[j];
      h[j] = s > 0f ? s : 0f;
    }
    for (int l : cand) {
      scores[l] += b2[l] + dot(w2, l * H, h, 0, H);
    }
  }

  /** The dot product of {@code n} values of {@code a} from {@code i} and {@code b} from {@code j}, in four running sums. */
  static float dot(float[] a, int i, float[] b, int j, int n) {
    float s0 = 0f;
    float s1 = 0f;
    float s2 = 0f;
    float s3 = 0f;
    int k = 0;
    for (; k + 3 < n; k += 4) {
      s0 += a[i + k] * b[j + k];
      s1 += a[i + k + 1] * b[j + k + 1];
      s2 += a[i + k + 2] * b[j + k + 2];
      s3 += a[i + k + 3] * b[j + k + 3];
    }
    for (; k < n; k++) {
      s0 += a[i + k] * b[j + k];
    }
    return (s0 + s1) + (s2 + s3);
  }

  void write(DataOutputStream data) throws IOException {
    data.writeUTF(MAGIC);
    data.writeInt(hidden);
    data.writeInt(labels);
    data.writeFloat(weight);
    data.writeInt(top);
    data.writeFloat(gate);
    vectors.write(data);
    writeIds(data, words);
    writeIds(data, suffix2);
    writeIds(data, suffix3);
    for (float[] a : new float[][] {wordEmb, suf2Emb, suf3Emb, w1, b1, raw2, rawB2}) {
      data.writeInt(a.length);
      for (float v : a) {
        data.writeFloat(v);
      }
    }
  }

  private static void writeIds(DataOutputStream data, Map<String, Integer> ids) throws IOException {
    Map<String, Integer> sorted = new TreeMap<>(ids);
    data.writeInt(sorted.size());
    for (Map.Entry<String, Integer> e : sorted.entrySet()) {
      data.writeUTF(e.getKey());
      data.writeInt(e.getValue());
    }
  }

  static WindowNet read(DataInputStream data, String name) throws IOException {
    String magic = data.readUTF();
    if (!MAGIC.equals(magic)) {
      throw new IOException(name + " has no window network where one was announced (found '" + magic + "')");
    }
    int hidden = data.readInt();
    int labels = data.readInt();
    float weight = data.readFloat();
    int top = data.readInt();
    float gate = data.readFloat();
    if (top < 1) {
      throw new IOException(name + " has a window network that scores " + top + " labels");
    }
    WordVectors vectors = WordVectors.read(data, name);
    Map<String, Integer> words = readIds(data);
    Map<String, Integer> s2 = readIds(data);
    Map<String, Integer> s3 = readIds(data);
    float[][] a = new float[7][];
    for (int i = 0; i < a.length; i++) {
      int n = data.readInt();
      if (n < 0 || n > 1 << 26) {
        throw new IOException(name + " has a window network array of " + n + " values");
      }
      a[i] = new float[n];
      for (int k = 0; k < n; k++) {
        a[i][k] = data.readFloat();
      }
    }
    WindowNet net = new WindowNet(vectors, words, s2, s3, hidden, labels, a[0], a[1], a[2], a[3], a[4], a[5], a[6], weight, top, gate);
    if (a[3].length != hidden * POSITIONS * net.dim || a[5].length != labels * hidden || a[4].length != hidden || a[6].length != labels
        || a[0].length != (words.size() + 1) * WORD_DIM || a[1].length != (s2.size() + 1) * SUFFIX2_DIM
        || a[2].length != (s3.size() + 1) * SUFFIX3_DIM) {
      throw new IOException(name + " has a window network whose arrays do not fit its sizes");
    }
    return net;
  }

  private static Map<String, Integer> readIds(DataInputStream data) throws IOException {
    int n = data.readInt();
    Map<String, Integer> m = new HashMap<>(Math.max(16, n * 2));
    for (int i = 0; i < n; i++) {
      String k = data.readUTF();
      m.put(k, data.readInt());
    }
    return m;
  }

  /** Training settings: hidden units, epochs, the weight of the network's scores against the perceptron's, seed. */
  record Settings(int hidden, int epochs, float weight, int top, float gate, long seed) {}

  /**
   * Trains the network on the treebank's sentences (normalised forms) and gold label indexes, with AdaGrad on
   * mini-batches and dropout on the hidden layer; single-threaded and seeded.
   */
  static WindowNet train(List<String[]> sentences, List<int[]> gold, int labels, WordVectors vectors, Settings settings,
      Consumer<String> log) {
    return train(sentences, gold, labels, vectors, settings, null, log);
  }

  /**
   * As above; {@code dev}, when given, scores the network after each epoch (with the settings' weight, top and gate),
   * and the network of the best-scoring epoch is kept (early stopping; the first of equal scores).
   */
  static WindowNet train(List<String[]> sentences, List<int[]> gold, int labels, WordVectors vectors, Settings settings,
      java.util.function.ToDoubleFunction<WindowNet> dev, Consumer<String> log) {
    Map<String, Integer> wordCount = new TreeMap<>();
    Map<String, Integer> s2Count = new TreeMap<>();
    Map<String, Integer> s3Count = new TreeMap<>();
    for (String[] s : sentences) {
      for (String w : s) {
        String k = WordVectors.key(w);
        wordCount.merge(k, 1, Integer::sum);
        int n = k.length();
        if (n >= 2) {
          s2Count.merge(k.substring(n - 2), 1, Integer::sum);
        }
        if (n >= 3) {
          s3Count.merge(k.substring(n - 3), 1, Integer::sum);
        }
      }
    }
    Map<String, Integer> words = numbered(wordCount, WORD_MIN);
    Map<String, Integer> s2 = numbered(s2Count, SUFFIX_MIN);
    Map<String, Integer> s3 = numbered(s3Count, SUFFIX_MIN);
    int hidden = settings.hidden();
    long[] rnd = {settings.seed() * 0x9E3779B97F4A7C15L + 1};
    float[] wordEmb = uniform(rnd, (words.size() + 1) * WORD_DIM, 0.1f);
    float[] suf2Emb = uniform(rnd, (s2.size() + 1) * SUFFIX2_DIM, 0.1f);
    float[] suf3Emb = uniform(rnd, (s3.size() + 1) * SUFFIX3_DIM, 0.1f);
    int dim = vectors.dim() + FLAGS + WORD_DIM + SUFFIX2_DIM + SUFFIX3_DIM;
    int in = POSITIONS * dim;
    float[] w1 = uniform(rnd, hidden * in, (float) Math.sqrt(6.0 / (in + hidden)));
    float[] b1 = new float[hidden];
    java.util.Arrays.fill(b1, 0.01f);
    float[] w2 = uniform(rnd, labels * hidden, (float) Math.sqrt(6.0 / (hidden + labels)));
    float[] b2 = new float[labels];
    WindowNet net = new WindowNet(vectors, words, s2, s3, hidden, labels, wordEmb, suf2Emb, suf3Emb, w1, b1, w2, b2, 1f, 1,
        Float.POSITIVE_INFINITY);
    // every token's ids once; the embeddings they point at change as training goes
    List<Ids[]> ids = new ArrayList<>(sentences.size());
    Ids pad = net.ids(PAD);
    int examples = 0;
    for (String[] s : sentences) {
      Ids[] row = new Ids[s.length];
      for (int i = 0; i < s.length; i++) {
        row[i] = net.ids(s[i]);
      }
      ids.add(row);
      examples += s.length;
    }
    int[][] order = new int[examples][];
    for (int k = 0, e = 0; k < sentences.size(); k++) {
      for (int i = 0; i < sentences.get(k).length; i++) {
        order[e++] = new int[] {k, i};
      }
    }
    Adagrad gW1 = new Adagrad(w1.length);
    Adagrad gB1 = new Adagrad(b1.length);
    Adagrad gW2 = new Adagrad(w2.length);
    Adagrad gB2 = new Adagrad(b2.length);
    Adagrad gWord = new Adagrad(wordEmb.length);
    Adagrad gS2 = new Adagrad(suf2Emb.length);
    Adagrad gS3 = new Adagrad(suf3Emb.length);
    float[] x = new float[in];
    float[] h = new float[hidden];
    float[] dh = new float[hidden];
    float[] z = new float[labels];
    float[] dx = new float[in];
    boolean[] drop = new boolean[hidden];
    Ids[] window = new Ids[POSITIONS];
    int batch = 16;
    float lr = 0.05f;
    WindowNet best = null;
    double bestScore = 0;
    int bestEpoch = 0;
    for (int epoch = 1; epoch <= settings.epochs(); epoch++) {
      for (int i = order.length - 1; i > 0; i--) {
        int j = (int) Long.remainderUnsigned(next(rnd), i + 1);
        int[] t = order[i];
        order[i] = order[j];
        order[j] = t;
      }
      double loss = 0;
      int right = 0;
      for (int e = 0; e < order.length; e++) {
        Ids[] s = ids.get(order[e][0]);
        int c = order[e][1];
        for (int p = 0; p < POSITIONS; p++) {
          int q = c - SIDE + p;
          window[p] = q < 0 || q >= s.length ? pad : s[q];
          net.input(window[p], x, p * dim);
        }
        for (int j = 0; j < hidden; j++) {
          drop[j] = (next(rnd) >>> 40) % 10 < 2;
          float v = b1[j] + dot(w1, j * in, x, 0, in);
          h[j] = v > 0f && !drop[j] ? v * 1.25f : 0f;
        }
        float max = Float.NEGATIVE_INFINITY;
        for (int l = 0; l < labels; l++) {
          float v = b2[l] + dot(w2, l * hidden, h, 0, hidden);
          z[l] = v;
          max = Math.max(max, v);
        }
        int truth = gold.get(order[e][0])[c];
        double sum = 0;
        int arg = 0;
        for (int l = 0; l < labels; l++) {
          arg = z[l] > z[arg] ? l : arg;
        }
        for (int l = 0; l < labels; l++) {
          z[l] = (float) Math.exp(z[l] - max);
          sum += z[l];
        }
        right += arg == truth ? 1 : 0;
        loss -= Math.log(z[truth] / sum);
        java.util.Arrays.fill(dh, 0f);
        for (int l = 0; l < labels; l++) {
          float g = (float) (z[l] / sum) - (l == truth ? 1f : 0f);
          if (Math.abs(g) < 1e-6f) {
            continue;
          }
          int base = l * hidden;
          gB2.grad[l] += g;
          for (int j = 0; j < hidden; j++) {
            gW2.grad[base + j] += g * h[j];
            dh[j] += g * w2[base + j];
          }
        }
        java.util.Arrays.fill(dx, 0f);
        int learned = vectors.dim() + FLAGS;
        for (int j = 0; j < hidden; j++) {
          if (h[j] <= 0f) {
            continue;
          }
          float g = dh[j] * 1.25f;
          gB1.grad[j] += g;
          int base = j * in;
          float[] gw = gW1.grad;
          for (int k = 0; k < in; k++) {
            gw[base + k] += g * x[k];
          }
          // only the learned embeddings take a gradient; the word vectors stay as pre-trained
          for (int p = 0; p < POSITIONS; p++) {
            for (int k = p * dim + learned, end = (p + 1) * dim; k < end; k++) {
              dx[k] += g * w1[base + k];
            }
          }
        }
        for (int p = 0; p < POSITIONS; p++) {
          Ids id = window[p];
          int k = p * dim + learned;
          for (int d = 0; d < WORD_DIM; d++) {
            gWord.grad[id.word() * WORD_DIM + d] += dx[k++];
          }
          for (int d = 0; d < SUFFIX2_DIM; d++) {
            gS2.grad[id.s2() * SUFFIX2_DIM + d] += dx[k++];
          }
          for (int d = 0; d < SUFFIX3_DIM; d++) {
            gS3.grad[id.s3() * SUFFIX3_DIM + d] += dx[k++];
          }
          gWord.touch(id.word(), WORD_DIM);
          gS2.touch(id.s2(), SUFFIX2_DIM);
          gS3.touch(id.s3(), SUFFIX3_DIM);
        }
        if ((e + 1) % batch == 0 || e + 1 == order.length) {
          gW1.step(w1, lr);
          gB1.step(b1, lr);
          gW2.step(w2, lr);
          gB2.step(b2, lr);
          gWord.stepTouched(wordEmb, lr);
          gS2.stepTouched(suf2Emb, lr);
          gS3.stepTouched(suf3Emb, lr);
        }
      }
      log.accept(String.format(Locale.ROOT, "window network epoch %d: loss %.4f, train accuracy %.4f", epoch,
          loss / order.length, (double) right / order.length));
      if (dev != null) {
        WindowNet now = new WindowNet(vectors, words, s2, s3, hidden, labels, wordEmb.clone(), suf2Emb.clone(), suf3Emb.clone(),
            w1.clone(), b1.clone(), w2.clone(), b2.clone(), settings.weight(), settings.top(), settings.gate());
        double score = dev.applyAsDouble(now);
        if (best == null || score > bestScore) {
          best = now;
          bestScore = score;
          bestEpoch = epoch;
        }
      }
    }
    if (best != null) {
      log.accept("window network: kept epoch " + bestEpoch + " of " + settings.epochs() + " (best on dev)");
      return best;
    }
    return new WindowNet(vectors, words, s2, s3, hidden, labels, wordEmb, suf2Emb, suf3Emb, w1, b1, w2, b2, settings.weight(),
        settings.top(), settings.gate());
  }

  private static Map<String, Integer> numbered(Map<String, Integer> counts, int min) {
    Map<String, Integer> out = new HashMap<>();
    counts.forEach((k, c) -> {
      if (c >= min) {
        out.put(k, out.size() + 1);
      }
    });
    return out;
  }

  private static long next(long[] rnd) {
    long z = (rnd[0] += 0x9E3779B97F4A7C15L);
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  private static float[] uniform(long[] rnd, int n, float range) {
    float[] a = new float[n];
    for (int i = 0; i < n; i++) {
      a[i] = ((next(rnd) >>> 40) / (float) (1 << 24) * 2f - 1f) * range;
    }
    return a;
  }

  /** AdaGrad's sums of squared gradients and the gradients of the current mini-batch. */
  private static final class Adagrad {
    final float[] grad;
    final float[] sum;
    private int[] touched = new int[64];
    private int touchedCount;
    private final java.util.BitSet seen = new java.util.BitSet();

    Adagrad(int n) {
      grad = new float[n];
      sum = new float[n];
    }

    void touch(int row, int width) {
      if (!seen.get(row)) {
        seen.set(row);
        if (touchedCount == touched.length) {
          touched = java.util.Arrays.copyOf(touched, touchedCount * 2);
        }
        touched[touchedCount++] = row * width;
      }
      this.width = width;
    }

    private int width;

    void step(float[] w, float lr) {
      for (int i = 0; i < w.length; i++) {
        float g = grad[i];
        if (g != 0f) {
          sum[i] += g * g;
          w[i] -= lr * g / (float) Math.sqrt(sum[i] + 1e-8f);
          grad[i] = 0f;
        }
      }
    }

    void stepTouched(float[] w, float lr) {
      for (int t = 0; t < touchedCount; t++) {
        for (int i = touched[t], end = i + width; i < end; i++) {
          float g = grad[i];
          if (g != 0f) {
            sum[i] += g * g;
            w[i] -= lr * g / (float) Math.sqrt(sum[i] + 1e-8f);
            grad[i] = 0f;
          }
        }
      }
      touchedCount = 0;
      seen.clear();
    }
  }
}
