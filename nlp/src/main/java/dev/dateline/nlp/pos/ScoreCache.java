package dev.dateline.nlp.pos;

import dev.dateline.nlp.learn.FeatureVector;
import dev.dateline.nlp.learn.LinearModel;
import java.util.HashMap;
import java.util.Map;

/**
 * The one-pass tagger's scores of the features that depend on one word at a fixed offset (the word itself, the words
 * one and two either side), summed once per word form and offset for all labels and kept, so that tagging a word
 * adds five cached vectors and scores only the features that combine several words or the tags to the left. Most
 * features are of that kind and the model's rows lie all over the heap, so this saves most of the tagger's time.
 * Only the float summation order differs from scoring all features at once. Not thread-safe: one per worker.
 */
final class ScoreCache {
  /**
   * Word forms kept in each of the two generations (up to about 5 kB each, so at most 16k forms and about 80 MB a
   * worker, as when one generation of 16k was cleared all at once); a form that falls out only costs time.
   */
  static final int MAX_FORMS = 1 << 13;

  /** One word form's score vectors by the role it plays, each computed when first needed (null until then). */
  private static final class Entry {
    final Features.Form form;
    /** The dictionary's label of the form, -1 when it has none, -2 until looked up. */
    int known = -2;
    /** The label last lemmatised for this form (-1 none yet) and its lemma. */
    int lemmaLabel = -1;
    String lemma;
    float[] word;
    float[] firstWord;
    float[] prev;
    float[] prev2;
    float[] next;
    float[] next2;
    /** The window network's input for the form and its first-layer part at each position, each made when first needed. */
    float[] input;
    final float[][] parts = new float[WindowNet.POSITIONS][];

    Entry(Features.Form form) {
      this.form = form;
    }
  }

  private final LinearModel model;
  private final Features features;
  /**
   * Two generations: new forms go into {@code cache}; when it is full it becomes {@code old} (the previous old one is
   * dropped) and a new one starts, and a form found in {@code old} moves back into {@code cache}. Frequent forms so
   * survive each turn-over instead of being computed again, as they were when a full cache was cleared: on the BBC
   * bench's 37,590 distinct forms this computes about a fifth fewer entries, first-layer parts and score vectors
   * for the same number of forms held.
   */
  // each generation made at its full size, so that filling it never rehashes
  private Map<String, Entry> cache;
  private Map<String, Entry> old;
  private final FeatureVector f = new FeatureVector();
  /** The entries of the sentence {@link #words} prepared last. */
  private Entry[] entries = new Entry[0];
  private final float[] scratch;
  private final int labels;
  private final int maxForms;
  // the sentence's edges, the same for every sentence
  private final float[] start;
  private final float[] start2;
  private final float[] end;
  private final float[] end2;

  private final WindowNet net;
  private final float[][] pad = new float[WindowNet.POSITIONS][];
  private final float[] hidden;
  private final float[][] window = new float[WindowNet.POSITIONS][];
  private final int[] chosen;

  ScoreCache(LinearModel model, Features features, WindowNet net) {
    this(model, features, net, MAX_FORMS);
  }

  /** A cache that keeps at most {@code maxForms} word forms in each generation. */
  ScoreCache(LinearModel model, Features features, WindowNet net, int maxForms) {
    this.maxForms = maxForms;
    this.cache = HashMap.newHashMap(maxForms);
    this.old = HashMap.newHashMap(0);
    this.net = net;
    if (net != null) {
      float[] x = net.input(WindowNet.PAD);
      for (int p = 0; p < WindowNet.POSITIONS; p++) {
        pad[p] = net.part(x, p);
      }
    }
    this.hidden = net == null ? null : new float[net.hidden];
    this.chosen = net == null ? null : new int[net.top];
    this.model = model;
    this.features = features;
    this.labels = model.labelCount();
    this.scratch = new float[labels];
    Features.Words none = features.words(new String[0]);
    features.prevPart(none, -1, f);
    start = scores();
    features.prev2Part(none, -1, f);
    start2 = scores();
    features.nextPart(none, 0, f);
    end = scores();
    features.next2Part(none, 0, f);
    end2 = scores();
  }

  private float[] scores() {
    float[] out = new float[labels];
    model.addScores(f, out);
    return out;
  }

