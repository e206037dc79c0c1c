package dev.dateline.extract.news;

import dev.dateline.model.Removed;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Headlines of other stories pasted into a body: a line labelled "READ MORE:", "Also Read |" and the like (data
 * file {@code related-prefixes.txt}), a Title Case line standing alone, or a Title Case run after the last sentence
 * of a paragraph that does not end with punctuation. Title Case is judged by {@link HeadlineShape#isTitleCase}, and
 * only in English bodies ({@link HeadlineShape#isEnglish}).
 */
final class RelatedHeadlines {
  /** Longest text after a label that is still one headline. */
  private static final int MAX_LABELLED_CHARS = 250;
  /** A label alone on its line takes the next line with it only if that looks like a headline, not a heading. */
  private static final int MIN_WORDS_AFTER_BARE_LABEL = 4;
  /** A sentence's end: a lower-case letter or closing mark, a terminator, space (not "1. " opening a heading). */
  private static final Pattern LAST_SENTENCE_END = Pattern.compile("(?<=[\\p{Ll}\"”’')])[.!?][\"”’')]?\\s+(?=\\S)");
  /** Words the text before an appended run must have to be a sentence. */
  private static final int MIN_SENTENCE_WORDS = 4;

  private final HeadlineShape shape;
  private final Pattern labelled;
  private final Pattern labelAfterSentence;
  private final Pattern bareLabel;

  private RelatedHeadlines(HeadlineShape shape, List<String> labels) {
    this.shape = shape;
    String alternatives = String.join("|", labels.stream().map(Pattern::quote).toList());
    String separator = "[ \\t]*(?:[:|>»]+|[-–—]+)[ \\t]*";
    int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    this.labelled = Pattern.compile("^[ \\t]*[(\\[]?(?:" + alternatives + ")" + separator + "\\S.*$", flags);
    this.labelAfterSentence = Pattern.compile("[ \\t]+(?:" + alternatives + ")" + separator + "\\S.*$", flags);
    this.bareLabel = Pattern.compile("^[ \\t]*(?:" + alternatives + ")[ \\t]*[:|>»]?[ \\t]*$", flags);
  }

  static RelatedHeadlines load(HeadlineShape shape) {
    return new RelatedHeadlines(shape, Resources.lines("related-prefixes.txt"));
  }

  /**
   * Cuts for the related headlines in the lines of {@code text}, skipping ranges already {@code taken}. Title Case
   * lines standing alone count only in bare text ({@code standalone}): in text from markup they are subheadings.
   */
  List<Cut> find(String text, List<Cut> taken, boolean standalone) {
    List<Cut> cuts = new ArrayList<>();
    List<int[]> lines = Lines.of(text);
    boolean titleCaseMeansHeadline = shape.isEnglish(text);
    for (int i = 0; i < lines.size(); i++) {
      int start = lines.get(i)[0];
      int end = lines.get(i)[1];
      if (isTaken(taken, cuts, start, end)) {
        continue;
      }
      String line = text.substring(start, end);
      if (line.isBlank()) {
        continue;
      }
      if (labelled.matcher(line).matches() && line.strip().length() <= MAX_LABELLED_CHARS) {
        cuts.add(Cut.line(text, start, end, Removed.Kind.RELATED_HEADLINE));
        continue;
      }
      if (bareLabel.matcher(line).matches()) {
        cuts.add(Cut.line(text, start, end, Removed.Kind.RELATED_HEADLINE));
        int next = nextContentLine(text, lines, i);
        if (next >= 0 && !isTaken(taken, cuts, lines.get(next)[0], lines.get(next)[1])) {
          String headline = text.substring(lines.get(next)[0], lines.get(next)[1]);
          String h = headline.strip();
          if (!HeadlineShape.endsLikeSentence(h) && h.length() <= MAX_LABELLED_CHARS
              && h.split("\\s+").length >= MIN_WORDS_AFTER_BARE_LABEL) {
            cuts.add(Cut.line(text, lines.get(next)[0], lines.get(next)[1], Removed.Kind.RELATED_HEADLINE));
          }
        }
        continue;
      }
      if (standalone && titleCaseMeansHeadline && shape.isTitleCase(line, HeadlineShape.MIN_STANDALONE_WORDS)) {
        cuts.add(Cut.line(text, start, end, Removed.Kind.RELATED_HEADLINE));
        continue;
      }
      int label = labelAfterSentence(line);
      if (label >= 0 && line.length() - label <= MAX_LABELLED_CHARS) {
        cuts.add(Cut.inline(text, start + label, end, Removed.Kind.RELATED_HEADLINE));
        continue;
      }
      if (!titleCaseMeansHeadline) {
        continue;
      }
      tail(line).ifPresent(tailStart -> cuts.add(Cut.inline(text, start + tailStart, end, Removed.Kind.RELATED_HEADLINE)));
    }
    return cuts;
  }

  /**
   * Where the first label after a sentence's end in {@code line} begins (the spaces before it), or -1. The sentence
   * end ({@code [.!?]} and maybe a closing quote or bracket) is checked by hand before the pattern is tried, there and
   * only there: a regex search with a look-behind at every position of every line cost more than all the rest.
   */
  private int labelAfterSentence(String line) {
    Matcher m = labelAfterSentence.matcher(line);
    for (int p = 1; p < line.length(); p++) {
      char c = line.charAt(p);
      if ((c == ' ' || c == '\t') && afterSentenceEnd(line, p) && m.region(p, line.length()).lookingAt()) {
        return p;
      }
    }
    return -1;
  }

  /** Whether {@code line} has {@code [.!?]}, then maybe one of {@code "”’')}, right before {@code p}. */
  private static boolean afterSentenceEnd(String line, int p) {
    char before = line.charAt(p - 1);
    if (before == '.' || before == '!' || before == '?') {
      return true;
    }
    if (p >= 2 && "\"”’')".indexOf(before) >= 0) {
      char end = line.charAt(p - 2);
      return end == '.' || end == '!' || end == '?';
    }
    return false;
  }

  /** Where a Title Case run after the last sentence of an unpunctuated paragraph begins. */
  private java.util.Optional<Integer> tail(String line) {
    String stripped = line.stripTrailing();
    if (HeadlineShape.endsSentence(stripped) || HeadlineShape.endsLikeSentence(stripped)) {
      return java.util.Optional.empty();
    }
    Matcher m = LAST_SENTENCE_END.matcher(stripped);
    int tailStart = -1;
    while (m.find()) {
      tailStart = m.end();
    }
    if (tailStart < 0 || stripped.substring(0, tailStart).strip().split("\\s+").length < MIN_SENTENCE_WORDS
        || !shape.isTitleCase(stripped.substring(tailStart), HeadlineShape.MIN_APPENDED_WORDS)) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(tailStart);
  }

  private static int nextContentLine(String text, List<int[]> lines, int i) {
    for (int j = i + 1; j < lines.size(); j++) {
      if (!text.substring(lines.get(j)[0], lines.get(j)[1]).isBlank()) {
        return j;
      }
    }
    return -1;
  }

  private static boolean isTaken(List<Cut> taken, List<Cut> cuts, int start, int end) {
    return taken.stream().anyMatch(c -> c.overlaps(start, end)) || cuts.stream().anyMatch(c -> c.overlaps(start, end));
  }
}
