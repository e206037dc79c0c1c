package dev.dateline.nlp.pos;

import dev.dateline.nlp.learn.FeatureVector;
import dev.dateline.nlp.learn.LinearModel;
import dev.dateline.nlp.learn.PerceptronTrainer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

/** Trains a {@link PosTagger}: greedy decoding with the current weights, a perceptron update at each wrong tag. */
final class Training {
  /** A word joins the tag dictionary when seen this often ... */
  static final int DICTIONARY_MIN = 20;
  /** ... with one tag this large a share of the time. */
  static final double DICTIONARY_SHARE = 0.98;
  /**
   * A word gets an ambiguity class when seen this often; rarer words look unknown in training as they will at run
   * time, or the model would learn to trust a class that is just the word's one gold tag.
   */
  static final int AMBIGUITY_MIN = 2;
  /** A tag joins a word's ambiguity class when it has this share of the word's occurrences. */
  static final double AMBIGUITY_SHARE = 0.01;
  /**
   * A word seen this often may only take the labels it had in training: scoring its one to three labels instead of
   * all of them is most of the tagger's speed, and a word seen this often has shown its tags.
   */
  static final int CANDIDATE_MIN = 10;
  /**
   * Other words may take the labels that have this share of the rare words' occurrences (about 45 of 100: nouns,
   * verbs, adjectives, numbers, ...); closed-class labels are for the words the treebank has shown with them.
   */
  static final double OPEN_SHARE = 0.0003;
  /** Folds for the training sentences' ambiguity classes. */
  static final int FOLDS = 10;
  /** Averaged weights smaller than this are dropped; it keeps the model small. */
  static final float PRUNE = 1e-3f;

  private Training() {}

