package dev.dateline.nlp.ner;

import dev.dateline.nlp.clusters.WordClusters;
import dev.dateline.nlp.learn.FeatureVector;
import java.util.List;
import java.util.Locale;

/**
 * The recogniser's features (after Ratinov and Roth 2009): the word, its lower-case form, shape, prefixes and
 * suffixes, a window of two words each side, capitalisation in context, sentence-initial and all-caps-sentence
 * (CoNLL headlines) flags, word classes at every level for the window, gazetteer matches, and for the second pass
 * what the first pass predicted here and for the same word elsewhere in the document.
 * Words are hashed once per sentence, so a feature costs a hash of two longs, not a string.
 */
final class Features {
  /** Feature groups a model was trained with; stored in the model file. */
  static final int CLUSTERS = 1;
  static final int GAZETTEERS = 2;
  static final int CONJUNCTIONS = 4;
  static final int DOCUMENT = 8;

  // templates
  private static final int WORD = 1;
  private static final int LOWER = 2;
  private static final int SHAPE = 3;
  private static final int SHORT_SHAPE = 4;
  private static final int PREFIX = 5;
  private static final int SUFFIX = 6;
  private static final int WINDOW_LOWER = 10; // + offset + 2
  private static final int WINDOW_SHAPE = 20; // + offset + 2
  private static final int BIGRAM_LEFT = 30;
  private static final int BIGRAM_RIGHT = 31;
  private static final int SHAPE_TRIGRAM = 32;
  private static final int FIRST = 33;
  private static final int ALL_CAPS = 34;
  private static final int ALL_CAPS_LOWER = 35;
  private static final int CAPS_CONTEXT = 36;
  private static final int CLUSTER = 40; // + 8 * (offset + 2) + level
  private static final int GAZETTEER = 90; // + offset + 1
  private static final int GAZETTEER_SHAPE = 95;
  private static final int PASS_LABEL = 100; // + 0..5
  private static final int DOC_HAS = 112;
  private static final int DOC_MAJORITY = 106;
  private static final int DOC_NONE = 107;
  private static final int DOC_HAS_SHAPE = 108;
  private static final int DOC_FORM = 109;
  private static final int DOC_MAJORITY_LABEL = 111;
  private static final int DOC_LABEL = 113;
  private static final int DOC_FORM_SHAPE = 110;
  static final int TRANSITION = 120;

  private static final long BOUNDARY = Words.hash("<s>");

  private final Gazetteers gazetteers;
  private final WordClusters clusters;
  private final int groups;

  Features(Gazetteers gazetteers, WordClusters clusters, int groups) {
    this.gazetteers = gazetteers;
    this.clusters = clusters;
    this.groups = groups;
  }

  int groups() {
    return groups;
  }

  Gazetteers gazetteers() {
    return gazetteers;
  }

  WordClusters clusters() {
    return clusters;
  }

  /**
   * What the features need to know about one word form on its own, whatever its neighbours: a tagger that meets the
   * same form again (most words of news text) reuses it instead of recomputing strings, hashes and word classes.
   */
  static final class Form {
    final String word;
    final String lower;
    final String key; // lower case, digits kept: for gazetteers and the document map
    final long hWord;
    final long hLower;
    final long hShape;
    final long hShort;
    final long[] hCluster;
    /** Where the gazetteer phrases starting with this word are, or null. */
    final Gazetteers.Node gazetteerStart;

    Form(String raw, Features f) {
      String w = Words.normalise(raw);
      word = w;
      lower = Words.lowerDigits(w);
      key = w.toLowerCase(Locale.ROOT);
      hWord = Words.hash(w);
      hLower = Words.hash(lower);
      hShape = Words.hash(Words.shape(w));
      hShort = Words.hash(Words.shortShape(w));
      int levels = (f.groups & CLUSTERS) != 0 ? f.clusters.levels() : 0;
      hCluster = new long[levels];
      for (int l = 0; l < levels; l++) {
        String c = f.clusters.cluster(w, l);
        hCluster[l] = c.isEmpty() ? 0 : Words.hash(c);
      }
      gazetteerStart = (f.groups & GAZETTEERS) != 0 ? f.gazetteers.start(key) : null;
    }
  }

  /** A sentence's words with everything the features need computed once. */
  static final class Prepared {
    final Form[] forms;
    final String[] words;
    final String[] lower;
    final String[] key; // lower case, digits kept: for gazetteers and the document map
    final long[] hWord;
    final long[] hLower;
    final long[] hShape;
    final long[] hShort;
    final long[][] hCluster;
    final int[] gazetteer;
    final boolean allCaps;
    /** Most words capitalised (a title-case headline, a list of names): capitals say little here. */
    final boolean titleCase;

