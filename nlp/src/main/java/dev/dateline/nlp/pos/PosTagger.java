package dev.dateline.nlp.pos;

import dev.dateline.nlp.clusters.WordClusters;
import dev.dateline.nlp.learn.FeatureVector;
import dev.dateline.nlp.learn.LinearModel;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A part-of-speech tagger and lemmatizer: a greedy left-to-right averaged perceptron over joint UPOS+XPOS labels
 * (so the two tags always agree), a dictionary of frequent words that only ever had one tag (they skip the scoring),
 * and a {@link Lemmatizer}; optionally a {@link WindowNet} over pre-trained {@link WordVectors} whose scores are
 * added to the perceptron's where the perceptron is unsure. Immutable and thread-safe. Trained from CoNLL-U by {@link #train}, stored by
 * {@link #write}; the bundled model is {@link #standard()}.
 */
public final class PosTagger {
  /** The bundled model, trained on UD English EWT (see the README next to it). */
  public static final String RESOURCE = "pos-ewt.bin.gz";
  static final String RULES = "lemma-rules.tsv";
  private static final String MAGIC = "dateline-pos-5";
  /** The second pass chooses among the first pass's best this many labels of a word. */
  static final int TOP = 3;
  /** The second pass only looks again at words where the first pass's margin bucket is below this. */
  static final int GATE = 4;

  /** The tags and lemma of one word. */
  public record Analysis(String upos, String xpos, String lemma) {}

  /** Accuracy counts over {@code words} gold words. */
  public record Evaluation(int sentences, int words, int upos, int xpos, int lemma) {
    public double uposAccuracy() {
      return ratio(upos);
    }

    public double xposAccuracy() {
      return ratio(xpos);
    }

    public double lemmaAccuracy() {
      return ratio(lemma);
    }

    private double ratio(int correct) {
      return words == 0 ? 0 : (double) correct / words;
    }
  }

  private final LinearModel model;
  /** The second pass, which sees the first pass's tags to the right; null for a one-pass tagger. */
  private final LinearModel second;
  private final String[] upos;
  private final String[] xpos;
  private final Map<String, Integer> dictionary;
  private final Map<String, String> ambiguity;
  private final Map<String, int[]> candidates;
  private final int[] open;
  private final Lemmatizer lemmatizer;
  private final WordClusters clusters;
  private final Features features;
  private final Map<String, String> lexicon;
  /** The window network whose scores add to the first pass's, or null. */
  private final WindowNet net;

  PosTagger(LinearModel model, LinearModel second, Map<String, Integer> dictionary, Map<String, String> ambiguity, Map<String, int[]> candidates,
      int[] open, Lemmatizer lemmatizer, WordClusters clusters, Map<String, String> lexicon) {
    this(model, second, dictionary, ambiguity, candidates, open, lemmatizer, clusters, lexicon, null);
  }

  PosTagger(LinearModel model, LinearModel second, Map<String, Integer> dictionary, Map<String, String> ambiguity, Map<String, int[]> candidates,
      int[] open, Lemmatizer lemmatizer, WordClusters clusters, Map<String, String> lexicon, WindowNet net) {
    this.model = model;
    this.net = net;
    if (net != null && net.labels != model.labelCount()) {
      throw new IllegalArgumentException("the window network has " + net.labels + " labels, the model " + model.labelCount());
    }
    this.lexicon = Map.copyOf(lexicon);
    if (second != null && !second.labels().equals(model.labels())) {
      throw new IllegalArgumentException("the two passes have different labels");
    }
    this.second = second;
    List<String> labels = model.labels();
    upos = new String[labels.size()];
    xpos = new String[labels.size()];
    for (int l = 0; l < labels.size(); l++) {
      String[] parts = labels.get(l).split(" ", 2);
      upos[l] = parts[0];
      xpos[l] = parts[1];
    }
    this.dictionary = Map.copyOf(dictionary);
    this.ambiguity = Map.copyOf(ambiguity);
    this.candidates = Map.copyOf(candidates);
    this.open = open.clone();
    this.lemmatizer = lemmatizer;
    this.clusters = clusters;
    this.features = new Features(this.ambiguity, this.candidates, this.open, clusters, this.lexicon);
  }

  /** The tags and lemmas of one sentence's words. */
  public List<Analysis> tag(List<String> forms) {
    String[] f = forms.toArray(String[]::new);
    Features.Words words = features.words(f);
    return analyses(f, words, decode(words, new FeatureVector(), new float[model.labelCount()]));
  }

  /** A worker's cache of scores per word form for {@link #tag(String[], ScoreCache)}. */
  ScoreCache cache() {
    return new ScoreCache(model, features, net);
  }

  /** A cache that keeps at most {@code maxForms} word forms a generation (tests use tiny ones to see it turn over). */
  ScoreCache cache(int maxForms) {
    return new ScoreCache(model, features, net, maxForms);
  }

  /**
   * The same as {@link #tag(List)} but faster, with a worker's {@code cache} from {@link #cache()} (which a two-pass
   * tagger does not use): only the order in which scores are summed differs.
   */
  List<Analysis> tag(String[] f, ScoreCache cache) {
    if (second != null) {
      Features.Words words = features.words(f);
      return analyses(f, words, decode(words, new FeatureVector(), new float[model.labelCount()]));
    }
    Features.Words words = cache.words(f);
    int[] labels = new int[words.size];
    cache.firstPass(dictionary, words, labels);
    List<Analysis> out = new ArrayList<>(f.length);
    for (int i = 0; i < f.length; i++) {
      int label = labels[i];
      String norm = words.norm[i];
      String raw = f[i];
      out.add(new Analysis(upos[label], xpos[label], cache.lemma(i, label, l -> lemmatizer.lemma(raw, norm, xpos[l]))));
    }
    return out;
  }

  private List<Analysis> analyses(String[] f, Features.Words words, int[] labels) {
    List<Analysis> out = new ArrayList<>(f.length);
    for (int i = 0; i < f.length; i++) {
      String x = xpos[labels[i]];
      out.add(new Analysis(upos[labels[i]], x, lemmatizer.lemma(f[i], words.norm[i], x)));
    }
    return out;
  }

  private int[] decode(Features.Words words, FeatureVector f, float[] scratch) {
    int n = words.size;
    int[] first = new int[n];
    if (second == null) {
      firstPass(model, net, dictionary, features, words, first, null, null, f, scratch);
      return first;
    }
    int[] margin = new int[n];
    int[][] top = new int[n][];
    firstPass(model, net, dictionary, features, words, first, margin, top, f, scratch);
    int[] out = new int[n];
    int q1 = -1;
    int q2 = -2;
    for (int i = 0; i < n; i++) {
      int label = first[i];
      if (top[i] != null && margin[i] < GATE) {
        features.extractSecond(words, i, q1, q2, first, margin, f);
        label = second.best(f, top[i], scratch);
      }
      out[i] = label;
      q2 = q1;
      q1 = label;
    }
    return out;
  }

  /**
   * Greedy left-to-right tagging with {@code model} into {@code out}; when {@code top} is given, also each scored
   * word's best {@link #TOP} labels (null for a word the dictionary or its one candidate decides) and in
   * {@code margin} a bucket of how far the best label's score was ahead of the next.
   */
  static void firstPass(LinearModel model, WindowNet net, Map<String, Integer> dictionary, Features features, Features.Words words,
      int[] out, int[] margin, int[][] top, FeatureVector f, float[] scratch) {
    float[][] inputs = net == null ? null : new float[words.size][];
    float[][] window = new float[WindowNet.POSITIONS][];
    float[] pad = net == null ? null : net.input(WindowNet.PAD);
    float[] h = net == null ? null : new float[net.hidden];
    int[] chosen = net == null ? null : new int[net.top];
    int p1 = -1;
    int p2 = -2;
    for (int i = 0; i < words.size; i++) {
      Integer known = dictionary.get(words.norm[i]);
      int[] cand = words.cand[i];
      int label;
      if (known != null) {
        label = known;
      } else if (cand != null && cand.length == 1) {
        label = cand[0];
      } else {
        features.extract(words, i, p1, p2, f);
        label = model.best(f, cand, scratch);
        if (net != null && net.unsure(cand, scratch, label)) {
          for (int p = 0; p < WindowNet.POSITIONS; p++) {
            int q = i - WindowNet.SIDE + p;
            if (q < 0 || q >= words.size) {
              window[p] = net.part(pad, p);
            } else {
              if (inputs[q] == null) {
                inputs[q] = net.input(words.norm[q]);
              }
              window[p] = net.part(inputs[q], p);
            }
          }
          label = net.rescore(window, cand, scratch, h, chosen);
        }
      }
      if (top != null && known == null && !(cand != null && cand.length == 1)) {
        top[i] = best(cand, scratch, label);
        float runnerUp = Float.NEGATIVE_INFINITY;
        for (int l : cand) {
          if (l != label && scratch[l] > runnerUp) {
            runnerUp = scratch[l];
          }
        }
        float m = scratch[label] - runnerUp;
        margin[i] = m >= 64 ? 7 : 32 - Integer.numberOfLeadingZeros((int) m + 1) - 1;
      }
      out[i] = label;
      p2 = p1;
      p1 = label;
    }
  }

  /** The {@link #TOP} best-scoring labels of {@code cand} (all of them when there are no more), in label order. */
  private static int[] best(int[] cand, float[] scores, int winner) {
    if (cand.length <= TOP) {
      return cand;
    }
    int[] chosen = new int[TOP];
    chosen[0] = winner;
    for (int k = 1; k < TOP; k++) {
      int pick = -1;
      for (int l : cand) {
        boolean taken = false;
        for (int j = 0; j < k; j++) {
          taken |= chosen[j] == l;
        }
        if (!taken && (pick < 0 || scores[l] > scores[pick])) {
          pick = l;
        }
      }
      chosen[k] = pick;
    }
    java.util.Arrays.sort(chosen);
    return chosen;
  }

  /** Tags and lemmatizes the gold words of a CoNLL-U file and counts the answers that match the gold ones. */
  public Evaluation evaluate(Path conllu) throws IOException {
    List<Conllu.Sentence> sentences;
    try (BufferedReader reader = Files.newBufferedReader(conllu, StandardCharsets.UTF_8)) {
      sentences = Conllu.read(reader, conllu.toString());
    }
    return evaluate(sentences);
  }

  Evaluation evaluate(List<Conllu.Sentence> sentences) {
    int words = 0;
    int u = 0;
    int x = 0;
    int l = 0;
    ScoreCache cache = cache();
    for (Conllu.Sentence s : sentences) {
      List<Analysis> answers = tag(s.words().stream().map(Conllu.Word::form).toArray(String[]::new), cache);
      for (int i = 0; i < answers.size(); i++) {
        Conllu.Word gold = s.words().get(i);
        Analysis a = answers.get(i);
        words++;
        u += a.upos().equals(gold.upos()) ? 1 : 0;
        x += a.xpos().equals(gold.xpos()) ? 1 : 0;
        l += a.lemma().equals(gold.lemma()) ? 1 : 0;
      }
    }
    return new Evaluation(sentences.size(), words, u, x, l);
  }

  /** The bundled model with the bundled lemma rules and the bundled word classes ({@link WordClusters#standard()}). */
  public static PosTagger standard() {
    try (InputStream in = PosTagger.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the bundled part-of-speech model " + RESOURCE + " is missing from the class path");
      }
      return read(in, RESOURCE, WordClusters.standard());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled part-of-speech model " + RESOURCE, e);
    }
  }

  /**
   * Reads a model written by {@link #write}; {@code clusters} must be the word classes it was trained with.
   *
   * @throws IOException naming {@code name} when the stream is not such a model or the classes differ
   */
  public static PosTagger read(InputStream in, String name, WordClusters clusters) throws IOException {
    DataInputStream data = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in), 1 << 16));
    try {
      String magic = data.readUTF();
      if (!MAGIC.equals(magic)) {
        throw new IOException(name + " is not a part-of-speech model (expected '" + MAGIC + "', found '" + magic + "')");
      }
      int levels = data.readInt();
      int clusterWords = data.readInt();
      if (levels != clusters.levels() || clusterWords != clusters.words()) {
        throw new IOException(name + " was trained with word classes of " + levels + " levels and " + clusterWords
            + " words, but was given " + clusters.levels() + " levels and " + clusters.words() + " words");
      }
      Map<String, Integer> dictionary = new HashMap<>();
      for (int i = 0, n = data.readInt(); i < n; i++) {
        dictionary.put(data.readUTF(), data.readInt());
      }
      Map<String, String> ambiguity = readStrings(data);
      Map<String, int[]> candidates = new HashMap<>();
      for (int i = 0, n = data.readInt(); i < n; i++) {
        String word = data.readUTF();
        int[] labels = readLabels(data);
        candidates.put(word, labels);
      }
      int[] open = readLabels(data);
      Map<String, String> lexicon = readStrings(data);
      Map<String, String> tagLexicon = readStrings(data);
      LinearModel model = LinearModel.read(data, name);
      LinearModel second = data.readBoolean() ? LinearModel.read(data, name) : null;
      WindowNet net = data.readBoolean() ? WindowNet.read(data, name) : null;
      if (net != null && net.labels != model.labelCount()) {
        throw new IOException(name + " has a window network of " + net.labels + " labels for a model of " + model.labelCount());
      }
      if (second != null && !second.labels().equals(model.labels())) {
        throw new IOException(name + " has a second pass with labels other than the first pass's");
      }
      List<int[]> all = new ArrayList<>(candidates.values());
      all.add(open);
      for (int[] labels : all) {
        if (labels.length == 0) {
          throw new IOException(name + " has an empty set of candidate labels");
        }
        for (int l : labels) {
          if (l >= model.labelCount()) {
            throw new IOException(name + " names label " + l + " of " + model.labelCount() + " in its candidate labels");
          }
        }
      }
      return new PosTagger(model, second, dictionary, ambiguity, candidates, open, new Lemmatizer(lexicon, bundledRules()), clusters, tagLexicon, net);
    } catch (java.io.EOFException e) {
      throw new IOException(name + " ends before the model does", e);
    }
  }

  private static int[] readLabels(DataInputStream data) throws IOException {
    int[] labels = new int[data.readUnsignedShort()];
    for (int k = 0; k < labels.length; k++) {
      labels[k] = data.readUnsignedShort();
    }
    return labels;
  }

  private static void writeLabels(DataOutputStream data, int[] labels) throws IOException {
    data.writeShort(labels.length);
    for (int l : labels) {
      data.writeShort(l);
    }
  }

  private static Map<String, String> readStrings(DataInputStream data) throws IOException {
    int n = data.readInt();
    Map<String, String> out = new HashMap<>(n * 2);
    for (int i = 0; i < n; i++) {
      out.put(data.readUTF(), data.readUTF());
    }
    return out;
  }

  static Map<String, List<Lemmatizer.Rule>> bundledRules() throws IOException {
    try (InputStream in = PosTagger.class.getResourceAsStream(RULES)) {
      if (in == null) {
        throw new IOException("the bundled lemma rules " + RULES + " are missing from the class path");
      }
      return Lemmatizer.readRules(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), RULES);
    }
  }

  /** Writes the model, gzipped; the same model always gives the same bytes. */
  public void write(OutputStream out) throws IOException {
    GZIPOutputStream gzip = new GZIPOutputStream(out, 1 << 16);
    DataOutputStream data = new DataOutputStream(new BufferedOutputStream(gzip, 1 << 16));
    data.writeUTF(MAGIC);
    data.writeInt(clusters.levels());
    data.writeInt(clusters.words());
    Map<String, Integer> sorted = new TreeMap<>(dictionary);
    data.writeInt(sorted.size());
    for (Map.Entry<String, Integer> e : sorted.entrySet()) {
      data.writeUTF(e.getKey());
      data.writeInt(e.getValue());
    }
    writeStrings(data, ambiguity);
    Map<String, int[]> sortedCandidates = new TreeMap<>(candidates);
    data.writeInt(sortedCandidates.size());
    for (Map.Entry<String, int[]> e : sortedCandidates.entrySet()) {
      data.writeUTF(e.getKey());
      writeLabels(data, e.getValue());
    }
    writeLabels(data, open);
    writeStrings(data, lemmatizer.lexicon());
    writeStrings(data, lexicon);
    model.writeSparse(data);
    data.writeBoolean(second != null);
    if (second != null) {
      second.writeSparse(data);
    }
    data.writeBoolean(net != null);
    if (net != null) {
      net.write(data);
    }
    data.flush();
    gzip.finish();
    gzip.flush();
  }

  private static void writeStrings(DataOutputStream data, Map<String, String> map) throws IOException {
    Map<String, String> sorted = new TreeMap<>(map);
    data.writeInt(sorted.size());
    for (Map.Entry<String, String> e : sorted.entrySet()) {
      data.writeUTF(e.getKey());
      data.writeUTF(e.getValue());
    }
  }

  /**
   * Training settings: the seed orders the sentences of each epoch; {@code folds} is how many parts the training
   * data is cut into to give the second pass first-pass tags of unseen sentences (below 2: no second pass);
   * {@code lexicon}, when not null, is a POS-tagged corpus in CoNLL-2003 columns whose tags per word form become an
   * extra feature (see {@link TagLexicon}), stored in the model.
   */
  public record Options(long seed, int epochs, WordClusters clusters, int folds, Path lexicon, Path vectors, int hidden,
      int netEpochs, float netWeight, int netTop, float netGate) {
    public Options {
      Objects.requireNonNull(clusters, "clusters");
      if (epochs < 1) {
        throw new IllegalArgumentException("epochs must be at least 1, got " + epochs);
      }
      if (folds < 0 || folds == 1) {
        throw new IllegalArgumentException("folds must be 0 (no second pass) or at least 2, got " + folds);
      }
    }

    /** A one-pass tagger. */
    public Options(long seed, int epochs, WordClusters clusters) {
      this(seed, epochs, clusters, 0, null);
    }

    /** No extra tag lexicon. */
    public Options(long seed, int epochs, WordClusters clusters, int folds) {
      this(seed, epochs, clusters, folds, null);
    }

    /** No window network. */
    public Options(long seed, int epochs, WordClusters clusters, int folds, Path lexicon) {
      this(seed, epochs, clusters, folds, lexicon, null, 0, 0, 0f, 1, 0f);
    }
  }

  /**
   * Trains a tagger on a CoNLL-U file; after each epoch, when {@code dev} is given, reports the dev accuracy to
   * {@code log}. The same files and options give the same model.
   */
  public static PosTagger train(Path train, Path dev, Options options, java.util.function.Consumer<String> log) throws IOException {
    List<Conllu.Sentence> trainSet;
    try (BufferedReader reader = Files.newBufferedReader(train, StandardCharsets.UTF_8)) {
      trainSet = Conllu.read(reader, train.toString());
    }
    List<Conllu.Sentence> devSet = null;
    if (dev != null) {
      try (BufferedReader reader = Files.newBufferedReader(dev, StandardCharsets.UTF_8)) {
        devSet = Conllu.read(reader, dev.toString());
      }
    }
    if (trainSet.isEmpty()) {
      throw new IOException(train + " holds no sentences");
    }
    Map<String, String> tagLexicon = options.lexicon() == null ? Map.of() : TagLexicon.read(options.lexicon());
    WordVectors vectors = null;
    if (options.vectors() != null) {
      try (InputStream in = Files.newInputStream(options.vectors())) {
        vectors = WordVectors.read(in, options.vectors().toString());
      }
    }
    return Training.run(trainSet, devSet, options, bundledRules(), tagLexicon, vectors, log);
  }
}