  static PosTagger run(List<Conllu.Sentence> train, List<Conllu.Sentence> dev, PosTagger.Options options,
      Map<String, List<Lemmatizer.Rule>> rules, Map<String, String> lexicon, WordVectors vectors, Consumer<String> log) {
    TreeSet<String> labelSet = new TreeSet<>();
    for (Conllu.Sentence s : train) {
      for (Conllu.Word w : s.words()) {
        labelSet.add(label(w));
      }
    }
    List<String> labels = List.copyOf(labelSet);
    Map<String, Integer> index = new HashMap<>();
    for (int l = 0; l < labels.size(); l++) {
      index.put(labels.get(l), l);
    }
    Map<String, int[]> byForm = new TreeMap<>();
    Map<String, int[]> byLower = new TreeMap<>();
    for (Conllu.Sentence s : train) {
      for (Conllu.Word w : s.words()) {
        String norm = Forms.normalise(w.form());
        int l = index.get(label(w));
        byForm.computeIfAbsent(norm, k -> new int[labels.size()])[l]++;
        byLower.computeIfAbsent(Forms.lower(norm), k -> new int[labels.size()])[l]++;
      }
    }
    Map<String, Integer> dictionary = new HashMap<>();
    byForm.forEach((form, counts) -> {
      int total = 0;
      int best = 0;
      for (int l = 0; l < counts.length; l++) {
        total += counts[l];
        best = counts[l] > counts[best] ? l : best;
      }
      if (total >= DICTIONARY_MIN && counts[best] >= DICTIONARY_SHARE * total) {
        dictionary.put(form, best);
      }
    });
    Map<String, String> ambiguity = ambiguity(byLower);
    int[] open = open(byLower);
    Map<String, int[]> candidates = candidates(byLower, open);
    Lemmatizer lemmatizer = new Lemmatizer(Lemmatizer.learn(train), rules);
    Features features = new Features(ambiguity, candidates, open, options.clusters(), lexicon);
    // Each training sentence sees the ambiguity classes of the other folds, so that its rare words look as they
    // will at run time (unknown, or with a class that need not contain the right tag) rather than carrying their
    // gold tag in their class.
    List<Features> foldFeatures = new ArrayList<>();
    for (int k = 0; k < FOLDS; k++) {
      Map<String, int[]> counts = new TreeMap<>();
      for (int i = 0; i < train.size(); i++) {
        if (i % FOLDS != k) {
          for (Conllu.Word w : train.get(i).words()) {
            counts.computeIfAbsent(Forms.lower(Forms.normalise(w.form())), x -> new int[labels.size()])[index.get(label(w))]++;
          }
        }
      }
      foldFeatures.add(new Features(ambiguity(counts), candidates(counts, open(counts)), open(counts), options.clusters(), lexicon));
    }
    List<Features.Words> words = new ArrayList<>(train.size());
    List<int[]> gold = new ArrayList<>(train.size());
    for (int i = 0; i < train.size(); i++) {
      Conllu.Sentence s = train.get(i);
      words.add(foldFeatures.get(i % FOLDS).words(s.words().stream().map(Conllu.Word::form).toArray(String[]::new)));
      gold.add(s.words().stream().mapToInt(w -> index.get(label(w))).toArray());
    }
    int[] all = new int[train.size()];
    for (int i = 0; i < all.length; i++) {
      all[i] = i;
    }
    LinearModel first = trainFirst(labels, all, words, gold, dictionary, features, options.seed(), options.epochs(), dev == null ? null
        : m -> report(new PosTagger(m, null, dictionary, ambiguity, candidates, open, lemmatizer, options.clusters(), lexicon), dev), log);
    log.accept("first pass: features " + first.features() + ", labels " + labels.size() + ", dictionary " + dictionary.size()
        + ", lemma lexicon " + lemmatizer.lexicon().size());
    if (vectors != null) {
      List<String[]> forms = new ArrayList<>(train.size());
      for (Features.Words w : words) {
        forms.add(w.norm);
      }
      WindowNet net = WindowNet.train(forms, gold, labels.size(), vectors, new WindowNet.Settings(options.hidden(),
          options.netEpochs(), options.netWeight(), options.netTop(), options.netGate(), options.seed()), dev == null ? null
          : n -> {
            // early stopping: the network of the epoch whose sum with the perceptron tags dev best is kept
            PosTagger.Evaluation e = new PosTagger(first, null, dictionary, ambiguity, candidates, open, lemmatizer,
                options.clusters(), lexicon, n).evaluate(dev);
            log.accept("window network on dev" + report(e));
            return e.uposAccuracy();
          }, log);
      if (dev != null) {
        float w = options.netWeight();
        log.accept("perceptron alone" + report(new PosTagger(first, null, dictionary, ambiguity, candidates, open,
            lemmatizer, options.clusters(), lexicon), dev));
        // the network's weight, the labels it scores and the margin gate, around the ones asked for
        float g = options.netGate();
        int t = options.netTop();
        float[][] tries = {{w / 2, t, g}, {w, t, g}, {w * 2, t, g}, {w, 2, g}, {w, 8, g}, {w, t, g / 2}, {w, t, g * 2},
            {w * 2, t, Float.POSITIVE_INFINITY}, {1000f, 200, Float.POSITIVE_INFINITY}};
        for (float[] x : tries) {
          log.accept("window network weight " + x[0] + ", top " + (int) x[1] + ", gate " + x[2] + report(new PosTagger(first,
              null, dictionary, ambiguity, candidates, open, lemmatizer, options.clusters(), lexicon,
              net.tuned(x[0], (int) x[1], x[2])), dev));
        }
      }
      return new PosTagger(first, null, dictionary, ambiguity, candidates, open, lemmatizer, options.clusters(), lexicon, net);
    }
    if (options.folds() < 2) {
      return new PosTagger(first, null, dictionary, ambiguity, candidates, open, lemmatizer, options.clusters(), lexicon);
    }
    // The second pass learns from first-pass tags of sentences the first pass was not trained on, so that it learns
    // how far to trust them at run time rather than trusting the near-perfect tags of the training data.
    int folds = options.folds();
    int[][] firstTags = new int[train.size()][];
    int[][] margins = new int[train.size()][];
    int[][][] tops = new int[train.size()][][];
    FeatureVector f = new FeatureVector();
    float[] scratch = new float[labels.size()];
    for (int k = 0; k < folds; k++) {
      int fold = k;
      int[] rest = java.util.stream.IntStream.range(0, train.size()).filter(i -> i % folds != fold).toArray();
      LinearModel m = trainFirst(labels, rest, words, gold, dictionary, features, options.seed() + 1 + k, options.epochs(), null, x -> { });
      for (int i = fold; i < train.size(); i += folds) {
        Features.Words s = words.get(i);
        firstTags[i] = new int[s.size];
        margins[i] = new int[s.size];
        tops[i] = new int[s.size][];
        PosTagger.firstPass(m, null, dictionary, features, s, firstTags[i], margins[i], tops[i], f, scratch);
      }
      log.accept("first pass of fold " + (k + 1) + " of " + folds + " trained");
    }
    PerceptronTrainer trainer = new PerceptronTrainer(labels);
    Random random = new Random(options.seed() + 1000);
    int[] order = all.clone();
    int epochs = options.epochs();
    for (int epoch = 1; epoch <= epochs; epoch++) {
      shuffle(order, random);
      long seen = 0;
      long wrong = 0;
      long gated = 0;
      for (int k : order) {
        Features.Words s = words.get(k);
        int[] truth = gold.get(k);
        int q1 = -1;
        int q2 = -2;
        for (int i = 0; i < s.size; i++) {
          int guess = firstTags[k][i];
          int[] top = tops[k][i];
          if (top != null) {
            gated += margins[k][i] < PosTagger.GATE ? 1 : 0;
          }
          if (top != null && margins[k][i] < PosTagger.GATE) {
            features.extractSecond(s, i, q1, q2, firstTags[k], margins[k], f);
            // the gold label may be missing from the first pass's best few: then there is nothing to learn here
            guess = trainer.best(f, top, scratch);
            if (guess != truth[i] && contains(top, truth[i])) {
              trainer.update(f, truth[i], 1f);
              trainer.update(f, guess, -1f);
            }
            trainer.nextInstance();
          }
          seen++;
          wrong += guess != truth[i] ? 1 : 0;
          q2 = q1;
          q1 = guess;
        }
      }
      String line = String.format(Locale.ROOT, "second pass epoch %d: train accuracy %.4f (%.3f looked at again)", epoch,
          1 - (double) wrong / seen, (double) gated / seen);
      if (dev != null) {
        line += report(new PosTagger(first, trainer.average(PRUNE), dictionary, ambiguity, candidates, open, lemmatizer, options.clusters(), lexicon), dev);
      }
      log.accept(line);
    }
    LinearModel second = trainer.average(PRUNE);
    log.accept("second pass: features " + second.features());
    return new PosTagger(first, second, dictionary, ambiguity, candidates, open, lemmatizer, options.clusters(), lexicon);
  }

