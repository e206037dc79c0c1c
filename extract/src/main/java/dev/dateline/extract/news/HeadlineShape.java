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
  /** One word in this many must be a frequent English word for Title Case to mean anything. */
  static final int ENGLISH_MARKER_RATE = 12;
  static final int MIN_TITLE_WORDS = 3;
  static final int MAX_TITLE_WORDS = 20;
  static final int MAX_TITLE_CHARS = 160;

  private static final String OPENING_QUOTES = "\"“„«‹'‘‚";
  private static final String TRAILING_CLOSERS = "\"”»›'’)]";
  private static final Pattern TWO_SENTENCES = Pattern.compile("\\p{Ll}{2,}[.!?][\"”’']?\\s+[\"“‘]?\\p{Lu}");
  /** A quote followed by its speaker is speech, not a headline. */
  private static final Pattern SPEECH_AFTER_QUOTE = Pattern.compile(
      "[\\s,]*(?:said|says|told|added|asked|warned|insisted|wrote|declared)\\b", Pattern.CASE_INSENSITIVE);
  /** A full stop, question or exclamation mark followed by a space inside the candidate: two sentences. */
  private static final Pattern INNER_SENTENCE_END = Pattern.compile("[.!?][\"”’')]?\\s+\\S");
  private static final Pattern WORD_EDGE = Pattern.compile("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$");

  private final Set<String> functionWords;
  private final Set<String> englishMarkers;
  private final Pattern captionLabel;

  HeadlineShape(Set<String> functionWords, Set<String> englishMarkers, List<String> captionLabels) {
    this.functionWords = Set.copyOf(functionWords);
    this.englishMarkers = Set.copyOf(englishMarkers);
    this.captionLabel = Pattern.compile("^(?:" + String.join("|", captionLabels.stream().map(Pattern::quote).toList())
        + ")\\s*:", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  static HeadlineShape load() {
    return new HeadlineShape(words("function-words.txt"), words("english-markers.txt"), Resources.lines("caption-labels.txt"));
  }

  private static Set<String> words(String resource) {
    Set<String> words = new HashSet<>();
    for (String line : Resources.lines(resource)) {
      words.addAll(List.of(line.toLowerCase(Locale.ROOT).split("\\s+")));
    }
    return words;
  }

  /** Whether at least one word in {@value #ENGLISH_MARKER_RATE} of {@code text} is a frequent English word. */
  boolean isEnglish(String text) {
    int words = 0;
    int markers = 0;
    // the words are the runs of letters and apostrophes (split by hand: a regex split of every body cost more than
    // the lookups)
    String lower = text.toLowerCase(Locale.ROOT);
    int n = lower.length();
    int i = 0;
    while (i < n) {
      int start = i;
      while (i < n) {
        int c = lower.codePointAt(i);
        if (!(c < 0x80 ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '\'' : Character.isLetter(c))) {
          break;
        }
        i += Character.charCount(c);
      }
      if (i > start) {
        words++;
        markers += englishMarkers.contains(lower.substring(start, i)) ? 1 : 0;
      }
      if (i < n) {
        i += Character.charCount(lower.codePointAt(i));
      }
    }
    return words > 0 && markers * ENGLISH_MARKER_RATE >= words;
  }

  /**
   * Title Case: {@code minWords} to {@value #MAX_TITLE_CASE_WORDS} words; at least
   * {@value #MIN_CAPITALISED_CONTENT_WORDS} capitalised content words and at most one in ten content words in lower
   * case; at least one function word after the first word in lower case ("to", "with": runs of capitals without one
   * are names, addresses, listings); one sentence (no ". " inside); no final period, comma, colon or semicolon; no
   * semicolon, bracket or more than two commas inside (line-ups, results, award lists); not all capitals; opening
   * with a letter (not a quote mark, a list dash or a number); not a caption or credit ("Photo:", "©"; data file
   * {@code caption-labels.txt}).
   */
  boolean isTitleCase(String candidate, int minWords) {
    String s = trim(candidate);
    if (s.isEmpty() || !Character.isLetter(s.charAt(0)) || s.contains("http") || s.contains("www.") || s.indexOf('(') >= 0
        || s.indexOf('©') >= 0 || captionLabel.matcher(s).find()) {
      return false;
    }
    if (endsLikeSentence(s) || s.indexOf(';') >= 0 || count(s, ',') > 2 || s.equals(s.toUpperCase(Locale.ROOT))
        || INNER_SENTENCE_END.matcher(s).find()) {
      return false;
    }
    String[] tokens = s.split("\\s+");
    if (tokens.length < minWords || tokens.length > MAX_TITLE_CASE_WORDS) {
      return false;
    }
    int capitalised = 0;
    int lower = 0;
    int lowerFunction = 0;
    for (int i = 0; i < tokens.length; i++) {
      String word = WORD_EDGE.matcher(tokens[i]).replaceAll("");
      if (word.isEmpty() || !Character.isLetter(word.charAt(0))) {
        continue;
      }
      if (functionWords.contains(word.toLowerCase(Locale.ROOT))) {
        lowerFunction += i > 0 && Character.isLowerCase(word.charAt(0)) ? 1 : 0;
      } else if (Character.isUpperCase(word.charAt(0))) {
        capitalised++;
      } else {
        lower++;
      }
    }
    if (capitalised < MIN_CAPITALISED_CONTENT_WORDS || lower * 10 > capitalised + lower) {
      return false;
    }
    // A lower-case "of", "to", "with" marks the headline style; runs of capitals without one are names, addresses,
    // product listings.
    return lowerFunction > 0;
  }

  /**
   * A line that can be a bare text's headline: {@value #MIN_TITLE_WORDS} to {@value #MAX_TITLE_WORDS} words, at most
   * {@value #MAX_TITLE_CHARS} characters, opening like a title (see {@link #opensLikeTitle}; not "By "), no
   * final period, comma, colon or semicolon, and not two sentences.
   */
  boolean isStandaloneTitle(String line) {
    String s = trim(line);
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
   * within the line ("'Strong dollar' call halts slide") and is not followed by its speaker ("said the minister").
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
        return s.charAt(i - 1) != ',' && !SPEECH_AFTER_QUOTE.matcher(s.substring(i + 1)).lookingAt();
      }
    }
    return false;
  }

  /** {@code s} without leading and trailing white space, no-break spaces included. */
  static String trim(String s) {
    int b = 0;
    int e = s.length();
    while (b < e && isSpace(s.charAt(b))) {
      b++;
    }
    while (e > b && isSpace(s.charAt(e - 1))) {
      e--;
    }
    return s.substring(b, e);
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /** Ends with sentence or clause punctuation, looking through closing quotes and brackets. */
  static boolean endsLikeSentence(String text) {
    String s = trim(text);
    int i = s.length() - 1;
    while (i >= 0 && TRAILING_CLOSERS.indexOf(s.charAt(i)) >= 0) {
      i--;
    }
    return i >= 0 && ".,;:".indexOf(s.charAt(i)) >= 0;
  }

  /** Ends with a sentence terminator, looking through closing quotes and brackets. */
  static boolean endsSentence(String text) {
    String s = trim(text);
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
