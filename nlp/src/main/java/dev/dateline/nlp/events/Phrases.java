package dev.dateline.nlp.events;

import dev.dateline.model.Tags;
import dev.dateline.nlp.DataFile;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Noun phrases that are no entity but still an event's argument: "a man" was shot, the fire "destroyed the
 * building", the game was played "at the stadium". The stage asks for them only where its entity mentions give
 * nothing, so an entity always wins. A phrase is a run of determiners, possessives, numbers, adjectives and nouns
 * ending in a noun (or a lone pronoun); a place phrase is one whose last noun is a place word of place-nouns.tsv
 * ("hospital", "home") or a proper noun.
 */
final class Phrases {
  /** The longest phrase looked at, in words: longer runs are lists, not one argument. */
  private static final int MAX_WORDS = 6;

  private final Set<String> placeNouns;

  Phrases(Set<String> placeNouns) {
    this.placeNouns = Set.copyOf(Objects.requireNonNull(placeNouns, "placeNouns"));
  }

  /** The phrases with the bundled place-nouns.tsv. */
  static Phrases standard() {
    Set<String> nouns = new HashSet<>();
    for (String[] f : DataFile.rows(Phrases.class, "place-nouns.tsv", 1, 1)) {
      nouns.add(f[0]);
    }
    return new Phrases(nouns);
  }

  /** One document's view: its tags, lower-case words, and which words belong to an entity mention. */
  View of(List<Tags.Tag> tags, String[] lower, boolean[] inMention) {
    return new View(tags, lower, inMention);
  }

  /** Phrase finding over one document. Phrases are returned as {first, last} word indexes, or null for none. */
  final class View {
    private final List<Tags.Tag> tags;
    private final String[] lower;
    private final boolean[] inMention;

    private View(List<Tags.Tag> tags, String[] lower, boolean[] inMention) {
      this.tags = tags;
      this.lower = lower;
      this.inMention = inMention;
    }

    private boolean noun(int k) {
      String u = tags.get(k).upos();
      return u.equals("NOUN") || u.equals("PROPN");
    }

    private boolean modifier(int k) {
      String u = tags.get(k).upos();
      return u.equals("DET") || u.equals("ADJ") || u.equals("NUM") || tags.get(k).xpos().equals("PRP$")
          || lower[k].equals("'s") || u.equals("NOUN") || u.equals("PROPN");
    }

    /** The phrase ending at word {@code last} (a noun or a pronoun), no further left than {@code begin}. */
    int[] endingAt(int last, int begin) {
      if (last < begin || inMention[last]) {
        return null;
      }
      if (tags.get(last).upos().equals("PRON")) {
        return isPersonal(last) ? new int[] {last, last} : null;
      }
      if (!noun(last)) {
        return null;
      }
      int first = last;
      while (first - 1 >= begin && last - first + 1 < MAX_WORDS && !inMention[first - 1] && modifier(first - 1)) {
        first--;
      }
      return new int[] {first, last};
    }

    /** The phrase starting at or after word {@code from} (over determiners and adjectives), before {@code end}. */
    int[] startingAt(int from, int end) {
      int k = from;
      while (k < end && k - from < MAX_WORDS && !inMention[k] && !noun(k) && modifier(k)) {
        k++;
      }
      if (k >= end || inMention[k]) {
        return null;
      }
      if (k == from && tags.get(k).upos().equals("PRON")) {
        return isPersonal(k) && !tags.get(k).xpos().equals("PRP$") ? new int[] {k, k} : null;
      }
      if (!noun(k)) {
        return null;
      }
      int last = k;
      while (last + 1 < end && last + 1 - from < MAX_WORDS && !inMention[last + 1] && noun(last + 1)) {
        last++;
      }
      return new int[] {from, last};
    }

    /** Whether phrase {@code p} names a place: its last word a place noun or a proper noun. */
    boolean isPlace(int[] p) {
      int last = p[1];
      return tags.get(last).upos().equals("PROPN")
          || placeNouns.contains(tags.get(last).lemma().toLowerCase(Locale.ROOT)) || placeNouns.contains(lower[last]);
    }

    /** A personal pronoun ("he", "they", "it"), not a relative or indefinite one ("who", "some"). */
    private boolean isPersonal(int k) {
      return tags.get(k).xpos().equals("PRP");
    }
  }
}
