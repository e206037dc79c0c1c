package dev.dateline.nlp.events;

import dev.dateline.model.Events;
import dev.dateline.nlp.DataFile;
import dev.dateline.nlp.DataFile.Row;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * The event coder's dictionaries: CAMEO verbs and their patterns (PETRARCH2's CAMEO.verbpatterns, read by
 * {@link PetrarchVerbs}) with our default codes for some verbs (verb-codes.tsv), the nominal triggers
 * (nouns.tsv, ours), the CAMEO-to-PLOVER table and the
 * modality cues. Immutable.
 */
final class CameoLexicon {
  static final String RESOURCES = "/dev/dateline/nlp/events/";
  private static final String VERB_DICTIONARY = "CAMEO.verbpatterns.150430.txt.gz";
  /** The code PETRARCH writes for "this pattern is not an event". */
  static final String NOT_AN_EVENT = "---";

  /** One verb of a verb block: "meet" with particle "with", its block and its own code. */
  record Verb(String lemma, List<String> particle, String block, String code) {}

  /**
   * A pattern of a verb block: slots that must appear in order before the verb and after it; one slot is a set of
   * alternatives, each a sequence of words (a word ending in '_' matches whole, another as a prefix); {@code size}
   * is how specific it is (its words, a slot counting its shortest alternative's), kept since every match asks.
   */
  record Pattern(List<List<List<String>>> before, List<List<List<String>>> after, String code, Set<String> firstKeys,
      int size) {
    /** A pattern with the keys of its first slot after the verb, which a sentence must hold for it to match. */
    static Pattern of(List<List<List<String>>> before, List<List<List<String>>> after, String code) {
      Set<String> keys = new HashSet<>();
      if (!after.isEmpty()) {
        for (List<String> alternative : after.get(0)) {
          keys.add(key(alternative.get(0)));
        }
      } else if (!before.isEmpty()) {
        // only words before the verb: keyed by the first of them, marked as a word before the verb
        for (List<String> alternative : before.get(0)) {
          keys.add(BEFORE + key(alternative.get(0)));
        }
      }
      return new Pattern(before, after, code, Set.copyOf(keys), words(before) + words(after));
    }

    /** How specific a side of a pattern is: its words, a slot counting its shortest alternative's. */
    private static int words(List<List<List<String>>> slots) {
      int n = 0;
      for (List<List<String>> slot : slots) {
        int shortest = Integer.MAX_VALUE;
        for (List<String> alternative : slot) {
          shortest = Math.min(shortest, alternative.size());
        }
        n += shortest;
      }
      return n;
    }
  }

  /**
   * The key of a pattern word or a token for the pre-filter: its first four letters, or the whole word when shorter
   * (a pattern word of four letters or more matches as a prefix, a shorter one whole; a final '_' is dropped).
   */
  /**
   * What marks the pre-filter key of a pattern with words before the verb only: the key of its first word with this
   * before it, which a sentence offers for the words in the window before the verb.
   */
  static final String BEFORE = "<";

  static String key(String word) {
    String w = word.endsWith("_") ? word.substring(0, word.length() - 1) : word;
    return w.length() <= 4 ? w : w.substring(0, 4);
  }

  record Noun(String lemma, Optional<String> before, String code) {}

  record Plover(Events.Type type, Optional<String> mode) {}

  record Cue(List<String> words, Events.Modality modality) {}

  private final Map<String, List<Verb>> verbs;
  /** The dictionary's inflected forms ("expelled") to their verb ("expel"). */
  private final Map<String, String> forms;
  private final Map<String, List<Pattern>> patterns;
  /** Per block, the positions of its patterns by the key of their first word after the verb. */
  private final Map<String, Map<String, int[]>> byFirstKey;
  /** The blocks with a pattern of words before the verb only (most have none: no keys before the verb needed). */
  private final Set<String> beforeOnly;
  private final Map<String, List<Noun>> nouns;
  private final Map<String, Plover> plover;
  private final List<Cue> cues;