    Prepared(List<String> raw, Features f) {
      this(forms(raw, f), f);
    }

    /** A sentence of word forms made by the same {@code f}. */
    Prepared(Form[] forms, Features f) {
      int n = forms.length;
      this.forms = forms;
      words = new String[n];
      lower = new String[n];
      key = new String[n];
      hWord = new long[n];
      hLower = new long[n];
      hShape = new long[n];
      hShort = new long[n];
      hCluster = new long[n][];
      int caps = 0;
      int lettered = 0;
      int initials = 0;
      int capitalised = 0;
      for (int i = 0; i < n; i++) {
        Form form = forms[i];
        String w = form.word;
        words[i] = w;
        lower[i] = form.lower;
        key[i] = form.key;
        hWord[i] = form.hWord;
        hLower[i] = form.hLower;
        hShape[i] = form.hShape;
        hShort[i] = form.hShort;
        hCluster[i] = form.hCluster;
        if (w.length() > 1 && Character.isLetter(w.charAt(0))) {
          initials++;
          if (Character.isUpperCase(w.charAt(0))) {
            capitalised++;
          }
        }
        if (w.length() > 1 && hasLetter(w)) {
          lettered++;
          if (Words.allCaps(w)) {
            caps++;
          }
        }
      }
      allCaps = lettered >= 2 && caps * 10 >= lettered * 9;
      titleCase = !allCaps && initials >= 4 && capitalised * 4 >= initials * 3;
      if ((f.groups & GAZETTEERS) != 0) {
        Gazetteers.Node[] starts = new Gazetteers.Node[n];
        for (int i = 0; i < n; i++) {
          starts[i] = forms[i].gazetteerStart;
        }
        gazetteer = f.gazetteers.match(key, starts);
      } else {
        gazetteer = new int[n];
      }
    }

    private static Form[] forms(List<String> raw, Features f) {
      Form[] forms = new Form[raw.size()];
      for (int i = 0; i < forms.length; i++) {
        forms[i] = new Form(raw.get(i), f);
      }
      return forms;
    }

    int size() {
      return words.length;
    }

