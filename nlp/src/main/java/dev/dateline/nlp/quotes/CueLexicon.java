package dev.dateline.nlp.quotes;

import dev.dateline.nlp.DataFile;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The cue verbs and phrases (cues.tsv: lemma or phrase, and how source and content sit around it) and the words of
 * time that may stand between a source and its cue (time-words.txt).
 */
record CueLexicon(Map<String, CueClass> verbs, Map<String, CueClass> phrases, Set<String> timeWords) {

  enum CueClass {
    SPEECH,
    OBJECT,
    PREPOSITION,
    /** A stance or thought word for the learned tagger alone; the rules skip it. */
    STANCE
  }

  CueLexicon {
    verbs = Map.copyOf(verbs);
    phrases = Map.copyOf(phrases);
    timeWords = Set.copyOf(timeWords);
  }

  static CueLexicon standard() {
    Map<String, CueClass> verbs = new HashMap<>();
    Map<String, CueClass> phrases = new HashMap<>();
    for (String[] row : DataFile.rows(CueLexicon.class, "cues.tsv", 2, 2)) {
      CueClass c;
      try {
        c = CueClass.valueOf(row[1].toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException("dev/dateline/nlp/quotes/cues.tsv: unknown cue class '" + row[1] + "' for '"
            + row[0] + "'; known: speech, object, preposition, stance", e);
      }
      String key = row[0].toLowerCase(Locale.ROOT);
      (key.contains(" ") ? phrases : verbs).put(key, c);
    }
    Set<String> time = new HashSet<>();
    for (String[] row : DataFile.rows(CueLexicon.class, "time-words.txt", 1, 1)) {
      time.add(row[0].toLowerCase(Locale.ROOT));
    }
    return new CueLexicon(verbs, phrases, time);
  }

  /** The phrases' words, each phrase split on spaces. */
  List<String[]> phraseWords() {
    return phrases.keySet().stream().sorted().map(p -> p.split(" ")).toList();
  }
}
