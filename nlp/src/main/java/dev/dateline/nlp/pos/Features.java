package dev.dateline.nlp.pos;

import dev.dateline.nlp.clusters.WordClusters;
import dev.dateline.nlp.learn.FeatureVector;
import java.util.Map;

/**
 * The tagger's features for one word: the word itself (form, lower case, affixes, shape, flags, word classes), the
 * words two either side, the two tags already chosen to its left, and the ambiguity classes (tags seen in training)
 * of the words to its right, which give a left-to-right tagger a glimpse of what comes next; capitalisation in
 * context; and, when the model has one, the tags an extra lexicon gives the word.
 */
final class Features {
  private static final String START = "<s>";
  private static final String END = "</s>";

  /** What training showed of a word: its ambiguity class (or null) and the labels it may take (or null). */
  private record Seen(String amb, int[] cand) {}

  // one lookup per word for both, since map probes are a fair share of the tagger's time
  private final Map<String, Seen> seen;
  private final int[] open;
  private final WordClusters clusters;
  /** Tags another corpus gave each word form (see {@link TagLexicon}); may be empty. */
  private final Map<String, String> lexicon;

  Features(Map<String, String> ambiguity, Map<String, int[]> candidates, int[] open, WordClusters clusters,
      Map<String, String> lexicon) {
    this.lexicon = lexicon;
    Map<String, Seen> m = new java.util.HashMap<>(Math.max(16, (ambiguity.size() + candidates.size()) * 2));
    ambiguity.forEach((w, a) -> m.put(w, new Seen(a, candidates.get(w))));
    candidates.forEach((w, c) -> m.putIfAbsent(w, new Seen(null, c)));
    this.seen = m;
    this.open = open;
    this.clusters = clusters;
  }

  /** A sentence's words prepared once for all its positions. */
  final class Words {
    final int size;
    final String[] norm;
    final String[] lower;
    final String[] shape;
    final String[] amb;
    final String[][] cluster;
    final long[] flags;
    /** The part after a hyphen inside the word ("backed" in "Iranian-backed"), or null. */
    final String[] tail;
    /** The labels word i may have: those it had in training when seen often enough, else the rare words' labels. */
    final int[][] cand;
    /** How much of the sentence is capitalised (0 none .. 4 all), which tells headlines and titles from prose. */
    final int capitals;
    /** The word's tags in the extra lexicon ("-" when it has none). */
    final String[] lex;

    Words(String[] forms) {
      this(forms, null);
    }

    /** The sentence's words, each described by {@code known[i]} when given (see {@link #form}). */
    Words(String[] forms, Form[] known) {
      size = forms.length;
      norm = new String[size];
      lower = new String[size];
      shape = new String[size];
      amb = new String[size];
      cluster = new String[size][];
      flags = new long[size];
      tail = new String[size];
      cand = new int[size][];
      lex = new String[size];
      for (int i = 0; i < size; i++) {
        Form f = known != null ? known[i] : form(forms[i]);
        norm[i] = f.norm();
        lower[i] = f.lower();
        shape[i] = f.shape();
        tail[i] = f.tail();
        amb[i] = f.amb();
        cand[i] = f.cand();
        cluster[i] = f.cluster();
        flags[i] = f.flags() | (i == 0 ? 32 : 0);
        lex[i] = f.lex();
      }
      int lettered = 0;
      int capital = 0;
      for (int i = 0; i < size; i++) {
        if (hasLetter(norm[i])) {
          lettered++;
          capital += (flags[i] & 8) != 0 ? 1 : 0;
        }
      }
      capitals = lettered == 0 ? 0 : capital * 4 / lettered;
    }
  }