  /**
   * Greedy left-to-right tagging, as {@link PosTagger#firstPass} without margins, into {@code out}.
   */
  /** The sentence's words, described from the cache, which {@link #firstPass} and {@link #lemma} then refer to. */
  Features.Words words(String[] forms) {
    int n = forms.length;
    entries = new Entry[n];
    Features.Form[] known = new Features.Form[n];
    for (int i = 0; i < n; i++) {
      Entry e = cache.get(forms[i]);
      if (e == null) {
        if (cache.size() >= maxForms) {
          old = cache;
          cache = HashMap.newHashMap(maxForms);
        }
        e = old.remove(forms[i]);
        if (e == null) {
          e = new Entry(features.form(forms[i]));
        }
        cache.put(forms[i], e);
      }
      entries[i] = e;
      known[i] = e.form;
    }
    return features.words(forms, known);
  }

  /** Word {@code i}'s lemma for {@code label}, made by {@code lemmatise} unless the cache has it. */
  String lemma(int i, int label, java.util.function.IntFunction<String> lemmatise) {
    Entry e = entries[i];
    if (e.lemmaLabel != label) {
      e.lemma = lemmatise.apply(label);
      e.lemmaLabel = label;
    }
    return e.lemma;
  }

  /** Greedy left-to-right tagging of the sentence {@link #words} gave, as {@link PosTagger#firstPass} without margins. */
  void firstPass(Map<String, Integer> dictionary, Features.Words words, int[] out) {
    int n = words.size;
    Entry[] entries = this.entries;
    int p1 = -1;
    int p2 = -2;
    for (int i = 0; i < n; i++) {
      Entry e = entries[i];
      if (e.known == -2) {
        Integer known = dictionary.get(words.norm[i]);
        e.known = known == null ? -1 : known;
      }
      int[] cand = words.cand[i];
      int label;
      if (e.known >= 0) {
        label = e.known;
      } else if (cand != null && cand.length == 1) {
        label = cand[0];
      } else {
        float[] w = word(words, entries, i);
        float[] a = i > 0 ? prev(words, entries, i - 1) : start;
        float[] b = i > 1 ? prev2(words, entries, i - 2) : start2;
        float[] c = i + 1 < n ? next(words, entries, i + 1) : end;
        float[] d = i + 2 < n ? next2(words, entries, i + 2) : end2;
        for (int l : cand) {
          scratch[l] = w[l] + a[l] + b[l] + c[l] + d[l];
        }
        features.restPart(words, i, p1, p2, f);
        model.addScores(f, cand, scratch);
        label = LinearModel.argmax(scratch, cand);
        if (net != null && net.unsure(cand, scratch, label)) {
          for (int p = 0; p < WindowNet.POSITIONS; p++) {
            int q = i - WindowNet.SIDE + p;
            window[p] = q < 0 || q >= n ? pad[p] : part(words, entries[q], q, p);
          }
          label = net.rescore(window, cand, scratch, hidden, chosen);
        }
      }
      out[i] = label;
      p2 = p1;
      p1 = label;
    }
  }

  private float[] part(Features.Words words, Entry e, int q, int p) {
    float[] part = e.parts[p];
    if (part == null) {
      if (e.input == null) {
        e.input = net.input(words.norm[q]);
      }
      part = net.part(e.input, p);
      e.parts[p] = part;
    }
    return part;
  }

  private float[] word(Features.Words words, Entry[] entries, int i) {
    Entry e = entries[i];
    if (i == 0) {
      if (e.firstWord == null) {
        features.wordPart(words, i, f);
        e.firstWord = scores();
      }
      return e.firstWord;
    }
    if (e.word == null) {
      features.wordPart(words, i, f);
      e.word = scores();
    }
    return e.word;
  }

  private float[] prev(Features.Words words, Entry[] entries, int j) {
    Entry e = entries[j];
    if (e.prev == null) {
      features.prevPart(words, j, f);
      e.prev = scores();
    }
    return e.prev;
  }

  private float[] prev2(Features.Words words, Entry[] entries, int j) {
    Entry e = entries[j];
    if (e.prev2 == null) {
      features.prev2Part(words, j, f);
      e.prev2 = scores();
    }
    return e.prev2;
  }

  private float[] next(Features.Words words, Entry[] entries, int j) {
    Entry e = entries[j];
    if (e.next == null) {
      features.nextPart(words, j, f);
      e.next = scores();
    }
    return e.next;
  }

  private float[] next2(Features.Words words, Entry[] entries, int j) {
    Entry e = entries[j];
    if (e.next2 == null) {
      features.next2Part(words, j, f);
      e.next2 = scores();
    }
    return e.next2;
  }
}
