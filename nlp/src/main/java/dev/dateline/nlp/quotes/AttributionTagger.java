package dev.dateline.nlp.quotes;

import dev.dateline.nlp.learn.FeatureVector;
import dev.dateline.nlp.learn.LinearModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.zip.GZIPInputStream;

/**
 * Labels every token of an article as outside any attribution, or beginning or inside its source, cue or content (BIO),
 * left to right with an averaged perceptron (model: attribution.bin.gz, made by `train quotes`, recipe in this
 * package's README). Its features are the words, lemmas and parts of speech around the token, quote marks, the cue
 * lexicon (cue or stance word here, and on which side of the token the sentence has one), the lemma with the next word
 * ("argue" + "that"), the labels the rules of {@link QuoteStage} give the token and its neighbours, and its own
 * previous labels and which roles it has already seen in the sentence. So the rules' patterns come first and the model
 * learns where PolNeAR's attributions reach beyond them (stance verbs, content boundaries).
 */
final class AttributionTagger {
  static final int OUTSIDE = 0;
  static final int SOURCE = 1;
  static final int CUE = 3;
  static final int CONTENT = 5;
  static final List<String> LABELS = List.of("O", "B-SOURCE", "I-SOURCE", "B-CUE", "I-CUE", "B-CONTENT", "I-CONTENT");
  private static final String RESOURCE = "attribution.bin.gz";

  private final LinearModel model;

  AttributionTagger(LinearModel model) {
    this.model = Objects.requireNonNull(model, "model");
    if (!model.labels().equals(LABELS)) {
      throw new IllegalArgumentException("an attribution model has labels " + LABELS + ", this one " + model.labels());
    }
  }

