package dev.dateline.nlp.ner;

import java.util.ArrayList;
import java.util.List;

/**
 * The tagger's BILOU labels over the CoNLL types, and which may follow which: I and L only continue a B or I of the
 * same type, and a sequence cannot end inside a name.
 */
final class Labels {
  static final List<String> TYPES = List.of("PER", "ORG", "LOC", "MISC");
  static final List<String> ALL;
  static final int O = 0;
  static final int START = 1 + 4 * 4; // the state before the first word
  /** allowed[previous][label], previous START included. */
  static final boolean[][] ALLOWED;

  static {
    List<String> all = new ArrayList<>();
    all.add("O");
    for (String t : TYPES) {
      for (String p : List.of("B-", "I-", "L-", "U-")) {
        all.add(p + t);
      }
    }
    ALL = List.copyOf(all);
    ALLOWED = new boolean[START + 1][START];
    for (int prev = 0; prev <= START; prev++) {
      for (int l = 0; l < START; l++) {
        ALLOWED[prev][l] = allowed(prev, l);
      }
    }
  }

  private Labels() {}

  /** The type index (0..3) of a label, or -1 for O. */
  static int typeOf(int label) {
    return label == O ? -1 : (label - 1) / 4;
  }

  /** 0 for B, 1 for I, 2 for L, 3 for U, -1 for O. */
  static int positionOf(int label) {
    return label == O ? -1 : (label - 1) % 4;
  }

  static int index(String label) {
    int i = ALL.indexOf(label);
    if (i < 0) {
      throw new IllegalArgumentException("not a BILOU label: " + label);
    }
    return i;
  }

  /** Whether a sequence may end after {@code label}. */
  static boolean canEnd(int label) {
    int p = positionOf(label);
    return p != 0 && p != 1;
  }

  private static boolean allowed(int prev, int label) {
    boolean open = prev != START && (positionOf(prev) == 0 || positionOf(prev) == 1);
    int p = positionOf(label);
    boolean continues = p == 1 || p == 2;
    if (open) {
      return continues && typeOf(label) == typeOf(prev);
    }
    return !continues;
  }
}
