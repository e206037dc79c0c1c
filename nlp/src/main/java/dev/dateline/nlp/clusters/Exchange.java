package dev.dateline.nlp.clusters;

import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import java.util.function.Consumer;

/**
 * The exchange algorithm for class-bigram clustering (Kneser & Ney 1993; Martin, Liermann & Ney 1998): every item in
 * turn moves to the class that most raises the class-bigram log-likelihood
 * {@code F = sum_{c,d} N(c,d) log N(c,d) - sum_c Out(c) log Out(c) - sum_d In(d) log In(d)}.
 * The class-bigram table is dense (k x k, kept in both orientations so that both scans are sequential); an item's
 * contexts are gathered into per-class counts once, so trying a class costs only the item's distinct context classes.
 * Deterministic: items are visited in a fixed order and ties go to the lowest class number.
 */
final class Exchange {

  /** Items with bigram counts between them, in compressed rows: successors and predecessors of every item. */
  record Graph(int n, int[] succStart, int[] succItem, int[] succCount, int[] predStart, int[] predItem,
      int[] predCount, long total) {

    /**
     * Builds a graph from bigram keys ({@code (long) first << 32 | second}) in ascending order, with their counts;
     * equal keys (adjacent) are summed.
     */
    static Graph of(int n, long[] keys, int[] counts, int size) {
      long[] uniqueKeys = new long[size];
      int[] uniqueCounts = new int[size];
      int u = -1;
      for (int i = 0; i < size; i++) {
        if (i > 0 && keys[i] < keys[i - 1]) {
          throw new IllegalArgumentException("bigram keys out of order at " + i);
        }
        if (u >= 0 && uniqueKeys[u] == keys[i]) {
          uniqueCounts[u] += counts[i];
        } else {
          u++;
          uniqueKeys[u] = keys[i];
          uniqueCounts[u] = counts[i];
        }
      }
      int m = u + 1;
      int[] succStart = new int[n + 1];
      int[] succItem = new int[m];
      int[] succCount = new int[m];
      int[] predStart = new int[n + 1];
      long total = 0;
      for (int j = 0; j < m; j++) {
        int a = (int) (uniqueKeys[j] >>> 32);
        int b = (int) uniqueKeys[j];
        succStart[a + 1]++;
        predStart[b + 1]++;
        succItem[j] = b;
        succCount[j] = uniqueCounts[j];
        total += uniqueCounts[j];
      }
      for (int i = 0; i < n; i++) {
        succStart[i + 1] += succStart[i];
        predStart[i + 1] += predStart[i];
      }
      int[] predItem = new int[m];
      int[] predCount = new int[m];
      int[] fill = Arrays.copyOf(predStart, n);
      // Keys are sorted by first item, so every predecessor row comes out sorted too.
      for (int j = 0; j < m; j++) {
        int a = (int) (uniqueKeys[j] >>> 32);
        int b = (int) uniqueKeys[j];
        predItem[fill[b]] = a;
        predCount[fill[b]++] = uniqueCounts[j];
      }
      return new Graph(n, succStart, succItem, succCount, predStart, predItem, predCount, total);
    }
  }

  static final double MIN_GAIN = 1e-5;

  private Exchange() {}

  /**
   * The initial classes: the first {@code k} items of {@code order} (the most frequent) one to a class, so that no
   * class starts empty, and every other item in a class drawn from {@code seed}.
   */
  static int[] initial(int[] order, int k, long seed) {
    int[] cls = new int[order.length];
    Random random = new Random(seed);
    for (int r = 0; r < order.length; r++) {
      cls[order[r]] = r < k ? r : random.nextInt(k);
    }
    return cls;
  }