  private static boolean hasLetter(String w) {
    for (int i = 0, n = w.length(); i < n; i++) {
      if (Character.isLetter(w.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Bits 8 (capitalised), 16 (all capitals) and 32 (first word) of word {@code i}'s flags, 64 past either end. */
  private static long capital(Words s, int i) {
    return i < 0 || i >= s.size ? 64 : s.flags[i] & (8 | 16 | 32);
  }

  Words words(String[] forms) {
    return new Words(forms);
  }

  Words words(String[] forms, Form[] known) {
    return new Words(forms, known);
  }

  /** What the features know of one word form wherever it stands (its flags without the first word's bit 32). */
  record Form(String norm, String lower, String shape, String tail, String amb, int[] cand, String[] cluster, long flags,
      String lex) {}

  Form form(String raw) {
    String n = Forms.normalise(raw);
    String lower = Forms.lower(n);
    String shape = Forms.shape(n);
    // The treebank splits most hyphenated words ("Iranian - backed") while run-time tokens keep them whole; an
    // unknown hyphenated word borrows the ambiguity class and word classes of its last part, which the treebank
    // has seen on its own.
    String t = tail(lower);
    Seen known = seen.get(lower);
    String a = known == null ? null : known.amb();
    if (a == null && t != null) {
      Seen part = seen.get(t);
      a = part == null ? null : part.amb();
    }
    String amb = a == null ? "?" + shape : a;
    int[] cand = known != null && known.cand() != null ? known.cand() : open;
    int levels = clusters.levels();
    String[] c = new String[levels];
    String key = t != null && !clusters.knows(n) ? t : n;
    for (int l = 0; l < levels; l++) {
      c[l] = clusters.cluster(key, l);
    }
    String x = lexicon.get(n);
    if (x == null && !n.equals(lower)) {
      x = lexicon.get(lower);
      x = x == null ? null : "l" + x;
    }
    return new Form(n, lower, shape, t, amb, cand, c, flags(n, false), x == null ? "-" : x);
  }

  /** The lower-case part after the last inner hyphen when it starts with a letter, else null. */
  static String tail(String lower) {
    int h = lower.lastIndexOf('-');
    if (h <= 0 || h + 2 > lower.length() || !Character.isLetter(lower.charAt(h + 1))) {
      return null;
    }
    return lower.substring(h + 1);
  }

  private static long flags(String w, boolean first) {
    long f = 0;
    boolean upper = true;
    for (int i = 0, n = w.length(); i < n; i++) {
      char c = w.charAt(i);
      if (Character.isDigit(c)) {
        f |= 1;
      } else if (c == '-') {
        f |= 2;
      } else if (c == '.') {
        f |= 4;
      }
      if (Character.isLowerCase(c)) {
        upper = false;
      }
    }
    if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
      f |= 8;
      if (upper && w.length() > 1) {
        f |= 16;
      }
    }
    if (first) {
      f |= 32;
    }
    return f;
  }

  /** Fills {@code f} with the features of word {@code i}, given the tags {@code p1} and {@code p2} to its left (-1, -2 at the start). */
  void extract(Words s, int i, int p1, int p2, FeatureVector f) {
    f.clear();
    f.bias();
    String w = s.norm[i];
    String lw = s.lower[i];
    int n = lw.length();
    f.add(1, w);
    f.add(2, lw);
    for (int k = 1; k <= 5 && k <= n; k++) {
      f.add(2 + k, lw, n - k, n);
    }
    for (int k = 1; k <= 4 && k <= n; k++) {
      f.add(30 + k, lw, 0, k);
    }
    f.add(28, s.shape[i], p1);
    if (n >= 3) {
      f.add(35, s.lower[i].substring(n - 3), p1);
    }
    f.add(10, s.shape[i]);
    f.add(11, s.flags[i]);
    f.add(12, p1);
    f.add(13, ((long) p1 << 32) | (p2 & 0xffffffffL));
    f.add(14, lw, p1);
    String prev = i > 0 ? s.lower[i - 1] : START;
    String prev2 = i > 1 ? s.lower[i - 2] : START;
    String next = i + 1 < s.size ? s.lower[i + 1] : END;
    String next2 = i + 2 < s.size ? s.lower[i + 2] : END;
    f.add(15, prev);
    f.add(16, prev2);
    f.add(17, next);
    f.add(18, next2);
    f.add(19, prev, lw);
    f.add(20, lw, next);
    if (i > 0) {
      int m = prev.length();
      f.add(21, prev, Math.max(0, m - 3), m);
    }
    if (i + 1 < s.size) {
      int m = next.length();
      f.add(22, next, Math.max(0, m - 3), m);
    }
    f.add(23, s.amb[i]);
    String nextAmb = i + 1 < s.size ? s.amb[i + 1] : END;
    f.add(24, nextAmb);
    f.add(25, i + 2 < s.size ? s.amb[i + 2] : END);
    f.add(26, nextAmb, p1);
    f.add(27, s.amb[i], nextAmb);
    String t = s.tail[i];
    if (t != null) {
      f.add(50, t);
      int m = t.length();
      f.add(51, t, Math.max(0, m - 3), m);
    }
    // capitalisation in context: a capitalised word among capitalised words (a name, a title) or not, in a sentence
    // that capitalises most words (a headline) or few
    long caps = capital(s, i - 1) << 16 | capital(s, i) << 8 | capital(s, i + 1);
    f.add(120, s.amb[i], caps);
    f.add(121, caps << 4 | s.capitals);
    f.add(122, s.amb[i], ((s.flags[i] & 8) != 0 ? 8 : 0) | s.capitals);
    // function words ("that", "to", "as", "about") are told apart by what follows
    f.add(123, lw, nextAmb);
    f.add(124, lw, nextAmb, i + 2 < s.size ? s.amb[i + 2] : END);
    // the extra lexicon's tags with the capitalisation in context; with the shape for a word the treebank has not
    // shown often enough to give it an ambiguity class
    if (!lexicon.isEmpty()) {
      f.add(125, s.lex[i], caps);
      if (s.amb[i].charAt(0) == '?') {
        f.add(126, s.lex[i], s.shape[i]);
      }
    }
    String[] c = s.cluster[i];
    for (int l = 0; l < c.length; l++) {
      f.add(40 + l, c[l]);
      if (i > 0) {
        f.add(60 + l, s.cluster[i - 1][l]);
      }
      if (i + 1 < s.size) {
        f.add(80 + l, s.cluster[i + 1][l]);
      }
    }
  }

  // extract's features split for the score cache (ScoreCache): those of one word at a fixed offset from the word
  // tagged, whose summed scores depend only on that word's form, and the rest (tags to the left, pairs of words,
  // sentence-wide capitalisation). Together they are exactly extract's features.

  /** The features of word {@code i} itself; they depend on its form and on whether it is the first word. */
  void wordPart(Words s, int i, FeatureVector f) {
    f.clear();
    f.bias();
    String w = s.norm[i];
    String lw = s.lower[i];
    int n = lw.length();
    f.add(1, w);
    f.add(2, lw);
    for (int k = 1; k <= 5 && k <= n; k++) {
      f.add(2 + k, lw, n - k, n);
    }
    for (int k = 1; k <= 4 && k <= n; k++) {
      f.add(30 + k, lw, 0, k);
    }
    f.add(10, s.shape[i]);
    f.add(11, s.flags[i]);
    f.add(23, s.amb[i]);
    String t = s.tail[i];
    if (t != null) {
      f.add(50, t);
      int m = t.length();
      f.add(51, t, Math.max(0, m - 3), m);
    }
    String[] c = s.cluster[i];
    for (int l = 0; l < c.length; l++) {
      f.add(40 + l, c[l]);
    }
  }

  /** The features word {@code j} gives the word after it; {@code j} = -1 is the sentence's start. */
  void prevPart(Words s, int j, FeatureVector f) {
    f.clear();
    if (j < 0) {
      f.add(15, START);
      return;
    }
    String prev = s.lower[j];
    f.add(15, prev);
    int m = prev.length();
    f.add(21, prev, Math.max(0, m - 3), m);
    String[] c = s.cluster[j];
    for (int l = 0; l < c.length; l++) {
      f.add(60 + l, c[l]);
    }
  }

  /** The features word {@code j} gives the word two after it; {@code j} < 0 is before the sentence's start. */
  void prev2Part(Words s, int j, FeatureVector f) {
    f.clear();
    f.add(16, j >= 0 ? s.lower[j] : START);
  }

  /** The features word {@code j} gives the word before it; {@code j} = size is the sentence's end. */
  void nextPart(Words s, int j, FeatureVector f) {
    f.clear();
    if (j >= s.size) {
      f.add(17, END);
      f.add(24, END);
      return;
    }
    String next = s.lower[j];
    f.add(17, next);
    int m = next.length();
    f.add(22, next, Math.max(0, m - 3), m);
    f.add(24, s.amb[j]);
    String[] c = s.cluster[j];
    for (int l = 0; l < c.length; l++) {
      f.add(80 + l, c[l]);
    }
  }

  /** The features word {@code j} gives the word two before it; {@code j} >= size is past the sentence's end. */
  void next2Part(Words s, int j, FeatureVector f) {
    f.clear();
    if (j >= s.size) {
      f.add(18, END);
      f.add(25, END);
      return;
    }
    f.add(18, s.lower[j]);
    f.add(25, s.amb[j]);
  }

  /** The rest of extract's features of word {@code i}: those of the tags to its left, word pairs and capitals. */
  void restPart(Words s, int i, int p1, int p2, FeatureVector f) {
    f.clear();
    String lw = s.lower[i];
    int n = lw.length();
    f.add(28, s.shape[i], p1);
    if (n >= 3) {
      f.add(35, lw, n - 3, n, p1);
    }
    f.add(12, p1);
    f.add(13, ((long) p1 << 32) | (p2 & 0xffffffffL));
    f.add(14, lw, p1);
    String prev = i > 0 ? s.lower[i - 1] : START;
    String next = i + 1 < s.size ? s.lower[i + 1] : END;
    f.add(19, prev, lw);
    f.add(20, lw, next);
    String nextAmb = i + 1 < s.size ? s.amb[i + 1] : END;
    f.add(26, nextAmb, p1);
    f.add(27, s.amb[i], nextAmb);
    long caps = capital(s, i - 1) << 16 | capital(s, i) << 8 | capital(s, i + 1);
    f.add(120, s.amb[i], caps);
    f.add(121, caps << 4 | s.capitals);
    f.add(122, s.amb[i], ((s.flags[i] & 8) != 0 ? 8 : 0) | s.capitals);
    f.add(123, lw, nextAmb);
    f.add(124, lw, nextAmb, i + 2 < s.size ? s.amb[i + 2] : END);
    if (!lexicon.isEmpty()) {
      f.add(125, s.lex[i], caps);
      if (s.amb[i].charAt(0) == '?') {
        f.add(126, s.lex[i], s.shape[i]);
      }
    }
  }

  /** The first pass's tag of a position beyond the sentence's end. */
  static final int NO_TAG = -3;

  /**
   * Fills {@code f} with the second pass's features of word {@code i}: the first pass's features (with the second
   * pass's own tags {@code q1}, {@code q2} to the left) and the first pass's tags of this word and the two to its
   * right, which a left-to-right tagger cannot otherwise see; {@code margin} says how sure the first pass was here.
   */
  void extractSecond(Words s, int i, int q1, int q2, int[] first, int[] margin, FeatureVector f) {
    extract(s, i, q1, q2, f);
    int t = first[i];
    int n1 = i + 1 < s.size ? first[i + 1] : NO_TAG;
    int n2 = i + 2 < s.size ? first[i + 2] : NO_TAG;
    long right = ((long) n1 << 32) | (n2 & 0xffffffffL);
    f.add(100, t);
    f.add(101, ((long) t << 32) | margin[i]);
    f.add(102, n1);
    f.add(103, n2);
    f.add(104, right);
    f.add(105, ((long) q1 << 32) | (n1 & 0xffffffffL));
    f.add(106, s.lower[i], n1);
    f.add(107, s.lower[i], right);
    f.add(108, ((long) t << 32) | (n1 & 0xffffffffL));
    f.add(109, s.amb[i], n1);
    String[] c = s.cluster[i];
    if (c.length > 0) {
      f.add(110, c[c.length - 1], n1);
    }
    f.add(112, ((long) q1 << 32) | (t & 0xffffffffL));
    f.add(113, s.shape[i], n1);
  }
}
