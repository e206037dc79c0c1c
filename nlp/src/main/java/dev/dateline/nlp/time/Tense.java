package dev.dateline.nlp.time;

import java.util.Set;

/**
 * Which way a clause points from the reference date, read from its verbs: past (a past-tense verb, a present perfect),
 * future ("will", "'ll", "shall", "going to", a progressive or plain present: "talks begin Tuesday") or unknown. The
 * verb nearest before the expression in its sentence decides, else the nearest after it; modals other than "will"
 * and reporting verbs in the present ("says") are passed over, so "said Tuesday he would discuss" is past.
 */
final class Tense {
  static final int PAST = -1;
  static final int UNKNOWN = 0;
  static final int FUTURE = 1;
  /**
   * Ahead from a plain present or an infinitive alone ("talks begin Tuesday", "to make the November trip"): enough
   * to send a weekday or a date forward, too weak to send a month the better part of a year ahead when the same
   * month just past is nearer ("its holdings, worth $130 million in October, are worth half that now").
   */
  static final int PRESENT = 2;
  /** The nearest such date either way, whatever the verbs say: "extended the loans through January". */
  static final int NEAREST = 3;

  private static final Set<String> FUTURE_WORDS = Set.of("will", "'ll", "shall", "wo", "tomorrow");
  private static final Set<String> PERFECT = Set.of("has", "have", "had", "'ve", "'s");
  private static final Set<String> PASSIVE = Set.of("be", "been", "being", "is", "are", "am", "'re", "'m", "was",
      "were", "get", "gets", "got", "gotten", "will", "would", "to");
  private static final Set<String> REPORTING = Set.of("says", "say", "tells", "tell", "reports", "report", "claims",
      "claim", "insists", "notes", "adds", "warns", "announces", "confirms", "according", "told", "is", "are", "am",
      "'re", "'m", "be");

  private Tense() {}

  /** The direction of the clause around words {@code [from, to)}. */
  static int of(Words w, Lexicon lex, int from, int to) {
    int cue = cue(w, lex, from);
    if (cue != UNKNOWN) {
      return cue;
    }
    if (w.is(to, "'s") && w.is(to - 1, "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")) {
      // "Wednesday's ruling": a named day's event is one already reported
      return PAST;
    }
    int s = w.sentence[from];
    int lo = w.sentenceFrom.length == 0 ? 0 : w.sentenceFrom[s];
    int hi = w.sentenceFrom.length == 0 ? w.size : w.sentenceTo[s];
    for (int j = from - 1; j >= lo; j--) {
      int d = evidence(w, lex, j, true);
      if (d != UNKNOWN) {
        return d;
      }
    }
    for (int j = to; j < hi; j++) {
      if (w.tag(j - 1).equals("WDT") || w.tag(j - 1).equals("WP")) {
        // "On Sunday, the countries -- those which use the euro -- had agreed": a relative clause's verb does not
        // tell the tense of the clause the date is in
        continue;
      }
      int d = evidence(w, lex, j, false);
      if (d != UNKNOWN) {
        return d;
      }
    }
    return UNKNOWN;
  }