  static AttributionTagger standard() {
    try (InputStream in = AttributionTagger.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("bundled resource dev/dateline/nlp/quotes/" + RESOURCE + " is missing");
      }
      return new AttributionTagger(LinearModel.read(new GZIPInputStream(in), "dev/dateline/nlp/quotes/" + RESOURCE));
    } catch (IOException e) {
      throw new UncheckedIOException("reading dev/dateline/nlp/quotes/" + RESOURCE, e);
    }
  }

  static int label(int role, boolean inside) {
    return role + (inside ? 1 : 0);
  }

  /** The role of a label: {@link #SOURCE}, {@link #CUE}, {@link #CONTENT} or {@link #OUTSIDE}. */
  static int role(int label) {
    return label == OUTSIDE ? OUTSIDE : label - (label + 1) % 2;
  }

  /** The token ranges {@code [begin, end)} labelled with {@code role}. */
  static List<int[]> spans(int[] labels, int role) {
    List<int[]> out = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= labels.length; i++) {
      boolean continues = i < labels.length && labels[i] == role + 1 && start >= 0;
      if (start >= 0 && !continues) {
        out.add(new int[] {start, i});
        start = -1;
      }
      if (i < labels.length && labels[i] == role) {
        start = i;
      }
    }
    return out;
  }

  int[] tag(QuoteStage.Run run, int[] rule) {
    int[] out = new int[run.n];
    FeatureVector features = new FeatureVector();
    float[] scores = new float[LABELS.size()];
    run.prepareTagger();
    boolean[] near = nearCandidate(run, rule);
    for (int i = 0; i < run.n; i++) {
      if (!near[i]) {
        continue;
      }
      features(run, i, rule, out, features);
      out[i] = model.best(features, allowed(out, i, run), scores);
    }
    return out;
  }

  /** Sentences on either side of one with a cue candidate tagged too; none: on dev that only cost precision. */
  static final int NEIGHBOURS = 0;

  /**
   * Which tokens are worth tagging: those of a sentence holding a cue candidate the rules left unlabelled (what they
   * labelled stays theirs: the tagger's attributions that overlap it are dropped): a quoted statement, a cue lexicon
   * word (stance words included: "accused", "a statement"), or a verb, noun or adjective whose form and lemma alone
   * lean the model towards beginning a cue by more than a margin (its learnt stance words: "thinks", "wants").
   * Elsewhere the tagger all but always says outside, and its model lookups, some 35 a token, were most of the quote
   * stage's time; the screen costs two lookups a token. Needs {@link QuoteStage.Run#prepareTagger} first.
   */
  boolean[] nearCandidate(QuoteStage.Run r, int[] rule) {
    int n = r.n;
    boolean[] out = new boolean[n];
    FeatureVector lexical = new FeatureVector();
    float[] bias = new float[LABELS.size()];
    model.addScores(lexical.bias(), bias);
    float[] scores = new float[LABELS.size()];
    // sentence starts in order, and whether each holds a candidate
    List<Integer> starts = new ArrayList<>();
    List<Boolean> holds = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (r.sentB[i] == i || starts.isEmpty()) {
        starts.add(i);
        holds.add(false);
      }
      // the cheap tests first: the model lookups of leansToCue only where they decide
      if (!holds.getLast() && rule[i] == OUTSIDE && (r.regionOf[i] >= 0 && r.statement[r.regionOf[i]]
          || r.cue[i] || r.stance[i] || leansToCue(r, i, lexical, bias, scores))) {
        holds.set(holds.size() - 1, true);
      }
    }
    int s = starts.size();
    for (int k = 0; k < s; k++) {
      boolean tag = false;
      for (int j = Math.max(0, k - NEIGHBOURS); j <= Math.min(s - 1, k + NEIGHBOURS) && !tag; j++) {
        tag = holds.get(j);
      }
      if (tag) {
        int end = k + 1 < s ? starts.get(k + 1) : n;
        java.util.Arrays.fill(out, starts.get(k), end, true);
      }
    }
    return out;
  }

  /** Whether the word and lemma features of token {@code i} alone favour beginning a cue over staying outside. */
  private boolean leansToCue(QuoteStage.Run r, int i, FeatureVector lexical, float[] bias, float[] scores) {
    // only verbs, nouns and adjectives lean to a cue: the lookups are spared for the other half of the words
    char c = r.xpos[i].isEmpty() ? ' ' : r.xpos[i].charAt(0);
    if (c != 'V' && c != 'N' && c != 'J') {
      return false;
    }
    lexical.clear();
    lexical.add(1, r.word[i]);
    lexical.add(2, r.lemma[i]);
    System.arraycopy(bias, 0, scores, 0, bias.length);
    model.addScores(lexical, scores);
    return scores[CUE] > scores[OUTSIDE] + SCREEN_MARGIN;
  }

  /** How far a word's own features must favour a cue over outside to make its sentence worth tagging. */
  static final float SCREEN_MARGIN = 3f;

  /** After each role (outside, source, cue, content): the labels that may follow it. */
  private static final int[][] ALLOWED = {
      {0, 1, 3, 5}, {0, 1, 2, 3, 5}, {0, 1, 3, 4, 5}, {0, 1, 3, 5, 6}};

  /** The labels token {@code i} may take: an inside label only continues its own role, within a paragraph. */
  static int[] allowed(int[] labels, int i, QuoteStage.Run run) {
    int previous = i > 0 && run.para[i - 1] == run.para[i] ? labels[i - 1] : OUTSIDE;
    return ALLOWED[(role(previous) + 1) / 2];
  }

  /** The features of token {@code i}, given the rules' labels and the labels decided before it. */
  static void features(QuoteStage.Run r, int i, int[] rule, int[] labels, FeatureVector f) {
    f.clear();
    f.bias();
    int n = r.n;
    String w = r.word[i];
    String x = r.xpos[i];
    String xp = i > 0 ? r.xpos[i - 1] : "^";
    String xpp = i > 1 ? r.xpos[i - 2] : "^";
    String xn = i + 1 < n ? r.xpos[i + 1] : "$";
    String xnn = i + 2 < n ? r.xpos[i + 2] : "$";
    boolean sentenceStart = r.sentB[i] == i;
    int prev = i > 0 && !(i > 0 && r.para[i - 1] != r.para[i]) ? labels[i - 1] : OUTSIDE;
    int prev2 = i > 1 && r.para[i - 2] == r.para[i] ? labels[i - 2] : OUTSIDE;
    // the roles decided so far in the sentence (its last 40 tokens, so a run-on "sentence" costs no more)
    int seen = 0;
    for (int k = Math.max(r.sentB[i], i - 40); k < i; k++) {
      seen |= 1 << role(labels[k]);
    }
    int ruleHere = rule[i];
    int rulePrev = i > 0 ? rule[i - 1] : -1;
    int ruleNext = i + 1 < n ? rule[i + 1] : -1;
    int region = r.regionOf[i];
    String quote = region < 0 ? "no" : r.statement[region] ? (i == r.regB[region] ? "open" : i == r.regE[region] - 1
        ? "close" : "in") : "term";
    String cue = r.cue[i] ? "cue" : r.stance[i] ? "stance" : "-";
    int toEnd = Math.min(4, r.sentE[i] - 1 - i);
    f.add(1, w);
    f.add(2, r.lemma[i]);
    f.add(3, x);
    f.add(4, i > 0 ? r.word[i - 1] : "^");
    f.add(5, i + 1 < n ? r.word[i + 1] : "$");
    f.add(6, xp, x);
    f.add(7, x, xn);
    f.add(8, xpp);
    f.add(9, xnn);
    f.add(10, cue, x);
    f.add(11, "r", ruleHere);
    f.add(12, "r", ruleHere * 16 + rulePrev + 1);
    f.add(13, "r", ruleHere * 16 + ruleNext + 1);
    f.add(14, "p", prev);
    f.add(15, "p", prev * 16 + prev2);
    f.add(16, x, prev);
    f.add(17, w, prev);
    f.add(18, quote, prev);
    f.add(19, sentenceStart ? "start" : "-", prev);
    f.add(20, "seen", seen);
    f.add(21, "pr", prev * 16 + ruleHere);
    f.add(22, x, seen);
    f.add(23, x, toEnd);
    f.add(24, i > 0 ? r.lemma[i - 1] : "^", r.lemma[i]);
    f.add(25, i > 1 ? r.word[i - 2] : "^");
    f.add(26, i + 2 < n ? r.word[i + 2] : "$");
    f.add(27, cue, prev * 64 + seen);
    f.add(28, quote, ruleHere);
    f.add(29, i > 0 && r.para[i - 1] != r.para[i] ? "para" : "-", prev);
    f.add(30, r.lemma[i], seen);
    f.add(31, xp, x, xn);
    f.add(32, w, ruleHere);
    f.add(33, x, r.cueSide[i]);
    f.add(34, r.lemma[i], i + 1 < n ? r.word[i + 1] : "$");
  }
}