  CameoLexicon(Map<String, List<Verb>> verbs, Map<String, String> forms, Map<String, List<Pattern>> patterns,
      Map<String, List<Noun>> nouns, Map<String, Plover> plover, List<Cue> cues) {
    this.verbs = Map.copyOf(verbs);
    this.forms = Map.copyOf(forms);
    this.patterns = Map.copyOf(patterns);
    Map<String, Map<String, int[]>> index = new HashMap<>();
    for (Map.Entry<String, List<Pattern>> e : this.patterns.entrySet()) {
      Map<String, List<Integer>> positions = new HashMap<>();
      List<Pattern> list = e.getValue();
      for (int k = 0; k < list.size(); k++) {
        for (String key : list.get(k).firstKeys()) {
          positions.computeIfAbsent(key, x -> new ArrayList<>()).add(k);
        }
      }
      Map<String, int[]> block = new HashMap<>();
      positions.forEach((key, ks) -> block.put(key, ks.stream().mapToInt(Integer::intValue).toArray()));
      index.put(e.getKey(), Map.copyOf(block));
    }
    this.byFirstKey = Map.copyOf(index);
    Set<String> before = new HashSet<>();
    this.patterns.forEach((block, list) -> {
      if (list.stream().anyMatch(p -> p.after().isEmpty())) {
        before.add(block);
      }
    });
    this.beforeOnly = Set.copyOf(before);
    this.nouns = Map.copyOf(nouns);
    this.plover = Map.copyOf(plover);
    this.cues = List.copyOf(cues);
  }

  /** The bundled lexicons, with PETRARCH2's CAMEO verb dictionary (CAMEO.verbpatterns.150430, MIT licence). */
  static CameoLexicon standard() {
    return withVerbs(() -> new GZIPInputStream(resource(VERB_DICTIONARY)), VERB_DICTIONARY);
  }

  /** An input stream that may fail to open. */
  @FunctionalInterface
  interface Source {
    InputStream open() throws IOException;
  }