  /**
   * Runs the exchange algorithm from {@code cls} (changed in place) until an iteration moves fewer than one item in a
   * thousand, or raises the log-likelihood by less than {@link #MIN_GAIN} of its size (later passes shuffle a few
   * rare words for nothing), or {@code maxIterations} are done.
   */
  static void run(Graph g, int k, int[] cls, int[] order, int maxIterations, String label, Consumer<String> log) {
    int n = g.n();
    int[] m = new int[k * k];
    int[] mt = new int[k * k];
    long[] out = new long[k];
    long[] in = new long[k];
    int[] itemOut = new int[n];
    int[] itemIn = new int[n];
    int[] self = new int[n];
    for (int w = 0; w < n; w++) {
      int a = cls[w];
      for (int j = g.succStart()[w]; j < g.succStart()[w + 1]; j++) {
        int v = g.succItem()[j];
        int c = g.succCount()[j];
        m[a * k + cls[v]] += c;
        itemOut[w] += c;
        if (v == w) {
          self[w] = c;
        }
      }
      for (int j = g.predStart()[w]; j < g.predStart()[w + 1]; j++) {
        itemIn[w] += g.predCount()[j];
      }
      out[a] += itemOut[w];
      in[a] += itemIn[w];
    }
    for (int a = 0; a < k; a++) {
      for (int b = 0; b < k; b++) {
        mt[b * k + a] = m[a * k + b];
      }
    }
    double[] xlogx = new double[(int) g.total() + 1];
    for (int x = 1; x < xlogx.length; x++) {
      xlogx[x] = x * Math.log(x);
    }
    int[] r = new int[k];
    int[] l = new int[k];
    int[] rClass = new int[k];
    int[] rCount = new int[k];
    int[] lClass = new int[k];
    int[] lCount = new int[k];
    double likelihood = objective(m, out, in, k, xlogx);
    log.accept(String.format(Locale.ROOT, "%s: %d items, %d classes, start log-likelihood %.6e", label, n, k, likelihood));
    for (int iteration = 1; iteration <= maxIterations; iteration++) {
      long started = System.nanoTime();
      int moves = 0;
      for (int w : order) {
        int a = cls[w];
        int nr = 0;
        for (int j = g.succStart()[w]; j < g.succStart()[w + 1]; j++) {
          int v = g.succItem()[j];
          if (v != w) {
            int d = cls[v];
            if (r[d] == 0) {
              rClass[nr++] = d;
            }
            r[d] += g.succCount()[j];
          }
        }
        int nl = 0;
        for (int j = g.predStart()[w]; j < g.predStart()[w + 1]; j++) {
          int u = g.predItem()[j];
          if (u != w) {
            int c = cls[u];
            if (l[c] == 0) {
              lClass[nl++] = c;
            }
            l[c] += g.predCount()[j];
          }
        }
        for (int j = 0; j < nr; j++) {
          rCount[j] = r[rClass[j]];
        }
        for (int j = 0; j < nl; j++) {
          lCount[j] = l[lClass[j]];
        }
        int s = self[w];
        // Take the item out of its class.
        move(m, mt, k, a, rClass, rCount, nr, lClass, lCount, nl, s, -1);
        out[a] -= itemOut[w];
        in[a] -= itemIn[w];
        // Try every class; the current one first, so that it wins ties and nothing moves for nothing.
        int best = a;
        double bestGain = gain(m, mt, k, a, r, l, rClass, rCount, nr, lClass, lCount, nl, s, out, in, itemOut[w], itemIn[w], xlogx);
        for (int b = 0; b < k; b++) {
          if (b == a) {
            continue;
          }
          double gain = gain(m, mt, k, b, r, l, rClass, rCount, nr, lClass, lCount, nl, s, out, in, itemOut[w], itemIn[w], xlogx);
          if (gain > bestGain + 1e-9) {
            bestGain = gain;
            best = b;
          }
        }
        move(m, mt, k, best, rClass, rCount, nr, lClass, lCount, nl, s, 1);
        out[best] += itemOut[w];
        in[best] += itemIn[w];
        if (best != a) {
          cls[w] = best;
          moves++;
        }
        for (int j = 0; j < nr; j++) {
          r[rClass[j]] = 0;
        }
        for (int j = 0; j < nl; j++) {
          l[lClass[j]] = 0;
        }
      }
      double before = likelihood;
      likelihood = objective(m, out, in, k, xlogx);
      log.accept(String.format(Locale.ROOT, "%s: iteration %d: %d moves, log-likelihood %.6e, %.1f s", label, iteration,
          moves, likelihood, (System.nanoTime() - started) / 1e9));
      if (moves * 1000L < n || likelihood - before < MIN_GAIN * Math.abs(before)) {
        break;
      }
    }
  }

