package dev.dateline.nlp.events;

import dev.dateline.nlp.DataFile;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Triggers of actions no CAMEO code covers ("died", "won", "the earthquake", "found dead"), which the stage extracts
 * as OTHER events: every verb but those triggers.tsv lists as not being one ("be", "have" as main verbs); a noun the
 * file lists as an event noun, or a singular -ing noun ("shooting", "bombing") it does not list as not being one
 * ("morning", "building"); an adjective it lists as a state ("dead", "injured"). The CAMEO triggers come first: this
 * detector is asked only about words the CAMEO lexicons did not code.
 */
final class TriggerDetector {
  private static final int MIN_ING_NOUN = 6;

  private final Set<String> nouns;
  private final Set<String> notNouns;
  private final Set<String> adjectives;
  private final Set<String> notVerbs;

  TriggerDetector(Set<String> nouns, Set<String> notNouns, Set<String> adjectives, Set<String> notVerbs) {
    this.nouns = Set.copyOf(Objects.requireNonNull(nouns, "nouns"));
    this.notNouns = Set.copyOf(Objects.requireNonNull(notNouns, "notNouns"));
    this.adjectives = Set.copyOf(Objects.requireNonNull(adjectives, "adjectives"));
    this.notVerbs = Set.copyOf(Objects.requireNonNull(notVerbs, "notVerbs"));
  }

  /** The detector with the bundled triggers.tsv. */
  static TriggerDetector standard() {
    Set<String> nouns = new HashSet<>();
    Set<String> notNouns = new HashSet<>();
    Set<String> adjectives = new HashSet<>();
    Set<String> notVerbs = new HashSet<>();
    int line = 0;
    for (String[] f : DataFile.rows(TriggerDetector.class, "triggers.tsv", 3, 3)) {
      line++;
      boolean event = switch (f[2]) {
        case "event" -> true;
        case "not" -> false;
        default -> throw new IllegalStateException("triggers.tsv: row " + line + " ('" + f[0]
            + "'): trigger must be 'event' or 'not', got '" + f[2] + "'");
      };
      Set<String> into = switch (f[1]) {
        case "NOUN" -> event ? nouns : notNouns;
        case "ADJ" -> adjectives;
        case "VERB" -> notVerbs;
        default -> throw new IllegalStateException("triggers.tsv: row " + line + " ('" + f[0]
            + "'): class must be VERB, NOUN or ADJ, got '" + f[1] + "'");
      };
      into.add(f[0]);
    }
    return new TriggerDetector(nouns, notNouns, adjectives, notVerbs);
  }

  /**
   * Whether a word states an action: {@code upos} and {@code xpos} are its parts of speech, {@code lemma} its lemma
   * and {@code form} the word as written, both lower case.
   */
  boolean isTrigger(String upos, String xpos, String lemma, String form) {
    return switch (upos) {
      case "VERB" -> !notVerbs.contains(lemma);
      case "NOUN" -> nouns.contains(lemma) || nouns.contains(form)
          || xpos.equals("NN") && form.endsWith("ing") && form.length() >= MIN_ING_NOUN && !notNouns.contains(form);
      case "ADJ" -> adjectives.contains(lemma) || adjectives.contains(form);
      default -> false;
    };
  }
}