  /**
   * A word just before the expression (a preposition may come between) that fixes its direction whatever the verbs
   * say: "since Jan. 13" is past; "payable Dec. 15", "effective Feb. 1", "due Monday" lie ahead.
   */
  private static int cue(Words w, Lexicon lex, int from) {
    int j = from - 1;
    if (w.is(j, "as") && w.is(j - 1, "soon") && w.is(j - 2, "as") && w.sameSentence(j - 2, from)) {
      // "as soon as Tuesday": the earliest day something may happen
      return FUTURE;
    }
    if (w.is(j, "until", "till")) {
      // "postponed until Tuesday", "has given the relatives until 9 a.m. Tuesday": a limit set lies ahead
      for (int k = j - 1; k >= Math.max(0, j - 5) && w.sameSentence(k, from); k--) {
        if ("deadline".equals(lex.value(w.w(k), Lexicon.Kind.CUE))) {
          return FUTURE;
        }
      }
    }
    if (w.is(j, "until", "till", "through") && lex.is(w.w(from), Lexicon.Kind.MONTH) && Recogniser.dayValue(w.w(from + 1)) < 0
        && Recogniser.year(w, from + 1) < 0) {
      // "extended the loans through January", "until March": the end of a stretch that runs to the nearest such
      // month, whichever the clause's verb ("has extended") would point to
      return NEAREST;
    }
    String cue = lex.value(w.w(j), Lexicon.Kind.CUE);
    if (cue == null && w.is(j, "on", "by", "in", "at", "from", "for", "of") && w.sameSentence(j - 1, from)) {
      cue = lex.value(w.w(j - 1), Lexicon.Kind.CUE);
    }
    if (cue == null || cue.equals("deadline") || !w.sameSentence(j, from)) {
      return UNKNOWN;
    }
    return cue.equals("past") ? PAST : FUTURE;
  }

  /** What word {@code j} says of the clause's direction; {@code before}: it comes before the expression. */
  private static int evidence(Words w, Lexicon lex, int j, boolean before) {
    String x = w.w(j);
    String tag = w.tag(j);
    if (before && (tag.equals("VBD") || tag.equals("VBN")) && "future".equals(lex.value(x, Lexicon.Kind.CUE))
        && !w.is(j + 1, "to")) {
      // "has scheduled a news conference Thursday": what was scheduled lies ahead
      return FUTURE;
    }
    if (FUTURE_WORDS.contains(x) && (tag.equals("MD") || !x.equals("tomorrow"))) {
      return x.equals("tomorrow") ? UNKNOWN : FUTURE;
    }
    if (x.equals("would") && w.tag(j + 1).equals("VB") && w.tag(j + 2).equals("VBG")) {
      // "would be traveling Thursday": the future of a report
      return FUTURE;
    }
    if (x.equals("would") && w.tag(j + 1).equals("RB") && w.tag(j + 2).equals("VB") && !w.is(j + 2, "have")) {
      // "would still be held on April 24"
      return FUTURE;
    }
    if (x.equals("would") && w.tag(j + 1).equals("VB") && !w.is(j + 1, "have")) {
      // "said it would leave on Monday": reported speech looks ahead of the saying
      return FUTURE;
    }
    if (x.equals("going") && w.is(j + 1, "to") && w.tag(j + 2).equals("VB")) {
      return FUTURE;
    }
    if (tag.equals("VB") && w.is(j - 1, "to")) {
      // "planned to leave on Thursday", "set to resume Monday": an infinitive points forward, unless what it
      // hangs on is a past perfect ("had been due to expire Friday": the plan was overtaken)
      for (int k = j - 2; k >= Math.max(0, j - 5) && w.sentence[k] == w.sentence[j]; k--) {
        if (w.is(k, "had", "'d") && w.tag(k + 1).startsWith("VB")) {
          return PAST;
        }
      }
      return PRESENT;
    }
    if (tag.equals("VBD")) {
      return PAST;
    }
    if (tag.equals("VBN")) {
      // a present perfect is past; a participle after a form of "be" or "get" is passive (its auxiliary decides);
      // a participle with no auxiliary at all is a past tense the tagger took for one
      for (int k = j - 1; k >= Math.max(0, j - 3) && w.sentence[k] == w.sentence[j]; k--) {
        if (PERFECT.contains(w.w(k))) {
          return PAST;
        }
        if (PASSIVE.contains(w.w(k))) {
          return UNKNOWN;
        }
      }
      return PAST;
    }
    if ((tag.equals("VBZ") || tag.equals("VBP")) && !REPORTING.contains(x) && !PERFECT.contains(x)) {
      return PRESENT;
    }
    if ((x.equals("is") || x.equals("are") || x.equals("'re")) && w.tag(j + 1).equals("VBG")) {
      return FUTURE;
    }
    return UNKNOWN;
  }
}