  /** Adds ({@code sign} 1) or removes (-1) an item's bigrams to or from class {@code b}. */
  private static void move(int[] m, int[] mt, int k, int b, int[] rClass, int[] rCount, int nr, int[] lClass,
      int[] lCount, int nl, int self, int sign) {
    int row = b * k;
    for (int j = 0; j < nr; j++) {
      int d = rClass[j];
      m[row + d] += sign * rCount[j];
      mt[d * k + b] += sign * rCount[j];
    }
    for (int j = 0; j < nl; j++) {
      int c = lClass[j];
      mt[row + c] += sign * lCount[j];
      m[c * k + b] += sign * lCount[j];
    }
    m[row + b] += sign * self;
    mt[row + b] += sign * self;
  }

  /**
   * The change of F when the item (already taken out) joins class b. Cell (b,b) receives the item's bigrams into b
   * from both sides plus its bigrams with itself, so the two row sums count it separately and are then corrected.
   */
  private static double gain(int[] m, int[] mt, int k, int b, int[] r, int[] l, int[] rClass, int[] rCount, int nr,
      int[] lClass, int[] lCount, int nl, int self, long[] out, long[] in, int itemOut, int itemIn, double[] xlogx) {
    int row = b * k;
    double sum = 0;
    for (int j = 0; j < nr; j++) {
      int x = m[row + rClass[j]];
      sum += xlogx[x + rCount[j]] - xlogx[x];
    }
    for (int j = 0; j < nl; j++) {
      int x = mt[row + lClass[j]];
      sum += xlogx[x + lCount[j]] - xlogx[x];
    }
    int bb = m[row + b];
    sum -= xlogx[bb + r[b]] - xlogx[bb];
    sum -= xlogx[bb + l[b]] - xlogx[bb];
    sum += xlogx[bb + r[b] + l[b] + self] - xlogx[bb];
    sum -= xlogx[(int) (out[b] + itemOut)] - xlogx[(int) out[b]];
    sum -= xlogx[(int) (in[b] + itemIn)] - xlogx[(int) in[b]];
    return sum;
  }

  private static double objective(int[] m, long[] out, long[] in, int k, double[] xlogx) {
    double f = 0;
    for (int x : m) {
      f += xlogx[x];
    }
    for (int c = 0; c < k; c++) {
      f -= xlogx[(int) out[c]] + xlogx[(int) in[c]];
    }
    return f;
  }

  /** The class-bigram counts of {@code cls} as a graph over the classes: the items of the next coarser level. */
  static Graph classGraph(Graph g, int[] cls, int k) {
    long[] cells = new long[k * k];
    for (int w = 0; w < g.n(); w++) {
      for (int j = g.succStart()[w]; j < g.succStart()[w + 1]; j++) {
        cells[cls[w] * k + cls[g.succItem()[j]]] += g.succCount()[j];
      }
    }
    int size = 0;
    for (long c : cells) {
      if (c > 0) {
        size++;
      }
    }
    long[] keys = new long[size];
    int[] counts = new int[size];
    int i = 0;
    for (int a = 0; a < k; a++) {
      for (int b = 0; b < k; b++) {
        long c = cells[a * k + b];
        if (c > 0) {
          keys[i] = (long) a << 32 | b;
          counts[i++] = (int) c;
        }
      }
    }
    return Graph.of(k, keys, counts, size);
  }
}