  private static boolean contains(int[] labels, int label) {
    for (int l : labels) {
      if (l == label) {
        return true;
      }
    }
    return false;
  }

  private static void shuffle(int[] order, Random random) {
    for (int i = order.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
  }

  private static String report(PosTagger tagger, List<Conllu.Sentence> dev) {
    return report(tagger.evaluate(dev));
  }

  private static String report(PosTagger.Evaluation e) {
    return String.format(Locale.ROOT, ", dev UPOS %.4f XPOS %.4f lemma %.4f", e.uposAccuracy(), e.xposAccuracy(), e.lemmaAccuracy());
  }

  /** Trains the first (left-to-right) pass on the sentences {@code use}; {@code dev}, when given, scores each epoch. */
  private static LinearModel trainFirst(List<String> labels, int[] use, List<Features.Words> words, List<int[]> gold,
      Map<String, Integer> dictionary, Features features, long seed, int epochs,
      java.util.function.Function<LinearModel, String> dev, Consumer<String> log) {
    PerceptronTrainer trainer = new PerceptronTrainer(labels);
    FeatureVector f = new FeatureVector();
    float[] scratch = new float[labels.size()];
    Random random = new Random(seed);
    int[] order = use.clone();
    for (int epoch = 1; epoch <= epochs; epoch++) {
      shuffle(order, random);
      long seen = 0;
      long wrong = 0;
      for (int k : order) {
        Features.Words s = words.get(k);
        int[] truth = gold.get(k);
        int p1 = -1;
        int p2 = -2;
        for (int i = 0; i < s.size; i++) {
          Integer known = dictionary.get(s.norm[i]);
          int[] cand = s.cand[i];
          int guess;
          if (known != null) {
            guess = known;
          } else if (cand != null && cand.length == 1) {
            guess = cand[0];
          } else {
            features.extract(s, i, p1, p2, f);
            guess = trainer.best(f, cand, scratch);
            if (guess != truth[i]) {
              trainer.update(f, truth[i], 1f);
              trainer.update(f, guess, -1f);
            }
            trainer.nextInstance();
          }
          seen++;
          wrong += guess != truth[i] ? 1 : 0;
          p2 = p1;
          p1 = guess;
        }
      }
      String line = String.format(Locale.ROOT, "epoch %d: train accuracy %.4f", epoch, 1 - (double) wrong / seen);
      if (dev != null) {
        line += dev.apply(trainer.average(PRUNE));
      }
      log.accept(line);
    }
    return trainer.average(PRUNE);
  }

  /** Each word's ambiguity class: the labels (by index) that had a fair share of its occurrences. */
  private static Map<String, String> ambiguity(Map<String, int[]> byLower) {
    Map<String, String> ambiguity = new HashMap<>();
    byLower.forEach((form, counts) -> {
      int total = 0;
      for (int c : counts) {
        total += c;
      }
      if (total < AMBIGUITY_MIN) {
        return;
      }
      StringBuilder sb = new StringBuilder();
      for (int l = 0; l < counts.length; l++) {
        if (counts[l] > 0 && counts[l] >= AMBIGUITY_SHARE * total) {
          sb.append(sb.isEmpty() ? "" : "|").append(l);
        }
      }
      ambiguity.put(form, sb.toString());
    });
    return ambiguity;
  }

  /**
   * The labels each word may take: every label it had in training, and for a word seen less than
   * {@link #CANDIDATE_MIN} times also the {@code open} labels, since it has not shown all its tags yet.
   */
  private static Map<String, int[]> candidates(Map<String, int[]> byLower, int[] open) {
    Map<String, int[]> out = new HashMap<>();
    byLower.forEach((form, counts) -> {
      int total = 0;
      for (int c : counts) {
        total += c;
      }
      boolean[] allowed = new boolean[counts.length];
      for (int l = 0; l < counts.length; l++) {
        allowed[l] = counts[l] > 0;
      }
      if (total < CANDIDATE_MIN) {
        for (int l : open) {
          allowed[l] = true;
        }
      }
      int kinds = 0;
      for (boolean a : allowed) {
        kinds += a ? 1 : 0;
      }
      int[] labels = new int[kinds];
      for (int l = 0, k = 0; l < counts.length; l++) {
        if (allowed[l]) {
          labels[k++] = l;
        }
      }
      out.put(form, labels);
    });
    return out;
  }

  /** The labels with at least {@link #OPEN_SHARE} of the occurrences of the words seen less than {@link #CANDIDATE_MIN} times. */
  private static int[] open(Map<String, int[]> byLower) {
    long[] rare = null;
    for (int[] counts : byLower.values()) {
      if (rare == null) {
        rare = new long[counts.length];
      }
      int total = 0;
      for (int c : counts) {
        total += c;
      }
      if (total < CANDIDATE_MIN) {
        for (int l = 0; l < counts.length; l++) {
          rare[l] += counts[l];
        }
      }
    }
    long all = 0;
    for (long c : rare) {
      all += c;
    }
    int[] out = new int[rare.length];
    int k = 0;
    for (int l = 0; l < rare.length; l++) {
      if (rare[l] > 0 && rare[l] >= OPEN_SHARE * all) {
        out[k++] = l;
      }
    }
    if (k == 0) {
      // no rare words at all (a tiny or odd training set): an unseen word may take any label
      for (int l = 0; l < rare.length; l++) {
        out[k++] = l;
      }
    }
    return java.util.Arrays.copyOf(out, k);
  }

  static String label(Conllu.Word w) {
    return w.upos() + " " + w.xpos();
  }
}