    private static boolean hasLetter(String w) {
      for (int i = 0; i < w.length(); i++) {
        if (Character.isLetter(w.charAt(i))) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * What is known about a word's document: how each word key is written elsewhere in running text (so a word at the
   * start of a sentence or in an all-caps headline can be told apart from a common word), and in the second pass
   * the first pass's labels per sentence and the types it gave each word key.
   */
  static final class Context {
    static final int LOWER_FORM = 1;
    static final int CAPITAL_FORM = 2;
    /** A word key's counts: first per type (O first), then per label. */
    static final int TYPE_SLOTS = Labels.TYPES.size() + 1;

    final java.util.Map<String, Integer> forms;
    final int[][] labels;
    final java.util.Map<String, int[]> types;

    /** A first-pass context. */
    Context(List<Prepared> sentences) {
      this(sentences, null);
    }

    Context(List<Prepared> sentences, int[][] labels) {
      this.labels = labels;
      this.forms = new java.util.HashMap<>();
      this.types = labels == null ? null : new java.util.HashMap<>();
      for (int s = 0; s < sentences.size(); s++) {
        Prepared p = sentences.get(s);
        for (int i = 0; i < p.size(); i++) {
          if (!p.allCaps && !p.titleCase && i > 0 && !p.words[i].isEmpty() && Character.isLetter(p.words[i].charAt(0))) {
            int form = Character.isUpperCase(p.words[i].charAt(0)) ? CAPITAL_FORM : LOWER_FORM;
            forms.merge(p.key[i], form, (a, b) -> a | b);
          }
          if (labels != null && counts(p, i)) {
            int[] counts = types.computeIfAbsent(p.key[i], k -> new int[TYPE_SLOTS + Labels.START]);
            counts[Labels.typeOf(labels[s][i]) + 1]++;
            counts[TYPE_SLOTS + labels[s][i]]++;
          }
        }
      }
    }

    /** Only capitalised words carry a name from one place to another. */
    static boolean counts(Prepared p, int i) {
      return p.words[i].length() > 1 && Character.isUpperCase(p.words[i].charAt(0));
    }
  }

  /** Fills {@code fv} with the features of word {@code i}; {@code context} has no labels in the first pass. */
  void extract(Prepared p, int i, Context context, int sentence, FeatureVector fv) {
    fv.clear();
    fv.bias();
    int n = p.size();
    fv.add(WORD, p.hWord[i]);
    fv.add(LOWER, p.hLower[i]);
    fv.add(SHAPE, p.hShape[i]);
    fv.add(SHORT_SHAPE, p.hShort[i]);
    String low = p.lower[i];
    int len = low.length();
    for (int k = 1; k <= 4 && k < len; k++) {
      fv.add(PREFIX, low, 0, k);
      fv.add(SUFFIX, low, len - k, len);
    }
    for (int o = -2; o <= 2; o++) {
      if (o == 0) {
        continue;
      }
      int j = i + o;
      boolean in = j >= 0 && j < n;
      fv.add(WINDOW_LOWER + o + 2, in ? p.hLower[j] : BOUNDARY);
      fv.add(WINDOW_SHAPE + o + 2, in ? p.hShort[j] : BOUNDARY);
    }
    long left = i > 0 ? p.hLower[i - 1] : BOUNDARY;
    long right = i + 1 < n ? p.hLower[i + 1] : BOUNDARY;
    fv.add(BIGRAM_LEFT, Words.combine(left, p.hLower[i]));
    fv.add(BIGRAM_RIGHT, Words.combine(p.hLower[i], right));
    long sLeft = i > 0 ? p.hShort[i - 1] : BOUNDARY;
    long sRight = i + 1 < n ? p.hShort[i + 1] : BOUNDARY;
    fv.add(SHAPE_TRIGRAM, Words.combine(Words.combine(sLeft, p.hShort[i]), sRight));
    if (i == 0) {
      fv.add(FIRST, p.hShort[i]);
    }
    if (p.allCaps) {
      fv.add(ALL_CAPS, 1L);
      fv.add(ALL_CAPS_LOWER, p.hLower[i]);
    } else if ((groups & CONJUNCTIONS) != 0) {
      // a capitalised word after a capitalised word (not at the start) is likely inside a name
      fv.add(CAPS_CONTEXT, Words.combine(p.hShort[i], Words.combine(sLeft, i == 0 ? 1 : 0)));
    }
    int levels = p.hCluster.length > 0 ? p.hCluster[0].length : 0;
    for (int o = -2; o <= 2 && levels > 0; o++) {
      int j = i + o;
      if (j < 0 || j >= n) {
        continue;
      }
      for (int l = 0; l < levels; l++) {
        long c = p.hCluster[j][l];
        if (c != 0) {
          fv.add(CLUSTER + 8 * (o + 2) + l, c);
        }
      }
    }
    gazetteersAndDocument(p, i, n, context, fv);
  }

  /** The gazetteer matches around word {@code i} and how the document writes it elsewhere: last in both paths. */
  private void gazetteersAndDocument(Prepared p, int i, int n, Context context, FeatureVector fv) {
    if ((groups & GAZETTEERS) != 0) {
      for (int o = -1; o <= 1; o++) {
        int j = i + o;
        if (j < 0 || j >= n) {
          continue;
        }
        for (int bits = p.gazetteer[j]; bits != 0; bits &= bits - 1) {
          int b = Integer.numberOfTrailingZeros(bits);
          fv.add(GAZETTEER + o + 1, b);
          if (o == 0) {
            fv.add(GAZETTEER_SHAPE, Words.combine(b, p.hShort[i]));
          }
        }
      }
    }
    if ((groups & DOCUMENT) != 0 && !p.words[i].isEmpty() && Character.isLetter(p.words[i].charAt(0))) {
      int form = context.forms.getOrDefault(p.key[i], 0);
      int where = p.allCaps ? 2 : i == 0 || p.titleCase ? 1 : 0;
      fv.add(DOC_FORM, Words.combine(form, where));
      fv.add(DOC_FORM_SHAPE, Words.combine(Words.combine(form, where), p.hShort[i]));
    }
  }

  // extract's features, split for taggers that cache scores per word form (Tagger): a word's first-pass features
  // are bias() + word(form at i + o, o) for each offset o whose word is in the sentence + boundary(o) for the others
  // + context(...). FeaturesTest checks that the pieces add up to exactly what extract gives.

  /** The features that depend only on the word {@code o} places from the one being labelled (-2 to 2). */
  void word(Form w, int o, FeatureVector fv) {
    if (o == 0) {
      fv.add(WORD, w.hWord);
      fv.add(LOWER, w.hLower);
      fv.add(SHAPE, w.hShape);
      fv.add(SHORT_SHAPE, w.hShort);
      String low = w.lower;
      int len = low.length();
      for (int k = 1; k <= 4 && k < len; k++) {
        fv.add(PREFIX, low, 0, k);
        fv.add(SUFFIX, low, len - k, len);
      }
    } else {
      fv.add(WINDOW_LOWER + o + 2, w.hLower);
      fv.add(WINDOW_SHAPE + o + 2, w.hShort);
    }
    for (int l = 0; l < w.hCluster.length; l++) {
      long c = w.hCluster[l];
      if (c != 0) {
        fv.add(CLUSTER + 8 * (o + 2) + l, c);
      }
    }
  }

  /** The features standing for a window position {@code o} (not 0) that lies outside the sentence. */
  static void boundary(int o, FeatureVector fv) {
    fv.add(WINDOW_LOWER + o + 2, BOUNDARY);
    fv.add(WINDOW_SHAPE + o + 2, BOUNDARY);
  }

  /** The rest of word {@code i}'s first-pass features: those that look at more than one word form. */
  void context(Prepared p, int i, Context context, FeatureVector fv) {
    int n = p.size();
    long left = i > 0 ? p.hLower[i - 1] : BOUNDARY;
    long right = i + 1 < n ? p.hLower[i + 1] : BOUNDARY;
    fv.add(BIGRAM_LEFT, Words.combine(left, p.hLower[i]));
    fv.add(BIGRAM_RIGHT, Words.combine(p.hLower[i], right));
    long sLeft = i > 0 ? p.hShort[i - 1] : BOUNDARY;
    long sRight = i + 1 < n ? p.hShort[i + 1] : BOUNDARY;
    fv.add(SHAPE_TRIGRAM, Words.combine(Words.combine(sLeft, p.hShort[i]), sRight));
    if (i == 0) {
      fv.add(FIRST, p.hShort[i]);
    }
    if (p.allCaps) {
      fv.add(ALL_CAPS, 1L);
      fv.add(ALL_CAPS_LOWER, p.hLower[i]);
    } else if ((groups & CONJUNCTIONS) != 0) {
      fv.add(CAPS_CONTEXT, Words.combine(p.hShort[i], Words.combine(sLeft, i == 0 ? 1 : 0)));
    }
    gazetteersAndDocument(p, i, n, context, fv);
  }

  /**
   * The second pass's features for word {@code i}: few, because its scores are added to the first pass's (which
   * already hold the word's own features): the first pass's labels around the word and the types it gave the same
   * word elsewhere in the document.
   */
  void extractSecond(Prepared p, int i, Context context, int sentence, FeatureVector fv) {
    fv.clear();
    fv.bias();
    int n = p.size();
    int[] labels = context.labels[sentence];
    int left = i > 0 ? labels[i - 1] : -1;
    int right = i + 1 < n ? labels[i + 1] : -1;
    fv.add(PASS_LABEL, left);
    fv.add(PASS_LABEL + 1, labels[i]);
    fv.add(PASS_LABEL + 2, right);
    fv.add(PASS_LABEL + 3, Words.combine(Words.combine(left, labels[i]), right));
    fv.add(PASS_LABEL + 4, Words.combine(labels[i], p.hShort[i]));
    fv.add(PASS_LABEL + 5, Words.combine(labels[i], p.hLower[i]));
    if (Context.counts(p, i)) {
      int[] counts = context.types.get(p.key[i]);
      int own = Labels.typeOf(labels[i]) + 1;
      int best = -1;
      int bestCount = 0;
      int others = 0;
      for (int t = 0; t < Context.TYPE_SLOTS; t++) {
        int c = counts[t] - (t == own ? 1 : 0);
        others += c;
        if (c > 0 && t > 0) {
          fv.add(DOC_HAS, t);
          fv.add(DOC_HAS_SHAPE, Words.combine(t, Words.combine(labels[i], p.allCaps ? 1 : 0)));
        }
        if (c > bestCount) {
          best = t;
          bestCount = c;
        }
      }
      if (others == 0) {
        fv.add(DOC_NONE, 1L);
      } else {
        fv.add(DOC_MAJORITY, best);
        fv.add(DOC_MAJORITY_LABEL, Words.combine(best, labels[i]));
        int bestLabel = -1;
        int bestLabelCount = 0;
        for (int l = 0; l < Labels.START; l++) {
          int c = counts[Context.TYPE_SLOTS + l] - (l == labels[i] ? 1 : 0);
          if (c > bestLabelCount) {
            bestLabel = l;
            bestLabelCount = c;
          }
        }
        fv.add(DOC_LABEL, Words.combine(bestLabel, labels[i]));
      }
    }
  }
}
