package dev.dateline.extract.news;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a piece of text is shaped like a headline. Two tests: {@link #isTitleCase} for the related headlines
 * pasted into bodies (Title Case, which ordinary sentences never are), and {@link #isStandaloneTitle} for the
 * headline line of a bare text (short, unpunctuated, not speech, one sentence at most).
 */
final class HeadlineShape {
  /** Fewest words for a Title Case line standing alone: section subheadings are shorter. */
  static final int MIN_STANDALONE_WORDS = 6;
  /** Fewest words for a Title Case run appended to a paragraph. */
  static final int MIN_APPENDED_WORDS = 5;
  static final int MAX_TITLE_CASE_WORDS = 25;
  static final int MIN_CAPITALISED_CONTENT_WORDS = 3;
  /** Below this many words a Title Case run needs a function word, or it may be just a name ("Prime Minister Jane Doe"). */
  static final int NAME_LIKE_BELOW_WORDS = 6;
  static final int MIN_TITLE_WORDS = 3;
  static final int MAX_TITLE_WORDS = 20;
  static final int MAX_TITLE_CHARS = 160;

  private static final String OPENING_QUOTES = "\"“„«‹'‘‚";
  private static final String TRAILING_CLOSERS = "\"”»›'’)]";
  private static final Pattern TWO_SENTENCES = Pattern.compile("\\p{Ll}{2,}[.!?][\"”’']?\\s+[\"“‘]?\\p{Lu}");
  private static final Pattern WORD_EDGE = Pattern.compile("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$");

  private final Set<String> functionWords;

  HeadlineShape(Set<String> functionWords) {
    this.functionWords = Set.copyOf(functionWords);
  }

  static HeadlineShape load() {
    Set<String> words = new HashSet<>();
    for (String line : Resources.lines("function-words.txt")) {
      words.addAll(List.of(line.toLowerCase(Locale.ROOT).split("\\s+")));
    }
    return new HeadlineShape(words);
  }

  /**
   * Title Case: at least {@value #MIN_CAPITALISED_CONTENT_WORDS} content words and at most one in ten of them in
   * lower case, function words free to be either, no final period, comma, colon or semicolon, no semicolon,
   * bracket or more than two commas inside (line-ups, results, award lists), not all capitals, opening with a letter
   * (not a quote mark, a list dash or a number).
   */
  boolean isTitleCase(String candidate, int minWords) {
    String s = candidate.strip();
    if (s.isEmpty() || !Character.isLetter(s.charAt(0)) || s.contains("http") || s.contains("www.") || s.indexOf('(') >= 0) {
      return false;
    }
    if (endsLikeSentence(s) || s.indexOf(';') >= 0 || count(s, ',') > 2 || s.equals(s.toUpperCase(Locale.ROOT))) {
      return false;
    }
    String[] tokens = s.split("\\s+");
    if (tokens.length < minWords || tokens.length > MAX_TITLE_CASE_WORDS) {
      return false;
    }
    int capitalised = 0;
    int lower = 0;
    int function = 0;
    for (String token : tokens) {
      String word = WORD_EDGE.matcher(token).replaceAll("");
      if (word.isEmpty() || !Character.isLetter(word.charAt(0))) {
        continue;
      }
      if (functionWords.contains(word.toLowerCase(Locale.ROOT))) {
        function++;
      } else if (Character.isUpperCase(word.charAt(0))) {
        capitalised++;
      } else {
        lower++;
      }
    }
    if (capitalised < MIN_CAPITALISED_CONTENT_WORDS || lower * 10 > capitalised + lower) {
      return false;
    }
    return function > 0 || tokens.length >= NAME_LIKE_BELOW_WORDS;
  }

  /**
   * A line that can be a bare text's headline: {@value #MIN_TITLE_WORDS} to {@value #MAX_TITLE_WORDS} words, at most
   * {@value #MAX_TITLE_CHARS} characters, opening like a title (see {@link #opensLikeTitle}; not "By "), no
   * final period, comma, colon or semicolon, and not two sentences.
   */
  boolean isStandaloneTitle(String line) {
    String s = line.strip();
    if (s.isEmpty() || s.length() > MAX_TITLE_CHARS) {
      return false;
    }
    if (!opensLikeTitle(s) || s.startsWith("By ")) {
      return false;
    }
    int words = s.split("\\s+").length;
    if (words < MIN_TITLE_WORDS || words > MAX_TITLE_WORDS) {
      return false;
    }
    // A trailing ellipsis marks a teaser headline, not a sentence.
    String end = s.endsWith("...") ? s.substring(0, s.length() - 3) : s.endsWith("…") ? s.substring(0, s.length() - 1) : s;
    return !end.isEmpty() && !endsLikeSentence(end) && !TWO_SENTENCES.matcher(s).find();
  }

  /**
   * Opens with a capital, a digit, a currency sign or a brand like "iTunes"; or with a quote mark before a capital when the quote closes
   * within the line ("'Strong dollar' call halts slide"), which speech running into the next line does not.
   */
  private static boolean opensLikeTitle(String s) {
    char first = s.charAt(0);
    if (Character.isUpperCase(first) || Character.isDigit(first) || Character.getType(first) == Character.CURRENCY_SYMBOL) {
      return true;
    }
    if (Character.isLowerCase(first) && s.length() > 1 && Character.isUpperCase(s.charAt(1))) {
      return true; // iTunes, eBay
    }
    if (OPENING_QUOTES.indexOf(first) < 0 || s.length() < 2 || !Character.isUpperCase(s.charAt(1))) {
      return false;
    }
    String closers = first == '"' ? "\"" : first == '\'' ? "'" : "\"”'’»›";
    for (int i = 2; i < s.length(); i++) {
      if (closers.indexOf(s.charAt(i)) >= 0 && (i + 1 == s.length() || !Character.isLetter(s.charAt(i + 1)))) {
        return true;
      }
    }
    return false;
  }

  /** Ends with sentence or clause punctuation, looking through closing quotes and brackets. */
  static boolean endsLikeSentence(String s) {
    int i = s.length() - 1;
    while (i >= 0 && TRAILING_CLOSERS.indexOf(s.charAt(i)) >= 0) {
      i--;
    }
    return i >= 0 && ".,;:".indexOf(s.charAt(i)) >= 0;
  }

  /** Ends with a sentence terminator, looking through closing quotes and brackets. */
  static boolean endsSentence(String s) {
    int i = s.length() - 1;
    while (i >= 0 && TRAILING_CLOSERS.indexOf(s.charAt(i)) >= 0) {
      i--;
    }
    return i >= 0 && ".!?…".indexOf(s.charAt(i)) >= 0;
  }

  private static int count(String s, char c) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      n += s.charAt(i) == c ? 1 : 0;
    }
    return n;
  }
}
