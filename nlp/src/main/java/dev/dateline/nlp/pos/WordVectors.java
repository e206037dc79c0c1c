package dev.dateline.nlp.pos;

import dev.dateline.nlp.clusters.ClusterTrainer;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Word vectors learned from unlabelled text by skip-gram with negative sampling (Mikolov et al. 2013, word2vec), for
 * the tagger's window network: words that occur in like contexts get like vectors, so a word the treebank never
 * showed still looks like the words it behaves like. Words are keyed lower-case with digits as 0 ({@link #key}).
 * Single-threaded and seeded, so the same corpus and settings give the same bytes. Stored quantised to one byte per
 * dimension with a scale per word; the vectors in memory are the stored ones.
 */
public final class WordVectors {
  private static final String MAGIC = "dateline-vectors-1";

  /**
   * @param dim dimensions; {@code window} the most words either side (each centre word draws 1..window);
   *     {@code negatives} noise words per pair; {@code minCount} fewest occurrences to get a vector
   */
  public record Settings(int dim, int window, int negatives, int epochs, int minCount, long seed) {
    public Settings {
      if (dim < 1 || dim > 1024 || window < 1 || negatives < 1 || epochs < 1 || minCount < 1) {
        throw new IllegalArgumentException("word vector settings must be positive (dim at most 1024): " + dim + ", "
            + window + ", " + negatives + ", " + epochs + ", " + minCount);
      }
    }
  }

  private final int dim;
  private final Map<String, Integer> index;
  private final List<String> words;
  private final float[] vectors;

  private WordVectors(int dim, List<String> words, float[] vectors) {
    this.dim = dim;
    this.words = List.copyOf(words);
    this.vectors = vectors;
    Map<String, Integer> m = new HashMap<>(words.size() * 2);
    for (int i = 0; i < words.size(); i++) {
      m.put(words.get(i), i);
    }
    this.index = m;
  }

  public int dim() {
    return dim;
  }

  public int size() {
    return words.size();
  }

  /** How a word is looked up: digits as 0, curly quotes straight, lower case. */
  static String key(String word) {
    return Forms.lower(dev.dateline.nlp.clusters.WordClusters.normalise(Forms.normalise(word)));
  }

  /** Copies the vector of {@code word} into {@code out} at {@code at} and says whether it has one (else zeros). */
  boolean copy(String word, float[] out, int at) {
    Integer i = index.get(key(word));
    if (i == null) {
      Arrays.fill(out, at, at + dim, 0f);
      return false;
    }
    System.arraycopy(vectors, i * dim, out, at, dim);
    return true;
  }

  /** Learns vectors from the sentences of {@code inputs} (see {@link ClusterTrainer#readCorpus}). */
  public static WordVectors train(List<Path> inputs, Settings settings, Consumer<String> log) throws IOException {
    Map<String, Integer> ids = new HashMap<>();
    List<String> forms = new ArrayList<>();
    int[][] stream = {new int[1 << 20]};
    int[] length = {0};
    ClusterTrainer.readCorpus(inputs, sentence -> {
      for (String w : sentence) {
        String k = key(w);
        Integer id = ids.get(k);
        if (id == null) {
          id = forms.size();
          ids.put(k, id);
          forms.add(k);
        }
        push(stream, length, id);
      }
      push(stream, length, -1);
    });
    return train(forms, Arrays.copyOf(stream[0], length[0]), settings, log);
  }

  private static void push(int[][] stream, int[] length, int v) {
    if (length[0] == stream[0].length) {
      stream[0] = Arrays.copyOf(stream[0], stream[0].length * 2);
    }
    stream[0][length[0]++] = v;
  }

  /** Learns vectors from a stream of word ids into {@code forms}, -1 between sentences. */
  static WordVectors train(List<String> forms, int[] raw, Settings settings, Consumer<String> log) {
    int[] count = new int[forms.size()];
    for (int id : raw) {
      if (id >= 0) {
        count[id]++;
      }
    }
    Integer[] kept = java.util.stream.IntStream.range(0, forms.size()).filter(i -> count[i] >= settings.minCount())
        .boxed().toArray(Integer[]::new);
    Arrays.sort(kept, Comparator.<Integer>comparingInt(i -> -count[i]).thenComparing(i -> forms.get(i)));
    int v = kept.length;
    if (v < 2) {
      throw new IllegalArgumentException("only " + v + " words occur at least " + settings.minCount() + " times");
    }
    int[] renumber = new int[forms.size()];
    Arrays.fill(renumber, -2);
    List<String> words = new ArrayList<>(v);
    long[] freq = new long[v];
    for (int i = 0; i < v; i++) {
      renumber[kept[i]] = i;
      words.add(forms.get(kept[i]));
      freq[i] = count[kept[i]];
    }
    // rare words are dropped from the stream, as word2vec does; sentence breaks stay
    int n = 0;
    int[] stream = new int[raw.length];
    long tokens = 0;
    for (int id : raw) {
      int r = id < 0 ? -1 : renumber[id];
      if (r != -2) {
        stream[n++] = r;
        tokens += r >= 0 ? 1 : 0;
      }
    }
    log.accept(String.format(Locale.ROOT, "corpus: %,d tokens, %,d types, %,d with a vector", tokens, forms.size(), v));
    int dim = settings.dim();
    // noise words drawn from counts^0.75 through a table, as word2vec does
    int tableSize = 1 << 22;
    int[] table = new int[tableSize];
    double total = 0;
    for (long f : freq) {
      total += Math.pow(f, 0.75);
    }
    double cum = Math.pow(freq[0], 0.75) / total;
    for (int a = 0, w = 0; a < tableSize; a++) {
      table[a] = w;
      if ((double) a / tableSize > cum && w < v - 1) {
        w++;
        cum += Math.pow(freq[w], 0.75) / total;
      }
    }
    float[] in = new float[v * dim];
    float[] out = new float[v * dim];
    long rnd = settings.seed();
    for (int i = 0; i < in.length; i++) {
      rnd = rnd * 25214903917L + 11;
      in[i] = (((rnd >>> 16) & 0xFFFF) / 65536f - 0.5f) / dim;
    }
    double sample = 1e-4 * tokens;
    float[] keep = new float[v];
    for (int i = 0; i < v; i++) {
      keep[i] = (float) ((Math.sqrt(freq[i] / sample) + 1) * sample / freq[i]);
    }
    float start = 0.025f;
    long done = 0;
    long all = (long) settings.epochs() * tokens;
    float[] grad = new float[dim];
    int[] sent = new int[1024];
    for (int epoch = 1; epoch <= settings.epochs(); epoch++) {
      int p = 0;
      while (p < n) {
        int len = 0;
        for (; p < n && stream[p] >= 0; p++) {
          done++;
          int w = stream[p];
          rnd = rnd * 25214903917L + 11;
          if (keep[w] < ((rnd >>> 16) & 0xFFFF) / 65536f) {
            continue;
          }
          if (len == sent.length) {
            sent = Arrays.copyOf(sent, len * 2);
          }
          sent[len++] = w;
        }
        p++;
        float lr = start * Math.max(1e-4f, 1f - (float) done / (all + 1));
        for (int c = 0; c < len; c++) {
          rnd = rnd * 25214903917L + 11;
          int b = (int) ((rnd >>> 16) % settings.window());
          for (int o = c - settings.window() + b; o <= c + settings.window() - b; o++) {
            if (o == c || o < 0 || o >= len) {
              continue;
            }
            int ctx = sent[o] * dim;
            Arrays.fill(grad, 0f);
            for (int d = 0; d <= settings.negatives(); d++) {
              int target;
              float label;
              if (d == 0) {
                target = sent[c];
                label = 1f;
              } else {
                rnd = rnd * 25214903917L + 11;
                target = table[(int) ((rnd >>> 16) & (tableSize - 1))];
                if (target == sent[c]) {
                  continue;
                }
                label = 0f;
              }
              int t = target * dim;
              float dot = 0f;
              for (int k = 0; k < dim; k++) {
                dot += in[ctx + k] * out[t + k];
              }
              float g = (label - sigmoid(dot)) * lr;
              for (int k = 0; k < dim; k++) {
                grad[k] += g * out[t + k];
                out[t + k] += g * in[ctx + k];
              }
            }
            for (int k = 0; k < dim; k++) {
              in[ctx + k] += grad[k];
            }
          }
        }
      }
      log.accept("word vectors: epoch " + epoch + " of " + settings.epochs() + " done");
    }
    return quantised(dim, words, in);
  }

  private static float sigmoid(float x) {
    if (x > 6) {
      return 1f;
    }
    if (x < -6) {
      return 0f;
    }
    return (float) (1 / (1 + Math.exp(-x)));
  }

  /** The vectors as they will be read back: one signed byte a dimension times the word's scale. */
  private static WordVectors quantised(int dim, List<String> words, float[] raw) {
    float[] q = new float[raw.length];
    for (int i = 0; i < words.size(); i++) {
      float scale = scale(raw, i * dim, dim);
      for (int k = 0; k < dim; k++) {
        q[i * dim + k] = quantise(raw[i * dim + k], scale) * scale;
      }
    }
    return new WordVectors(dim, words, q);
  }

  private static float scale(float[] v, int at, int dim) {
    float max = 0f;
    for (int k = 0; k < dim; k++) {
      max = Math.max(max, Math.abs(v[at + k]));
    }
    return max == 0f ? 1f : max / 127f;
  }

  private static byte quantise(float x, float scale) {
    return (byte) Math.max(-127, Math.min(127, Math.round(x / scale)));
  }

  /** Writes the vectors, gzipped; the same vectors give the same bytes. */
  public void write(OutputStream out) throws IOException {
    GZIPOutputStream gzip = new GZIPOutputStream(out, 1 << 16);
    DataOutputStream data = new DataOutputStream(new BufferedOutputStream(gzip, 1 << 16));
    write(data);
    data.flush();
    gzip.finish();
    gzip.flush();
  }

  void write(DataOutputStream data) throws IOException {
    data.writeUTF(MAGIC);
    data.writeInt(dim);
    data.writeInt(words.size());
    byte[] row = new byte[dim];
    for (int i = 0; i < words.size(); i++) {
      data.writeUTF(words.get(i));
      float scale = scale(vectors, i * dim, dim);
      data.writeFloat(scale);
      for (int k = 0; k < dim; k++) {
        row[k] = quantise(vectors[i * dim + k], scale);
      }
      data.write(row);
    }
  }

  /** Reads vectors written by {@link #write(OutputStream)}. */
  public static WordVectors read(InputStream in, String name) throws IOException {
    DataInputStream data = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in), 1 << 16));
    return read(data, name);
  }

  static WordVectors read(DataInputStream data, String name) throws IOException {
    try {
      String magic = data.readUTF();
      if (!MAGIC.equals(magic)) {
        throw new IOException(name + " is not a word vector file (expected '" + MAGIC + "', found '" + magic + "')");
      }
      int dim = data.readInt();
      int n = data.readInt();
      if (dim < 1 || dim > 1024 || n < 0) {
        throw new IOException(name + " has " + n + " vectors of " + dim + " dimensions");
      }
      List<String> words = new ArrayList<>(n);
      float[] vectors = new float[n * dim];
      byte[] row = new byte[dim];
      for (int i = 0; i < n; i++) {
        words.add(data.readUTF());
        float scale = data.readFloat();
        data.readFully(row);
        for (int k = 0; k < dim; k++) {
          vectors[i * dim + k] = row[k] * scale;
        }
      }
      return new WordVectors(dim, words, vectors);
    } catch (java.io.EOFException e) {
      throw new IOException(name + " ends before its vectors do", e);
    }
  }
}
