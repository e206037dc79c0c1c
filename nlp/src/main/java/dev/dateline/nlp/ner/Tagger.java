package dev.dateline.nlp.ner;

import dev.dateline.nlp.learn.FeatureVector;
import dev.dateline.nlp.learn.LinearModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Tags documents with a trained model, quickly: most first-pass features depend on one word form at one window
 * offset, so their summed scores are computed once per form and kept, and a word then costs five row additions plus
 * its few features that look at more than one word. The scores kept are a pure function of the form, so what the
 * cache holds never changes a result. Not thread-safe: one per worker.
 */
final class Tagger {
  /**
   * Word forms kept (about 0.7 kB each, so up to some 45 MB); past this the cache starts again, which only costs time.
   * Large enough for the forms of a few thousand news stories (the BBC set's 2,225 have 38k): at 32k it was cleared
   * over and over on such a corpus.
   */
  static final int MAX_FORMS = 1 << 16;
  private static final int L = Labels.START;
  private static final int WIDTH = 5; // window offsets -2..2
  private static final int[] NOT_ALONE = {Labels.index("U-PER"), Labels.index("U-ORG"), Labels.index("U-LOC"), Labels.index("U-MISC")};

  /** A word form and its first-pass scores at each window offset, {@code WIDTH * L} of them. */
  private record Entry(Features.Form form, float[] scores) {}

  private final Features features;
  private final LinearModel first;
  private final Optional<LinearModel> second;
  private final Decoder decoder;
  private final FeatureVector fv = new FeatureVector();
  private final float[] bias = new float[L];
  private final float[][] boundary = new float[WIDTH][L];
  private final Map<String, Entry> cache = new HashMap<>();
  /** Gazetteer bits of a word that is a month or a day on its own, and of one that is also a surname ("May"). */
  private final int calendar;
  private final int surname;

  Tagger(Features features, LinearModel first, Optional<LinearModel> second) {
    this.features = features;
    this.first = first;
    this.second = second;
    this.decoder = new Decoder(features);
    List<String> lists = (features.groups() & Features.GAZETTEERS) != 0 ? features.gazetteers().lists() : List.of();
    this.calendar = alone(lists, "month") | alone(lists, "day");
    this.surname = alone(lists, "surname");
    fv.clear();
    fv.bias();
    first.addScores(fv, bias);
    for (int o = -2; o <= 2; o++) {
      if (o != 0) {
        fv.clear();
        Features.boundary(o, fv);
        first.addScores(fv, boundary[o + 2]);
      }
    }
  }

  /** BILOU label indices for each word of each sentence of one document. */
  int[][] labels(List<List<String>> sentences) {
    List<Features.Prepared> prepared = new ArrayList<>(sentences.size());
    List<Entry[]> entries = new ArrayList<>(sentences.size());
    for (List<String> words : sentences) {
      Entry[] e = new Entry[words.size()];
      Features.Form[] forms = new Features.Form[e.length];
      for (int i = 0; i < e.length; i++) {
        e[i] = entry(words.get(i));
        forms[i] = e[i].form();
      }
      entries.add(e);
      prepared.add(new Features.Prepared(forms, features));
    }
    Features.Context context = new Features.Context(prepared);
    decoder.transitions(first::addScores);
    int[][] labels = new int[prepared.size()][];
    float[][][] emissions = new float[prepared.size()][][];
    for (int s = 0; s < prepared.size(); s++) {
      Features.Prepared p = prepared.get(s);
      int n = p.size();
      float[][] rows = decoder.rows(n);
      for (int i = 0; i < n; i++) {
        emission(p, entries.get(s), i, context, rows[i]);
        if ((p.gazetteer[i] & calendar) != 0 && (p.gazetteer[i] & surname) == 0 && !Words.allCaps(p.words[i])) {
          // a month or a day on its own ("Wednesday" taken for a club) is not a name of any type, unless it
          // is a surname too ("May") or an all-caps acronym ("DEC"); ruled out here, the second pass inherits it
          // through the first pass's scores. Names ending in one ("Sheffield Wednesday", "Mike Friday") stay allowed.
          for (int label : NOT_ALONE) {
            rows[i][label] = Float.NEGATIVE_INFINITY;
          }
        }
      }
      labels[s] = new int[n];
      decoder.viterbi(n, labels[s]);
      if (second.isPresent()) {
        emissions[s] = decoder.emissions(n);
      }
    }
    if (second.isEmpty()) {
      return labels;
    }
    return NerModel.second(decoder, second.get()::addScores, prepared, new NerModel.First(labels, emissions));
  }

  /** Word {@code i}'s first-pass scores: the same features as {@link Features#extract}, summed in another order. */
  private void emission(Features.Prepared p, Entry[] entries, int i, Features.Context context, float[] row) {
    System.arraycopy(bias, 0, row, 0, L);
    int n = p.size();
    for (int o = -2; o <= 2; o++) {
      int j = i + o;
      if (j >= 0 && j < n) {
        float[] scores = entries[j].scores();
        int at = (o + 2) * L;
        for (int l = 0; l < L; l++) {
          row[l] += scores[at + l];
        }
      } else {
        float[] scores = boundary[o + 2];
        for (int l = 0; l < L; l++) {
          row[l] += scores[l];
        }
      }
    }
    fv.clear();
    features.context(p, i, context, fv);
    first.addScores(fv, row);
  }

  /** The gazetteer bit of a one-word phrase of list {@code name}, or 0 when the model has no such list. */
  private static int alone(List<String> lists, String name) {
    int l = lists.indexOf(name);
    return l < 0 ? 0 : 1 << (4 * l + 3);
  }

  private Entry entry(String raw) {
    Entry e = cache.get(raw);
    if (e != null) {
      return e;
    }
    if (cache.size() >= MAX_FORMS) {
      cache.clear();
    }
    Features.Form form = new Features.Form(raw, features);
    float[] scores = new float[WIDTH * L];
    float[] row = new float[L];
    for (int o = -2; o <= 2; o++) {
      Arrays.fill(row, 0f);
      fv.clear();
      features.word(form, o, fv);
      first.addScores(fv, row);
      System.arraycopy(row, 0, scores, (o + 2) * L, L);
    }
    e = new Entry(form, scores);
    cache.put(raw, e);
    return e;
  }
}
