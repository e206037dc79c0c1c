package dev.dateline.nlp.ner;

import java.util.ArrayList;
import java.util.List;

/**
 * Entity spans in tag sequences. Reading follows conlleval: a chunk starts at B-X, at I-X after O or after a tag of
 * another type, so IOB1 and IOB2 read alike. The tagger itself works on BILOU labels (Ratinov and Roth 2009), which
 * are written back as IOB2.
 */
final class Chunks {
  /** An entity: tokens [begin, end) of type {@code type} ("PER"). */
  record Chunk(int begin, int end, String type) {}

  private Chunks() {}

  /** The chunks of a sequence of IOB1 or IOB2 tags. */
  static List<Chunk> ofIob(List<String> tags) {
    List<Chunk> out = new ArrayList<>();
    int begin = -1;
    String type = null;
    for (int i = 0; i <= tags.size(); i++) {
      String tag = i < tags.size() ? tags.get(i) : "O";
      char prefix = tag.charAt(0);
      String t = tag.length() > 2 ? tag.substring(2) : null;
      boolean starts = prefix == 'B' || prefix == 'I' && (type == null || !type.equals(t));
      if (type != null && (prefix == 'O' || starts)) {
        out.add(new Chunk(begin, i, type));
        type = null;
      }
      if (starts) {
        begin = i;
        type = t;
      }
    }
    return out;
  }

  /** The chunks of a BILOU sequence; labels that break the scheme are read leniently, as IOB would be. */
  static List<Chunk> ofBilou(List<String> labels) {
    List<String> iob = new ArrayList<>(labels.size());
    for (String l : labels) {
      char p = l.charAt(0);
      iob.add(p == 'U' || p == 'B' ? "B" + l.substring(1) : p == 'L' ? "I" + l.substring(1) : l);
    }
    List<Chunk> chunks = ofIob(iob);
    return chunks;
  }

  /** The chunks of a sequence of BILOU label indices ({@link Labels}), read as {@link #ofBilou} reads their names. */
  static List<Chunk> ofLabels(int[] labels) {
    List<Chunk> out = new ArrayList<>();
    int begin = -1;
    int type = -1;
    for (int i = 0; i <= labels.length; i++) {
      int label = i < labels.length ? labels[i] : Labels.O;
      int t = Labels.typeOf(label);
      int position = Labels.positionOf(label);
      // B and U start a chunk as IOB's B does; I and L continue one of their type as IOB's I does
      boolean starts = position == 0 || position == 3 || t >= 0 && t != type;
      if (type >= 0 && (label == Labels.O || starts)) {
        out.add(new Chunk(begin, i, Labels.TYPES.get(type)));
        type = -1;
      }
      if (starts) {
        begin = i;
        type = t;
      }
    }
    return out;
  }

  /** BILOU labels for {@code n} tokens with the given chunks. */
  static List<String> toBilou(int n, List<Chunk> chunks) {
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add("O");
    }
    for (Chunk c : chunks) {
      if (c.end() - c.begin() == 1) {
        out.set(c.begin(), "U-" + c.type());
      } else {
        out.set(c.begin(), "B-" + c.type());
        for (int i = c.begin() + 1; i < c.end() - 1; i++) {
          out.set(i, "I-" + c.type());
        }
        out.set(c.end() - 1, "L-" + c.type());
      }
    }
    return out;
  }

  /** IOB2 tags for {@code n} tokens with the given chunks. */
  static List<String> toIob2(int n, List<Chunk> chunks) {
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add("O");
    }
    for (Chunk c : chunks) {
      out.set(c.begin(), "B-" + c.type());
      for (int i = c.begin() + 1; i < c.end(); i++) {
        out.set(i, "I-" + c.type());
      }
    }
    return out;
  }
}
