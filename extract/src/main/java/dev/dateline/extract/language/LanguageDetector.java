package dev.dateline.extract.language;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.Character.UnicodeScript;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Guesses the language of a text as an ISO 639-1 code. First the script that most letters are written in: a script
 * used by one language decides (data file {@code scripts.tsv}; Han with a tenth or more kana is Japanese). Among
 * the languages sharing a script (Latin, Cyrillic, Arabic) the frequent function words decide (data file
 * {@code stopwords.tsv}), each word counting {@code 1/n} when {@code n} languages list it. No answer for texts with
 * fewer than {@link #MIN_LETTERS} letters or fewer than {@link #MIN_HITS} function-word hits. Immutable, thread-safe.
 */
public final class LanguageDetector {
  static final int MIN_LETTERS = 20;
  static final double MIN_HITS = 2.0;
  /** Enough text to decide: looking further only costs time. */
  private static final int MAX_CHARS = 20_000;

  private final Map<UnicodeScript, String> scriptLanguages;
  private final Map<String, UnicodeScript> languageScripts;
  /** word -> (language -> weight). */
  private final Map<String, Map<String, Double>> wordWeights;

  private LanguageDetector(Map<UnicodeScript, String> scriptLanguages, Map<String, List<String>> stopwords) {
    this.scriptLanguages = Map.copyOf(scriptLanguages);
    Map<String, UnicodeScript> scripts = new LinkedHashMap<>();
    Map<String, List<String>> listing = new HashMap<>();
    stopwords.forEach((language, words) -> {
      scripts.put(language, scriptOf(words.getFirst()));
      for (String word : words) {
        listing.computeIfAbsent(word, w -> new ArrayList<>()).add(language);
      }
    });
    Map<String, Map<String, Double>> weights = new HashMap<>();
    listing.forEach((word, languages) -> {
      Map<String, Double> perLanguage = new HashMap<>();
      for (String language : languages) {
        perLanguage.put(language, 1.0 / languages.size());
      }
      weights.put(word, Map.copyOf(perLanguage));
    });
    this.languageScripts = Map.copyOf(scripts);
    this.wordWeights = Map.copyOf(weights);
  }

  /** A detector with the profiles shipped in this package. */
  public static LanguageDetector create() {
    return new LanguageDetector(loadScripts(), loadStopwords());
  }

  /** The ISO 639-1 code of the language of {@code text}, if the evidence is enough. */
  public Optional<String> detect(String text) {
    Objects.requireNonNull(text, "text");
    String sample = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
    // counts by script ordinal: this runs on every article, and a map of boxed counts cost more than the rest
    UnicodeScript[] scripts = UnicodeScript.values();
    int[] letters = new int[scripts.length];
    int total = 0;
    for (int i = 0; i < sample.length(); ) {
      int c = sample.codePointAt(i);
      i += Character.charCount(c);
      if (c < 0x80) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
          letters[UnicodeScript.LATIN.ordinal()]++;
          total++;
        }
      } else if (Character.isLetter(c)) {
        letters[UnicodeScript.of(c).ordinal()]++;
        total++;
      }
    }
    if (total < MIN_LETTERS) {
      return Optional.empty();
    }
    int kana = letters[UnicodeScript.HIRAGANA.ordinal()] + letters[UnicodeScript.KATAKANA.ordinal()];
    int han = letters[UnicodeScript.HAN.ordinal()];
    if (kana > 0 && kana * 10 >= kana + han && (kana + han) * 2 > total) {
      return Optional.of("ja");
    }
    // the most letters; on a tie the script first in UnicodeScript's order
    int most = -1;
    for (int s = 0; s < letters.length; s++) {
      if (letters[s] > 0 && (most < 0 || letters[s] > letters[most])) {
        most = s;
      }
    }
    UnicodeScript dominant = scripts[most];
    String single = scriptLanguages.get(dominant);
    if (single != null && !single.equals("-")) {
      return Optional.of(single);
    }
    return byFunctionWords(sample, dominant);
  }

  private Optional<String> byFunctionWords(String text, UnicodeScript script) {
    Map<String, Double> scores = new HashMap<>();
    // the words are the runs of letters, marks and apostrophes of the lower-cased text (split by hand: a regex split
    // of every article cost more than the lookups)
    String lower = text.toLowerCase(Locale.ROOT);
    int n = lower.length();
    int i = 0;
    while (i < n) {
      int start = i;
      while (i < n) {
        int c = lower.codePointAt(i);
        if (!isWordChar(c)) {
          break;
        }
        i += Character.charCount(c);
      }
      if (i > start) {
        Map<String, Double> weights = wordWeights.get(lower.substring(start, i));
        if (weights != null) {
          weights.forEach((language, weight) -> {
            if (languageScripts.get(language) == script) {
              scores.merge(language, weight, Double::sum);
            }
          });
        }
      }
      if (i < n) {
        i += Character.charCount(lower.codePointAt(i));
      }
    }
    return scores.entrySet().stream()
        .filter(e -> e.getValue() >= MIN_HITS)
        .max(Map.Entry.<String, Double>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey);
  }

  /** Whether {@code c} belongs to a word: a letter, a mark ({@code \\p{L}}, {@code \\p{M}}) or an apostrophe. */
  private static boolean isWordChar(int c) {
    if (c < 0x80) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '\'';
    }
    if (Character.isLetter(c)) {
      return true;
    }
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK;
  }

  private static UnicodeScript scriptOf(String word) {
    return UnicodeScript.of(word.codePointAt(0));
  }

  private static Map<UnicodeScript, String> loadScripts() {
    Map<UnicodeScript, String> out = new java.util.EnumMap<>(UnicodeScript.class);
    for (String[] cols : rows("scripts.tsv", 2)) {
      out.put(UnicodeScript.valueOf(cols[0]), cols[1]);
    }
    return out;
  }

  private static Map<String, List<String>> loadStopwords() {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (String[] cols : rows("stopwords.tsv", 2)) {
      out.put(cols[0], List.of(cols[1].trim().split("\\s+")));
    }
    return out;
  }

  private static List<String[]> rows(String resource, int columns) {
    InputStream in = LanguageDetector.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing resource " + LanguageDetector.class.getPackageName() + "/" + resource);
    }
    List<String[]> out = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t");
        if (cols.length != columns) {
          throw new IllegalStateException(
              resource + " line " + number + ": expected " + columns + " tab-separated columns, got " + cols.length);
        }
        out.add(cols);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    return out;
  }
}
