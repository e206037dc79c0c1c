package dev.dateline.nlp.pos;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Lemmas: a lexicon learned from the treebank (normalised form and XPOS to the lemma seen most often), tried with
 * the exact form, then lower-cased (except for proper nouns); unknown words go through suffix rules for their XPOS (a data file), longest
 * suffix first; what no rule matches is its own lemma, lower-cased except for proper nouns.
 */
final class Lemmatizer {
  /** Letters a rule must leave before the suffix, so that "bed" is not read as "b" + "ed". */
  private static final int MIN_STEM = 2;

  record Rule(String suffix, String replacement) {}

  private final Map<String, String> lexicon;
  // the lexicon split by tag, so a lookup hashes the form (whose hash the string caches) and allocates nothing
  private final Map<String, Map<String, String>> byTag;
  private final Map<String, List<Rule>> rules;

  Lemmatizer(Map<String, String> lexicon, Map<String, List<Rule>> rules) {
    this.lexicon = Map.copyOf(lexicon);
    Map<String, Map<String, String>> split = new HashMap<>();
    lexicon.forEach((key, lemma) -> {
      int tab = key.lastIndexOf('\t');
      split.computeIfAbsent(key.substring(tab + 1), t -> new HashMap<>()).put(key.substring(0, tab), lemma);
    });
    Map<String, Map<String, String>> frozen = new HashMap<>();
    split.forEach((tag, forms) -> frozen.put(tag, Map.copyOf(forms)));
    this.byTag = Map.copyOf(frozen);
    this.rules = Map.copyOf(rules);
  }

  Map<String, String> lexicon() {
    return lexicon;
  }

  /** The lemma of {@code form} (as written) whose normalised form is {@code norm} and whose tag is {@code xpos}. */
  String lemma(String form, String norm, String xpos) {
    Map<String, String> forTagLexicon = byTag.getOrDefault(xpos, Map.of());
    String hit = forTagLexicon.get(norm);
    if (hit != null) {
      return hit;
    }
    String lower = Forms.lower(norm);
    if (lower != norm && !xpos.startsWith("NNP")) {
      hit = forTagLexicon.get(lower);
      if (hit != null) {
        return hit;
      }
    }
    boolean proper = xpos.startsWith("NNP");
    String base = proper ? form : Forms.lower(form);
    List<Rule> forTag = rules.get(xpos);
    if (forTag != null) {
      for (Rule r : forTag) {
        if (base.length() >= r.suffix().length() + MIN_STEM && base.endsWith(r.suffix())) {
          return base.substring(0, base.length() - r.suffix().length()) + r.replacement();
        }
      }
    }
    return base;
  }

  static String key(String norm, String xpos) {
    return norm + '\t' + xpos;
  }

  /** The lexicon of a training set: for each (form, XPOS) and (lower-cased form, XPOS), its most frequent lemma. */
  static Map<String, String> learn(List<Conllu.Sentence> sentences) {
    Map<String, Map<String, Integer>> counts = new HashMap<>();
    for (Conllu.Sentence s : sentences) {
      for (Conllu.Word w : s.words()) {
        String norm = Forms.normalise(w.form());
        String lemma = Forms.normalise(w.lemma());
        counts.computeIfAbsent(key(norm, w.xpos()), k -> new HashMap<>()).merge(lemma, 1, Integer::sum);
        String lower = Forms.lower(norm);
        // proper nouns keep their case, so a lower-cased form of one says nothing about the lemma of another
        if (lower != norm && !w.xpos().startsWith("NNP")) {
          counts.computeIfAbsent(key(lower, w.xpos()), k -> new HashMap<>()).merge(lemma, 1, Integer::sum);
        }
      }
    }
    Map<String, String> out = new TreeMap<>();
    counts.forEach((k, lemmas) -> out.put(k, lemmas.entrySet().stream()
        .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
        .orElseThrow().getKey()));
    return out;
  }

  /**
   * Reads suffix rules: one per line, {@code XPOS<TAB>suffix<TAB>replacement} (replacement may be empty); blank lines
   * and lines starting with '#' are skipped.
   */
  static Map<String, List<Rule>> readRules(BufferedReader reader, String name) throws IOException {
    Map<String, List<Rule>> out = new HashMap<>();
    String line;
    int number = 0;
    while ((line = reader.readLine()) != null) {
      number++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] c = line.split("\t", -1);
      if (c.length != 3 || c[0].isEmpty() || c[1].isEmpty()) {
        throw new IOException(name + ": line " + number + ": expected XPOS, suffix and replacement separated by tabs, found '" + line + "'");
      }
      out.computeIfAbsent(c[0], k -> new ArrayList<>()).add(new Rule(c[1], c[2]));
    }
    Map<String, List<Rule>> sorted = new HashMap<>();
    out.forEach((tag, list) -> {
      List<Rule> copy = new ArrayList<>(list);
      copy.sort(Comparator.comparingInt((Rule r) -> r.suffix().length()).reversed());
      sorted.put(tag, List.copyOf(copy));
    });
    return sorted;
  }
}