  /**
   * The bundled lexicons with another PETRARCH-format verb dictionary (PETR.Validate.verbs.txt, read as Latin-1 like
   * PETRARCH's files).
   */
  static CameoLexicon withVerbs(Source verbFile, String name) {
    try {
      Map<String, String> own = new HashMap<>();
      for (Row r : read("verb-codes.tsv", 3)) {
        own.put(r.fields()[0] + " " + r.fields()[1], code(r, r.fields()[2]));
      }
      List<Cue> cues = new ArrayList<>();
      for (Row r : read("modality.tsv", 2)) {
        String[] f = r.fields();
        Events.Modality m;
        try {
          m = Events.Modality.valueOf(f[1].toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
          throw r.error("unknown modality '" + f[1] + "'");
        }
        cues.add(new Cue(List.of(f[0].split(" ")), m));
      }
      // longest cue first, so "is scheduled to" is found before "to"-less shorter cues
      cues.sort((a, b) -> Integer.compare(b.words().size(), a.words().size()));
      // the words of the cues, which a pattern's words before the verb must not hold (see PetrarchVerbs)
      Set<String> modalWords = new HashSet<>();
      for (Cue c : cues) {
        modalWords.addAll(c.words());
      }
      // "said would stop *": reported speech, which the stage codes as the reported action and a statement
      modalWords.add("said");
      PetrarchVerbs dictionary;
      try (InputStream in = verbFile.open(); Reader reader = new InputStreamReader(in, StandardCharsets.ISO_8859_1)) {
        dictionary = PetrarchVerbs.read(reader, name, own, modalWords);
      }
      Map<String, List<Verb>> verbs = dictionary.verbs;
      Map<String, List<Pattern>> patterns = dictionary.patterns;
      Map<String, List<Noun>> nouns = new HashMap<>();
      for (Row r : read("nouns.tsv", 3)) {
        String[] f = r.fields();
        nouns.computeIfAbsent(f[0], k -> new ArrayList<>())
            .add(new Noun(f[0], f[1].equals("-") ? Optional.empty() : Optional.of(f[1]), code(r, f[2])));
      }
      Map<String, Plover> plover = new HashMap<>();
      for (Row r : read("cameo-plover.tsv", 3)) {
        String[] f = r.fields();
        Events.Type type;
        try {
          type = Events.Type.valueOf(f[1]);
        } catch (IllegalArgumentException e) {
          throw r.error("unknown PLOVER type '" + f[1] + "'");
        }
        plover.put(code(r, f[0]), new Plover(type, f[2].equals("-") ? Optional.empty() : Optional.of(f[2])));
      }
      return new CameoLexicon(verbs, dictionary.forms, patterns, nouns, plover, cues);
    } catch (IOException e) {
      throw new UncheckedIOException("reading the event lexicons", e);
    }
  }

  List<Verb> verbs(String lemma) {
    return verbs.getOrDefault(lemma, List.of());
  }

  /**
   * The entries of the verb whose inflected form the dictionary lists as {@code form} ("EXPEL {... EXPELLED}"), for a
   * form the lemmatiser gave a lemma the dictionary does not know ("expelled" -> "expell"); else none.
   */
  List<Verb> verbsOfForm(String form) {
    String verb = forms.get(form);
    return verb == null ? List.of() : verbs(verb);
  }

  List<Pattern> patterns(String block) {
    return patterns.getOrDefault(block, List.of());
  }

  /**
   * The patterns of a block whose first word after the verb has one of {@code keys} (see {@link #key}), or with no
   * word after the verb, whose first word before it has one of the {@link #BEFORE} keys {@code beforeKeys} gives
   * (asked only for a block with such patterns), in the block's order: the only ones that can match a sentence whose
   * words around the verb have those keys.
   */
  List<Pattern> candidates(String block, String[] keys, java.util.function.Supplier<String[]> beforeKeys) {
    Map<String, int[]> index = byFirstKey.get(block);
    if (index == null) {
      return List.of();
    }
    java.util.BitSet found = new java.util.BitSet();
    mark(index, keys, found);
    if (beforeOnly.contains(block)) {
      mark(index, beforeKeys.get(), found);
    }
    List<Pattern> list = patterns.get(block);
    List<Pattern> out = new ArrayList<>(found.cardinality());
    for (int k = found.nextSetBit(0); k >= 0; k = found.nextSetBit(k + 1)) {
      out.add(list.get(k));
    }
    return out;
  }

  private static void mark(Map<String, int[]> index, String[] keys, java.util.BitSet found) {
    for (String key : keys) {
      int[] positions = index.get(key);
      if (positions != null) {
        for (int k : positions) {
          found.set(k);
        }
      }
    }
  }

  List<Noun> nouns(String lemma) {
    return nouns.getOrDefault(lemma, List.of());
  }

  List<Cue> cues() {
    return cues;
  }

  /**
   * The PLOVER type and mode of a CAMEO code: the most specific entry of the table, else the root's; root 01 is
   * STATEMENT (PLOVER drops it) and root 02 (appeal) REQUEST, our choices, documented in the codebook.
   */
  Optional<Plover> plover(String cameo) {
    for (int n = cameo.length(); n >= 2; n--) {
      Plover p = plover.get(cameo.substring(0, n));
      if (p != null) {
        return Optional.of(p);
      }
    }
    return switch (cameo.substring(0, 2)) {
      case "01" -> Optional.of(new Plover(Events.Type.STATEMENT, Optional.empty()));
      case "02" -> Optional.of(new Plover(Events.Type.REQUEST, Optional.empty()));
      default -> Optional.empty();
    };
  }

  private static String code(Row r, String code) throws IOException {
    if (!code.matches("\\d{2,4}")) {
      throw r.error("CAMEO code must be 2 to 4 digits, found '" + code + "'");
    }
    return code;
  }

  private static InputStream resource(String file) throws IOException {
    InputStream in = CameoLexicon.class.getResourceAsStream(RESOURCES + file);
    if (in == null) {
      throw new IOException("resource " + RESOURCES + file + " is missing");
    }
    return in;
  }

  static List<Row> read(String file, int columns) throws IOException {
    InputStream in = CameoLexicon.class.getResourceAsStream(RESOURCES + file);
    if (in == null) {
      throw new IOException("resource " + RESOURCES + file + " is missing");
    }
    try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return DataFile.read(r, file, columns);
    }
  }
}
