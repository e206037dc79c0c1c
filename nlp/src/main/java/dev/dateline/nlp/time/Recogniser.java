package dev.dateline.nlp.time;

import dev.dateline.model.Times.Type;
import dev.dateline.nlp.time.Lexicon.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds time expressions in the words of a document, longest match first, left to right: a hand-written grammar
 * over the {@link Lexicon}'s word classes. Each expression keeps what it means ({@link Sem}); the {@link Normaliser}
 * resolves it. An expression starts and ends on token boundaries and never crosses a sentence.
 */
final class Recogniser {
  record Found(int from, int to, Sem sem) {}

  private static final int VAGUE = -1;
  private static final Set<String> REL_BACK = Set.of("last", "past", "previous", "preceding");
  private static final Set<String> REL_FORWARD = Set.of("next", "coming", "following", "upcoming");
  private static final Set<String> REL_THIS = Set.of("this", "current");
  private static final Set<String> DATE_MODIFIERS = Set.of("early", "late", "mid", "earlier", "later", "middle");
  private static final Set<String> SPAN_EDGES = Set.of("end", "beginning", "start", "middle");
  private static final Set<String> VAGUE_NUMBERS = Set.of("several", "few", "many", "some", "couple");
  private static final Set<String> APPROX = Set.of("about", "almost", "nearly", "roughly", "approximately", "around");
  private static final Set<String> BEFORE_YEAR = Set.of("in", "since", "by", "of", "until", "till", "from", "before",
      "after", "during", "through", "to", "and", "or", "fiscal", "early", "late", "mid", "between", "around", "for",
      "year", "calendar", "summer", "spring", "fall", "autumn", "winter", "'s", ",");
  private static final Set<String> SET_BEFORE = Set.of("once", "twice", "thrice", "times", "%", "percent");

  private static final java.util.Map<String, String> DECADE_WORDS = java.util.Map.of("twenties", "192", "thirties", "193",
      "forties", "194", "fifties", "195", "sixties", "196", "seventies", "197", "eighties", "198", "nineties", "199");

  /** Words other than the lexicon's that may open an expression. */
  private static final Set<String> OPENERS = Set.of("the", "this", "last", "next", "past", "previous", "preceding",
      "coming", "following", "upcoming", "current", "recent", "every", "each", "early", "late", "mid", "earlier",
      "later", "middle", "more", "less", "up", "at", "about", "almost", "nearly", "roughly", "approximately", "around",
      "a", "an", "fiscal", "several", "few", "many", "some", "couple", "per", "noon", "midnight", "midday", "year",
      "years", "that", "half", "these");

  private final Lexicon lex;
  private final Set<String> starts;

  Recogniser(Lexicon lex) {
    this.lex = lex;
    Set<String> s = new java.util.HashSet<>(OPENERS);
    s.addAll(lex.words());
    s.addAll(lex.holidayFirstWords());
    this.starts = Set.copyOf(s);
  }

  /** Whether an expression may start at word {@code i}: a cheap test that skips most words of a text. */
  private boolean mayStart(Words w, int i) {
    String x = w.lower[i];
    return !x.isEmpty() && (Character.isDigit(x.charAt(0)) || starts.contains(x) || x.length() >= 7 && x.endsWith("days"));
  }

  List<Found> find(Words w) {
    List<Found> out = new ArrayList<>();
    int i = 0;
    while (i < w.size) {
      if (!mayStart(w, i)) {
        i++;
        continue;
      }
      Found f = longest(w, i);
      if (f != null && w.tokenStart[f.from()] && w.tokenEnd[f.to() - 1] && w.sameSentence(f.from(), f.to() - 1)) {
        if (w.is(f.from(), "the") && f.to() - f.from() > 2 && w.token[f.from() + 1] == w.token[f.to() - 1]) {
          // "the eight-year war": the article goes with the noun, not with the compound that modifies it
          f = new Found(f.from() + 1, f.to(), f.sem());
        }
        if (title(w, f)) {
          i = f.to();
          continue;
        }
        out.add(f);
        i = f.to();
        Found second = secondDay(w, f);
        if (second != null) {
          out.add(second);
          i = second.to();
        }
      } else {
        i++;
      }
    }
    return out;
  }

  /** "April 24 and 25", "March 5 or 6": the second day of the month just named, when the first came without a time. */
  private static Found secondDay(Words w, Found f) {
    if (!(f.sem() instanceof Sem.Date d) || d.day() < 0 || !d.time().isEmpty()) {
      return null;
    }
    int k = f.to() + 1;
    if (!w.is(f.to(), "and", "or", "to", "through") || !w.sameSentence(f.from(), k) || !allDigits(w.w(k)) || !isDay(w, k)
        || !w.tokenStart[k] || !w.tokenEnd[k] || w.tag(k + 1).startsWith("NN") || w.is(k + 1, "%", "percent")
        || year(w, k + 1) >= 0 || w.is(k + 1, ",") && year(w, k + 2) >= 0) {
      // "April 24 and 25 delegates", "5 and 6 percent"; with a year after it, the pair is a range of its own
      return null;
    }
    return new Found(k, k + 1, new Sem.Date(d.year(), d.month(), dayValue(w.w(k)), "", d.rel()));
  }

  /**
   * Whether {@code f} is a title rather than a time: a relative date or a duration whose unit is capitalised inside a
   * sentence written in lower case ("on ABC's \"This Week\"", "CBS's \"60 Minutes\""). Holidays ("Labor Day") and
   * headlines in title case are left alone.
   */
  private boolean title(Words w, Found f) {
    if (!(f.sem() instanceof Sem.Shift || f.sem() instanceof Sem.Fixed x && x.type() != Type.DATE)) {
      return false;
    }
    int first = w.sentenceFrom.length == 0 ? 0 : w.sentenceFrom[w.sentence[f.from()]];
    int at = f.from();
    while (at > first && !Character.isLetterOrDigit(w.lower[at - 1].charAt(0))) {
      at--;
    }
    boolean named = f.to() - f.from() == 1 && lex.value(w.w(f.from()), Kind.DEICTIC) != null && f.from() > first
        && w.capitalised(f.from() - 1);
    if (at == first || !w.capitalised(f.to() - 1) || !lex.is(w.w(f.to() - 1), Kind.UNIT) && !named) {
      // a unit ("This Week") or a deictic after a name ("USA Today", "VOA Today") may be part of a title
      return false;
    }
    int lower = 0;
    int last = w.sentenceFrom.length == 0 ? w.size : w.sentenceTo[w.sentence[f.from()]];
    for (int k = first; k < last && lower < 3; k++) {
      if (Character.isLowerCase(w.text.charAt(w.begin[k]))) {
        lower++;
      }
    }
    return lower >= 3;
  }

  private Found longest(Words w, int i) {
    Found best = longer(anchored(w, i), longer(modified(w, i), core(w, i)));
    return longer(longer(best, duration(w, i)), set(w, i));
  }

  private static Found longer(Found a, Found b) {
    return a == null ? b : b == null || a.to() >= b.to() ? a : b;
  }

  // ---- dates relative to the time named before: "that day", "the next morning", "later that year"

  private static final Set<String> ANCHORED_UNITS = Set.of("D", "W", "M", "Y", "Q");

  private Found anchored(Words w, int i) {
    Found around = around(w, i);
    if (around != null) {
      return around;
    }
    int j = w.is(i, "earlier", "later") && w.is(i + 1, "that") ? i + 1 : i;
    int amount;
    if (w.is(j, "that")) {
      amount = 0;
      j += w.is(j + 1, "same") ? 2 : 1;
    } else if (w.is(j, "the") && w.is(j + 1, "next", "following", "previous", "preceding", "same")) {
      amount = w.is(j + 1, "next", "following") ? 1 : w.is(j + 1, "same") ? 0 : -1;
      j += 2;
    } else if (ofTheNarrative(w, j)) {
      return new Found(j, j + 2, new Sem.Anchored(w.is(j + 1, "day") ? "D" : "W", 0, ""));
    } else if (nthDay(w, j)) {
      // "today is the eighth day of Desert Shield", "it's the second day of an offensive": the day the narrative is at
      return new Found(j, j + 3, new Sem.Anchored("D", 0, ""));
    } else {
      return null;
    }
    String x = w.w(j);
    if (lex.is(x, Kind.WEEKDAY) && w.capitalised(j) && w.sameSentence(i, j) && w.tokenEnd[j]
        && w.is(j - 1, "previous", "preceding", "following")) {
      // "the previous Friday": counted from the day the narrative is at, not from the day of writing
      String part = lex.value(w.w(j + 1), Kind.PART);
      boolean withPart = part != null && !w.w(j + 1).endsWith("s") && !w.is(j + 1, "overnight") && w.sameSentence(j, j + 1);
      return new Found(i, withPart ? j + 2 : j + 1,
          new Sem.AnchoredWeekday(Integer.parseInt(lex.value(x, Kind.WEEKDAY)), amount, withPart ? part : ""));
    }
    if (!w.sameSentence(i, j) || w.capitalised(j) || !w.tokenEnd[j] || x.endsWith("s")) {
      return null;
    }
    String part = lex.value(x, Kind.PART);
    if (part != null && !x.equals("overnight")) {
      return new Found(i, j + 1, new Sem.Anchored("D", amount, part));
    }
    String unit = lex.value(x, Kind.UNIT);
    if (unit == null || !ANCHORED_UNITS.contains(unit) || w.is(j + 1, "'s") && amount != 0
        || w.is(j - 1, "same") && w.is(j + 1, "a", "last", "of", "as")) {
      // "the same month a year ago", "the same period last year": a date of its own, not the one named before
      return null;
    }
    if (w.is(j - 1, "next") && !unit.equals("D")) {
      // "over the next year" is a span ahead of the reference: left to durations
      return null;
    }
    return new Found(i, j + 1, new Sem.Anchored(unit, amount, ""));
  }

  /**
   * "the second day", "the eighth day" of something that goes on; "the first day" is left out, as it is as often a
   * day still to come ("on his first day in office").
   */
  private boolean nthDay(Words w, int j) {
    if (!w.is(j, "the") || !w.is(j + 2, "day") || !w.tokenEnd[j + 2] || !w.sameSentence(j, j + 2) || w.capitalised(j + 2)) {
      return false;
    }
    String ord = lex.value(w.w(j + 1), Kind.ORDINAL);
    return ord != null && Integer.parseInt(ord) >= 2 && w.tokenStart[j + 1] && w.tokenEnd[j + 1];
  }

  private static final Set<String> DAY_FRAMES = Set.of("end", "ends", "ended", "ending", "finish", "finished",
      "finishing", "close", "closed", "closing", "start", "started", "for");

  /**
   * "the day" or "the week" alone names the day or week the narrative is at only in a few frames: "to end the
   * day", "for the day", "later in the day", "for the week", "the week's most active session"; elsewhere ("the day
   * belonged to", "the week was hard") it is too often a generic noun.
   */
  private static boolean ofTheNarrative(Words w, int j) {
    if (!w.is(j, "the") || !w.is(j + 1, "day", "week") || !w.tokenEnd[j + 1] || !w.sameSentence(j - 1, j + 1)
        || w.is(j + 2, "before", "after", "of", "when", "that", "in", "on") || w.capitalised(j + 1)) {
      return false;
    }
    if (w.is(j + 1, "week")) {
      return w.is(j - 1, "for") || w.is(j + 2, "'s");
    }
    return DAY_FRAMES.contains(w.w(j - 1)) || w.is(j - 1, "in") && w.is(j - 2, "late", "later", "earlier", "early");
  }

  /**
   * "the day before", "the week after" (against the time named before), "the day before Christmas" (against the date
   * that follows), "the day after tomorrow"; "the night before" is the evening of the day before.
   */
  private Found around(Words w, int i) {
    if (!w.is(i, "the") || !w.is(i + 2, "before", "after") || !w.sameSentence(i, i + 2) || !w.tokenEnd[i + 1]) {
      return null;
    }
    String x = w.w(i + 1);
    String part = x.equals("night") || x.equals("evening") ? lex.value(x, Kind.PART) : null;
    String unit = part != null ? "D" : lex.value(x, Kind.UNIT);
    if (unit == null || !ANCHORED_UNITS.contains(unit) || unit.equals("Q") || x.endsWith("s")) {
      return null;
    }
    int amount = w.is(i + 2, "before") ? -1 : 1;
    int k = i + 3;
    if (unit.equals("D") && part == null && w.is(k, "yesterday", "tomorrow") && w.sameSentence(i, k)) {
      return new Found(i, k + 1, new Sem.Shift("D", (w.is(k, "yesterday") ? -1 : 1) + amount, ""));
    }
    Found base = w.sameSentence(i, k) ? core(w, k) : null;
    if (base != null && (base.sem() instanceof Sem.Date d && d.day() > 0 || base.sem() instanceof Sem.Weekday
        || base.sem() instanceof Sem.NthWeekday || base.sem() instanceof Sem.Easter) && part == null) {
      return new Found(i, base.to(), new Sem.Offset(base.sem(), unit, amount));
    }
    String next = w.w(k);
    boolean alone = !w.sameSentence(i, k) || next.isEmpty() || !Character.isLetterOrDigit(next.charAt(0))
        || w.tag(k).startsWith("VB") && !w.tag(k).equals("VBG") || w.tag(k).equals("MD") || w.tag(k).equals("CC");
    // "the day after the raid", "the day before he left" count from an event, whose date the text may not give
    return alone ? new Found(i, i + 3, new Sem.Anchored(unit, amount, part == null ? "" : part)) : null;
  }

  // ---- modifiers around a date: "early next year", "mid-November", "the end of 1990", "later this week"

  private Found modified(Words w, int i) {
    String x = w.w(i);
    int start = i;
    int at;
    if (x.equals("mid") && lex.value(w.w(i + 1), Kind.PART) != null && w.tokenEnd[i + 1] && w.sameSentence(i, i + 1)
        && !w.w(i + 1).endsWith("s") && !w.is(i + 1, "night", "overnight")) {
      // "by mid afternoon", "at mid-afternoon yesterday": that part of the day named (else the day of the narrative)
      String part = lex.value(w.w(i + 1), Kind.PART);
      String deictic = lex.value(w.w(i + 2), Kind.DEICTIC);
      if (w.sameSentence(i, i + 2) && deictic != null && Set.of("today", "yesterday", "tomorrow").contains(deictic)) {
        return new Found(i, i + 3, new Sem.Shift("D", deictic.equals("yesterday") ? -1 : deictic.equals("tomorrow") ? 1 : 0, part));
      }
      return new Found(i, i + 2, new Sem.Anchored("D", 0, part));
    }
    if (DATE_MODIFIERS.contains(x)) {
      at = i + 1;
    } else if (x.equals("the") && SPAN_EDGES.contains(w.w(i + 1)) && w.is(i + 2, "of")) {
      at = i + 3;
      if (w.is(at, "the") && lex.is(w.w(at + 1), Kind.UNIT)) {
        // "the end of the year": the reference's year
        String unit = lex.value(w.w(at + 1), Kind.UNIT);
        if (Set.of("Y", "M", "W", "Q").contains(unit)) {
          return new Found(start, at + 2, new Sem.Shift(unit, 0, ""));
        }
        return null;
      }
    } else {
      return null;
    }
    Found core = core(w, at);
    if (core == null || core.sem() instanceof Sem.Fixed f && f.type() != Type.DATE) {
      return null;
    }
    if (core.sem() instanceof Sem.Weekday && (x.equals("earlier") || x.equals("later"))) {
      // "earlier Friday": the day is the expression, "earlier" places an event within it
      return null;
    }
    if (core.sem() instanceof Sem.Fixed f && f.value().endsWith("_REF")) {
      return null;
    }
    return new Found(start, core.to(), core.sem());
  }

  // ---- dates and times

  private Found core(Words w, int i) {
    String x = w.w(i);
    Found f;
    if ((f = clock(w, i)) != null) {
      return f;
    }
    String deictic = lex.value(x, Kind.DEICTIC);
    if (deictic != null) {
      return deictic(w, i, deictic);
    }
    if (lex.is(x, Kind.WEEKDAY) && w.capitalised(i)) {
      return weekday(w, i, i, 0);
    }
    if (x.length() >= 7 && x.endsWith("days") && lex.is(x.substring(0, x.length() - 1), Kind.WEEKDAY) && w.capitalised(i)) {
      // "on Mondays": every Monday
      return new Found(i, i + 1, new Sem.Fixed(Type.SET, "XXXX-WXX-" + lex.value(x.substring(0, x.length() - 1), Kind.WEEKDAY)));
    }
    if ((f = century(w, i)) != null) {
      return f;
    }
    if ((f = yearEnd(w, i)) != null) {
      return f;
    }
    if (lex.is(x, Kind.MONTH) && monthWord(w, i)) {
      return month(w, i, i);
    }
    if ((f = dayMonth(w, i)) != null) {
      return f;
    }
    if (REL_BACK.contains(x) || REL_FORWARD.contains(x) || REL_THIS.contains(x)) {
      if ((f = relative(w, i)) != null) {
        return f;
      }
    }
    if (x.equals("the")) {
      return the(w, i);
    }
    if (x.equals("fiscal") && year(w, i + 1) >= 0) {
      return yearAt(w, i, i + 1);
    }
    if ((f = part(w, i, i)) != null) {
      return f;
    }
    if ((f = holiday(w, i)) != null) {
      return f;
    }
    if ((f = season(w, i)) != null) {
      return f;
    }
    if ((f = numericDate(w, i)) != null) {
      return f;
    }
    if (year(w, i) >= 0 && yearContext(w, i)) {
      return yearAt(w, i, i);
    }
    if ((f = decade(w, i, i)) != null) {
      return f;
    }
    if (x.equals("these") && w.is(i + 1, "days") && w.sameSentence(i, i + 1)) {
      return new Found(i, i + 2, new Sem.Fixed(Type.DATE, "PRESENT_REF"));
    }
    if (x.equals("recent") && w.is(i + 1, "years")) {
      return new Found(i, i + 2, new Sem.Fixed(Type.DATE, "PAST_REF"));
    }
    if ((x.equals("current") || x.equals("recent")) && w.tag(i).startsWith("JJ") && !lex.is(w.w(i + 1), Kind.UNIT)
        && !w.is(i + 1, "fiscal", "account", "accounts", "affairs", "events", "period", "flow", "flows")) {
      return new Found(i, i + 1, new Sem.Fixed(Type.DATE, x.equals("current") ? "PRESENT_REF" : "PAST_REF"));
    }
    if ((f = writtenYear(w, i)) != null) {
      return f;
    }
    if ((x.equals("year") || x.equals("years")) && w.is(i + 1, "ago", "earlier") && w.sameSentence(i, i + 1) && !w.tokenEnd[i]) {
      return new Found(i, i + 2, new Sem.Shift("Y", -1, ""));
    }
    return null;
  }

  private Found deictic(Words w, int i, String rule) {
    switch (rule) {
      case "present", "past", "future" -> {
        return new Found(i, i + 1, new Sem.Fixed(Type.DATE, rule.toUpperCase(java.util.Locale.ROOT) + "_REF"));
      }
      case "tonight" -> {
        return new Found(i, i + 1, new Sem.Shift("D", 0, "NI"));
      }
      default -> {
        int amount = rule.equals("yesterday") ? -1 : rule.equals("tomorrow") ? 1 : 0;
        String part = lex.value(w.w(i + 1), Kind.PART);
        if (part != null && w.sameSentence(i, i + 1)) {
          return new Found(i, i + 2, new Sem.Shift("D", amount, part));
        }
        return new Found(i, i + 1, new Sem.Shift("D", amount, ""));
      }
    }
  }

  /** "20th century", "the 11th-century temple": the century's two digits (TimeML's "19" for the 1900s). */
  private Found century(Words w, int i) {
    if (!w.is(i + 1, "century") || !w.sameSentence(i, i + 1)) {
      return null;
    }
    String x = w.w(i);
    int n = Character.isDigit(x.charAt(0)) && x.length() > 2 ? dayValue(x) : -1;
    String ord = lex.value(x, Kind.ORDINAL);
    if (n < 0 && ord != null) {
      n = Integer.parseInt(ord);
    }
    if (n < 1 || n > 21 || Character.isDigit(x.charAt(0)) && allDigits(x)) {
      return null;
    }
    return new Found(i, i + 2, new Sem.Fixed(Type.DATE, String.format(java.util.Locale.ROOT, "%02d", n - 1)));
  }

  private static final Set<String> BEFORE_YEAR_END = Set.of("by", "since", "until", "till", "before", "after", "at",
      "around", "through", "from", "to", "near", "toward", "towards");

  /**
   * "by year-end", "since year end", "by year's end": the end of the reference's year (of the year before after
   * "since"). Only after a preposition, so that "year-end results" is left alone.
   */
  private Found yearEnd(Words w, int i) {
    if (!w.is(i, "year") || !w.is(i - 1, BEFORE_YEAR_END.toArray(String[]::new))) {
      return null;
    }
    int e = w.is(i + 1, "'s") ? i + 2 : i + 1;
    if (!w.is(e, "end") || !w.sameSentence(i, e) || !w.tokenEnd[e] || w.tag(e + 1).startsWith("NN")) {
      return null;
    }
    return new Found(i, e + 1, new Sem.Shift("Y", w.is(i - 1, "since") ? -1 : 0, ""));
  }

  /** WEEKDAY [part] | WEEKDAY [,] MONTH DAY [, YEAR] | WEEKDAY [,] DAY MONTH [YEAR]; {@code start} may be earlier. */
  private Found weekday(Words w, int start, int i, int rel) {
    int dow = Integer.parseInt(lex.value(w.w(i), Kind.WEEKDAY));
    int j = w.is(i + 1, ",") ? i + 2 : i + 1;
    if (rel == 0 && lex.is(w.w(j), Kind.MONTH) && monthWord(w, j)) {
      Found m = month(w, j, j);
      if (m != null && m.sem() instanceof Sem.Date d && d.day() > 0) {
        return new Found(start, m.to(), m.sem());
      }
    }
    if (rel == 0) {
      Found dm = dayMonth(w, j);
      if (dm != null) {
        return new Found(start, dm.to(), dm.sem());
      }
    }
    String part = lex.value(w.w(i + 1), Kind.PART);
    String next = w.w(i + 1);
    String plural = next.length() > 4 && next.endsWith("s") ? lex.value(next.substring(0, next.length() - 1), Kind.PART) : null;
    if (plural != null && w.sameSentence(i, i + 1) && w.tokenEnd[i + 1] && start == i) {
      // "Tuesday nights": every Tuesday night
      return new Found(start, i + 2, new Sem.Fixed(Type.SET, "XXXX-WXX-" + dow + "T" + plural));
    }
    if (part != null && !w.w(i + 1).equals("overnight")) {
      return new Found(start, i + 2, new Sem.Weekday(dow, rel, part));
    }
    return new Found(start, i + 1, new Sem.Weekday(dow, rel, ""));
  }

  /** A month name is a month when capitalised; "May" and "March" only when tagged as a proper noun. */
  private boolean monthWord(Words w, int i) {
    if (!w.capitalised(i)) {
      return false;
    }
    String x = w.w(i);
    boolean dated = isDay(w, i + 1) || year(w, i + 1) >= 0 || w.is(i + 1, ",") && year(w, i + 2) >= 0;
    if (w.is(i + 1, "of", "for") && (w.capitalised(i + 2) || w.is(i + 2, "the") && w.capitalised(i + 3)) && !dated) {
      // "the March of the Combatant Mothers": a name
      return false;
    }
    if (x.length() <= 4 && !x.endsWith(".") && !x.equals("may") && !x.equals("june") && !x.equals("july")) {
      // "Jan Kavan": an abbreviation without its period is a month only with a day or a year
      return dated;
    }
    if (x.equals("may") || x.equals("march")) {
      return w.tag(i).startsWith("NNP") || dated;
    }
    return true;
  }

  /** MONTH DAY [,] [YEAR] | MONTH [,|of] YEAR | MONTH. */
  private Found month(Words w, int start, int i) {
    int m = Integer.parseInt(lex.value(w.w(i), Kind.MONTH));
    if (isDay(w, i + 1)) {
      int day = dayValue(w.w(i + 1));
      int j = i + 2;
      int k = w.is(j, ",") ? j + 1 : j;
      if (year(w, k) >= 0) {
        return new Found(start, k + 1, new Sem.Date(year(w, k), m, day, ""));
      }
      return new Found(start, j, new Sem.Date(-1, m, day, ""));
    }
    int k = w.is(i + 1, ",", "of") ? i + 2 : i + 1;
    if (year(w, k) >= 0) {
      return new Found(start, k + 1, new Sem.Date(year(w, k), m, -1, ""));
    }
    Found written = w.sameSentence(i, k) ? writtenYear(w, k) : null;
    if (written != null && written.sem() instanceof Sem.Fixed y) {
      // "January nineteen ninety-seven", as broadcast transcripts write a year
      return new Found(start, written.to(), new Sem.Date(Integer.parseInt(y.value()), m, -1, ""));
    }
    int r = w.is(i + 1, "of") ? i + 2 : i + 1;
    if (w.is(r, "this", "last", "next") && w.is(r + 1, "year")) {
      int rel = w.is(r, "last") ? -1 : w.is(r, "next") ? 1 : 0;
      return new Found(start, r + 2, new Sem.MonthRel(m, rel == 0 ? 0 : rel * 12));
    }
    return new Found(start, i + 1, new Sem.Date(-1, m, -1, ""));
  }

  /** DAY MONTH [YEAR] | the DAYth of MONTH [YEAR]. */
  private Found dayMonth(Words w, int i) {
    int start = i;
    if (w.is(i, "the") && isDay(w, i + 1) && w.is(i + 2, "of")) {
      i = i + 1;
    }
    if (!isDay(w, i)) {
      return null;
    }
    int j = w.is(i + 1, "of") ? i + 2 : i + 1;
    if (!lex.is(w.w(j), Kind.MONTH) || !w.capitalised(j)) {
      return null;
    }
    int day = dayValue(w.w(i));
    int m = Integer.parseInt(lex.value(w.w(j), Kind.MONTH));
    int k = w.is(j + 1, ",") ? j + 2 : j + 1;
    if (year(w, k) >= 0) {
      return new Found(start, k + 1, new Sem.Date(year(w, k), m, day, ""));
    }
    return new Found(start, j + 1, new Sem.Date(-1, m, day, ""));
  }

  private static boolean isDay(Words w, int i) {
    String x = w.w(i);
    int d = dayValue(x);
    return d >= 1 && d <= 31 && (w.tag(i).equals("CD") || w.tag(i).isEmpty() || x.length() > 2 || Character.isDigit(x.charAt(0)));
  }

  /** "7", "07", "7th", "21st" as a day of the month, else -1. */
  static int dayValue(String x) {
    int n = x.length();
    int digits = 0;
    while (digits < n && Character.isDigit(x.charAt(digits))) {
      digits++;
    }
    if (digits == 0 || digits > 2) {
      return -1;
    }
    String rest = x.substring(digits);
    if (!rest.isEmpty() && !Set.of("st", "nd", "rd", "th").contains(rest)) {
      return -1;
    }
    return Integer.parseInt(x.substring(0, digits));
  }

  /** A four-digit year 1000-2199 at word {@code i}, else -1. */
  static int year(Words w, int i) {
    String x = w.w(i);
    if (x.length() != 4) {
      return -1;
    }
    for (int k = 0; k < 4; k++) {
      if (!Character.isDigit(x.charAt(k))) {
        return -1;
      }
    }
    int y = Integer.parseInt(x);
    return y >= 1000 && y < 2200 ? y : -1;
  }

  /** "nineteen ninety-six", "two thousand", "two thousand and one" as a year. */
  private Found writtenYear(Words w, int i) {
    if (w.is(i, "nineteen", "eighteen") && w.sameSentence(i, i + 1)) {
      String tens = lex.value(w.w(i + 1), Kind.NUMBER);
      if (tens == null) {
        return null;
      }
      int t = Integer.parseInt(tens);
      if (t < 10 || t >= 100) {
        return null;
      }
      int end = i + 2;
      if (t % 10 == 0 && t >= 20) {
        String unit = lex.value(w.w(i + 2), Kind.NUMBER);
        if (unit != null && Integer.parseInt(unit) < 10 && Integer.parseInt(unit) > 0) {
          t += Integer.parseInt(unit);
          end++;
        }
      }
      int century = w.is(i, "nineteen") ? 1900 : 1800;
      return new Found(i, end, new Sem.Fixed(Type.DATE, Integer.toString(century + t)));
    }
    if (w.is(i, "two") && w.is(i + 1, "thousand") && w.sameSentence(i, i + 1) && !w.tag(i + 2).startsWith("NN")) {
      int end = i + 2;
      int y = 2000;
      int j = w.is(end, "and") ? end + 1 : end;
      String unit = lex.value(w.w(j), Kind.NUMBER);
      if (unit != null && Integer.parseInt(unit) < 20 && Integer.parseInt(unit) > 0 && !w.tag(j + 1).startsWith("NN")) {
        y += Integer.parseInt(unit);
        end = j + 1;
      }
      return new Found(i, end, new Sem.Fixed(Type.DATE, Integer.toString(y)));
    }
    return null;
  }

  /** A bare number is a year after a preposition, or when no noun follows it ("2,000 people" is not). */
  private static boolean yearContext(Words w, int i) {
    if (w.is(i - 1, "$", "#", "no.", "number")) {
      return false;
    }
    if (!w.tokenStart[i] && w.w(i - 1).equals("mid")) {
      return true;
    }
    String next = w.tag(i + 1);
    boolean nounAfter = next.equals("NNS") && !w.is(i + 1, "'s") && !w.capitalised(i + 1);
    if (w.is(i + 1, "%", "percent")) {
      return false;
    }
    return BEFORE_YEAR.contains(w.w(i - 1)) || !nounAfter;
  }

  /** A year at word {@code y}, the span from {@code start}, perhaps followed by "'s third quarter". */
  private Found yearAt(Words w, int start, int y) {
    int year = year(w, y);
    if (w.is(y + 1, "'s")) {
      Found p = part(w, y + 2, y + 2);
      if (p != null && p.sem() instanceof Sem.Part q) {
        return new Found(start, p.to(), new Sem.Part(q.code(), 0, year));
      }
    }
    return new Found(start, y + 1, new Sem.Fixed(Type.DATE, Integer.toString(year)));
  }

  /** "1990s", "the 1990s", "mid-1990s" (the modifier is handled above). */
  private Found decade(Words w, int start, int i) {
    String x = w.w(i);
    if (x.length() == 5 && x.endsWith("s") && x.charAt(3) == '0') {
      String digits = x.substring(0, 4);
      if (allDigits(digits)) {
        return new Found(start, i + 1, new Sem.Fixed(Type.DATE, digits.substring(0, 3)));
      }
    }
    String y = x.startsWith("'") ? x.substring(1) : x;
    if (y.length() == 3 && y.endsWith("s") && y.charAt(1) == '0' && Character.isDigit(y.charAt(0))
        && (start < i || w.is(i - 1, "and", "or", "to") && w.w(i - 2).endsWith("0s"))) {
      // "the '80s", "the 70s and 80s": a decade of the last century ("in their 70s" is an age: no "the")
      return new Found(start, i + 1, new Sem.Fixed(Type.DATE, (y.charAt(0) >= '2' ? "19" : "20") + y.charAt(0)));
    }
    return null;
  }

  /** 2024-02-07 (one token), 02/07/2024, 2/7/24 (month first, as in American news). */
  private static Found numericDate(Words w, int i) {
    String x = w.w(i);
    if (!w.tokenStart[i]) {
      return null;
    }
    // a hyphenated ISO date was cut into three words
    if (year(w, i) >= 0 && !w.tokenEnd[i] && w.w(i + 1).length() == 2 && w.w(i + 2).length() == 2
        && allDigits(w.w(i + 1)) && allDigits(w.w(i + 2)) && w.tokenEnd[i + 2]) {
      int m = Integer.parseInt(w.w(i + 1));
      int d = Integer.parseInt(w.w(i + 2));
      if (m >= 1 && m <= 12 && d >= 1 && d <= 31) {
        return new Found(i, i + 3, new Sem.Date(year(w, i), m, d, ""));
      }
    }
    if (x.indexOf('/') < 0) {
      return null;
    }
    String[] parts = x.split("/");
    if (parts.length == 3 && allDigits(parts[0]) && allDigits(parts[1]) && allDigits(parts[2])
        && parts[0].length() <= 2 && parts[1].length() <= 2 && (parts[2].length() == 2 || parts[2].length() == 4)) {
      int m = Integer.parseInt(parts[0]);
      int d = Integer.parseInt(parts[1]);
      int y = Integer.parseInt(parts[2]);
      if (parts[2].length() == 2) {
        y += y < 50 ? 2000 : 1900;
      }
      if (m >= 1 && m <= 12 && d >= 1 && d <= 31) {
        return new Found(i, i + 1, new Sem.Date(y, m, d, ""));
      }
    }
    return null;
  }

  private static boolean allDigits(String s) {
    return !s.isEmpty() && s.chars().allMatch(c -> c >= '0' && c <= '9');
  }

  /** 11:50 [am|pm] [local time|GMT], 3 p.m., noon, midnight. */
  private Found clock(Words w, int i) {
    String x = w.w(i);
    int hour;
    int minute = 0;
    int j;
    if (x.equals("noon") || x.equals("midnight") || x.equals("midday")) {
      hour = x.equals("midnight") ? 0 : 12;
      j = i + 1;
      if (!w.is(i - 1, "at", "by", "until", "before", "after", "from", "till", "around", "about")) {
        return null;
      }
      return withZone(w, i, j, hour, minute);
    }
    int colon = x.indexOf(':');
    String ampm = null;
    String body = x;
    for (String suffix : new String[] {"a.m.", "p.m.", "am", "pm"}) {
      if (x.endsWith(suffix) && x.length() > suffix.length()) {
        body = x.substring(0, x.length() - suffix.length());
        ampm = suffix;
        break;
      }
    }
    colon = body.indexOf(':');
    if (colon > 0) {
      String h = body.substring(0, colon);
      String m = body.substring(colon + 1);
      if (!allDigits(h) || !allDigits(m) || h.length() > 2 || m.length() != 2) {
        return null;
      }
      hour = Integer.parseInt(h);
      minute = Integer.parseInt(m);
    } else if (allDigits(body) && body.length() <= 2) {
      hour = Integer.parseInt(body);
    } else if (ampm == null && lex.value(x, Kind.NUMBER) != null && (w.is(i + 1, "o'clock") || partOfDayAfter(w, i + 1) != null)) {
      // "four o'clock", "four in the morning": a spelled-out hour
      hour = Integer.parseInt(lex.value(x, Kind.NUMBER));
    } else if (allDigits(body) && body.length() == 4 && w.is(i + 1, "utc", "gmt") && w.capitalised(i + 1)) {
      // "0800 UTC"
      hour = Integer.parseInt(body.substring(0, 2));
      minute = Integer.parseInt(body.substring(2));
      colon = 2;
    } else {
      return null;
    }
    j = i + 1;
    if (ampm == null && w.is(j, "am", "a.m.", "pm", "p.m.", "a.m", "p.m")) {
      ampm = w.w(j);
      j++;
    } else if (ampm == null && w.is(j, "o'clock")) {
      j++;
    }
    String daypart = ampm == null && colon < 0 ? partOfDayAfter(w, j) : null;
    if (daypart != null && w.sameSentence(i, j + 2)) {
      // "4 in the morning", "eight o'clock in the evening": the part of day says a.m. or p.m.
      ampm = daypart;
      j += 3;
    } else if (ampm == null && colon < 0 && !w.is(j - 1, "o'clock")) {
      return null;
    }
    if (hour > 24 || minute > 59) {
      return null;
    }
    if (ampm != null) {
      if (hour < 1 || hour > 12) {
        return null;
      }
      boolean pm = ampm.startsWith("p");
      hour = pm ? (hour == 12 ? 12 : hour + 12) : (hour == 12 ? 0 : hour);
    } else if (colon > 0 && !w.is(i - 1, "at", "by", "until", "before", "after", "from", "till", "around", "about")
        && !(lex.is(w.w(j), Kind.ZONE) && w.capitalised(j))) {
      // a bare "3:2" is a score or a ratio, not a time
      return null;
    }
    return withZone(w, i, j, hour, minute);
  }

  /** "am" or "pm" when words {@code j..j+2} are "in the morning|afternoon|evening", else null. */
  private static String partOfDayAfter(Words w, int j) {
    if (!w.is(j, "in") || !w.is(j + 1, "the") || !w.is(j + 2, "morning", "afternoon", "evening") || !w.tokenEnd[j + 2]) {
      return null;
    }
    return w.is(j + 2, "morning") ? "am" : "pm";
  }

  /**
   * The weekday that a parenthesis after a clock time names or is followed by: "10:35 a.m. (0735 GMT) Friday",
   * "4 in the morning (4 a.m. EDT Thursday)"; -1 if none.
   */
  private int weekdayAfterParenthesis(Words w, int i, int j) {
    if (!w.is(j, "(") || !w.sameSentence(i, j)) {
      return -1;
    }
    int close = -1;
    int inside = -1;
    for (int k = j + 1; k < j + 8 && k < w.size && w.sameSentence(j, k); k++) {
      if (w.is(k, ")")) {
        close = k;
        break;
      }
      if (lex.is(w.w(k), Kind.WEEKDAY) && w.capitalised(k)) {
        inside = k;
      }
    }
    if (close < 0) {
      return -1;
    }
    int d = w.is(close + 1, "on") ? close + 2 : close + 1;
    int at = inside >= 0 ? inside : w.sameSentence(close, d) && lex.is(w.w(d), Kind.WEEKDAY) && w.capitalised(d) ? d : -1;
    return at < 0 ? -1 : Integer.parseInt(lex.value(w.w(at), Kind.WEEKDAY));
  }

  private Found withZone(Words w, int i, int j, int hour, int minute) {
    boolean utc = false;
    if (w.is(j, "local") && w.is(j + 1, "time")) {
      j += 2;
    } else if (lex.is(w.w(j), Kind.ZONE) && w.sameSentence(i, j) && w.capitalised(j)) {
      utc = w.is(j, "utc", "gmt");
      j++;
    }
    // "9 a.m. Tuesday", "noon on Thursday", "10 p.m. yesterday": the clock time of that day
    String time = String.format(java.util.Locale.ROOT, "%02d:%02d", hour, minute) + (utc ? "Z" : "");
    int d = w.is(j, "on") ? j + 1 : j;
    if (w.sameSentence(i, d) && lex.is(w.w(d), Kind.WEEKDAY) && w.capitalised(d)) {
      return new Found(i, d + 1, new Sem.Weekday(Integer.parseInt(lex.value(w.w(d), Kind.WEEKDAY)), 0, time));
    }
    int md = w.is(j, ",", "on") ? j + 1 : j;
    if (w.sameSentence(i, md) && lex.is(w.w(md), Kind.MONTH) && monthWord(w, md)) {
      // "5 p.m. EST Nov. 9", "until 5 p.m. EST, Nov. 6": the clock time of that date
      Found m = month(w, md, md);
      if (m != null && m.sem() instanceof Sem.Date dt && dt.day() > 0) {
        return new Found(i, m.to(), new Sem.Date(dt.year(), dt.month(), dt.day(), time));
      }
    }
    String deictic = lex.value(w.w(j), Kind.DEICTIC);
    if (w.sameSentence(i, j) && deictic != null && Set.of("today", "yesterday", "tomorrow").contains(deictic)) {
      return new Found(i, j + 1, new Sem.Shift("D", deictic.equals("yesterday") ? -1 : deictic.equals("tomorrow") ? 1 : 0, time));
    }
    int paren = weekdayAfterParenthesis(w, i, j);
    if (paren > 0) {
      return new Found(i, j, new Sem.Weekday(paren, 0, time));
    }
    return new Found(i, j, new Sem.Clock(hour, minute, utc));
  }

  /** this/last/next/past/coming + unit, weekday, month, season, part of day. */
  private Found relative(Words w, int i) {
    String x = w.w(i);
    int rel = REL_BACK.contains(x) ? -1 : REL_FORWARD.contains(x) ? 1 : 0;
    String y = w.w(i + 1);
    if (!w.sameSentence(i, i + 1)) {
      return null;
    }
    if (lex.is(y, Kind.WEEKDAY) && w.capitalised(i + 1)) {
      return weekday(w, i, i + 1, rel == 0 ? 2 : rel);
    }
    if (lex.is(y, Kind.MONTH) && w.capitalised(i + 1)) {
      int m = Integer.parseInt(lex.value(y, Kind.MONTH));
      if (isDay(w, i + 2)) {
        return new Found(i, i + 3, new Sem.Date(-1, m, dayValue(w.w(i + 2)), "", rel));
      }
      return new Found(i, i + 2, new Sem.MonthRel(m, rel));
    }
    if (lex.is(y, Kind.SEASON)) {
      return new Found(i, i + 2, new Sem.Season(lex.value(y, Kind.SEASON), rel, -1));
    }
    if (y.equals("night") && rel == -1 && x.equals("last")) {
      return new Found(i, i + 2, new Sem.Shift("D", -1, "NI"));
    }
    String part = lex.value(y, Kind.PART);
    if (part != null && rel == 0 && x.equals("this")) {
      return new Found(i, i + 2, new Sem.Shift("D", 0, part));
    }
    if (y.equals("year") && w.is(i + 2, "'s") && w.is(i + 3, "quarter", "period") && w.tokenEnd[i + 3]
        && w.sameSentence(i, i + 3)) {
      // "last year's quarter": the quarter in focus, a year back
      return new Found(i, i + 4, new Sem.FocusQuarter(-1, rel));
    }
    if (y.equals("year") && w.is(i + 2, "'s")) {
      Found p = part(w, i + 3, i + 3);
      if (p != null && p.sem() instanceof Sem.Part q && q.year() < 0) {
        return new Found(i, p.to(), new Sem.Part(q.code(), rel, -1));
      }
    }
    String unit = lex.value(y, Kind.UNIT);
    if (unit != null && !y.endsWith("s") || "WE".equals(unit) && y.equals("weekend")) {
      if (x.equals("past") || x.equals("following") || x.equals("preceding")) {
        // "past year" without "the" is a date in news ("in the past year" is taken by the(): a duration)
        if (!x.equals("past")) {
          return null;
        }
      }
      return switch (unit) {
        case "D" -> null;
        case "H", "MIN", "S", "FN" -> null;
        default -> new Found(i, i + 2, new Sem.Shift(unit, rel, ""));
      };
    }
    return null;
  }

  /** "the" + quarter, weekend, past/future, durations, "the 1990s", "the year 2000". */
  private Found the(Words w, int i) {
    String y = w.w(i + 1);
    if (!w.sameSentence(i, i + 1)) {
      return null;
    }
    if ((y.equals("past") || y.equals("future") || y.equals("present")) && !w.tag(i + 2).startsWith("NN")
        && !w.tag(i + 2).equals("CD") && !w.tag(i + 2).startsWith("JJ")) {
      return new Found(i, i + 2, new Sem.Fixed(Type.DATE, y.toUpperCase(java.util.Locale.ROOT) + "_REF"));
    }
    if (y.equals("near") && w.is(i + 2, "future") || w.is(i + 1, "near", "short") && w.is(i + 2, "term")) {
      // "the near future", "in the near term", "the short term"
      return new Found(i, i + 3, new Sem.Fixed(Type.DATE, "FUTURE_REF"));
    }
    if (w.is(i + 1, "week") && w.is(i + 2, "of") && w.sameSentence(i, i + 3)) {
      // "the week of March 6": the week that day falls in
      Found day = core(w, i + 3);
      if (day != null && day.sem() instanceof Sem.Date d && d.day() > 0) {
        return new Found(i, day.to(), new Sem.Offset(day.sem(), "W", 0));
      }
    }
    int sw = w.is(i + 1, "early", "late", "mid") ? i + 2 : i + 1;
    String season = lex.value(w.w(sw), Kind.SEASON);
    if (season != null && w.is(sw + 1, "of")) {
      Found dated = season(w, sw);
      if (dated != null) {
        return new Found(i, dated.to(), dated.sem());
      }
    }
    if (season != null && w.tag(sw).startsWith("NN") && !w.is(sw + 1, "of") && year(w, sw + 1) < 0 && w.tokenEnd[sw]
        && w.sameSentence(i, sw)) {
      // "over the summer", "the early summer": the season of the reference's year
      return new Found(i, sw + 1, new Sem.Season(season, 0, -1));
    }
    if (y.equals("weekend")) {
      return new Found(i, i + 2, new Sem.Shift("WE", 0, ""));
    }
    int k = w.is(i + 1, "current") ? i + 2 : i + 1;
    if (w.is(k, "fiscal") && w.is(k + 1, "year") || k > i + 1 && w.is(k, "year")) {
      int end = w.is(k, "fiscal") ? k + 2 : k + 1;
      if (w.is(end, "ended", "ending")) {
        return new Found(i, end, new Sem.Fixed(Type.DURATION, "P1Y"));
      }
      return new Found(i, end, new Sem.Shift("Y", 0, ""));
    }
    if (y.equals("year") && w.is(i + 2, "ago", "earlier") && !w.tokenEnd[i + 1] && w.is(i + 3, "quarter", "period")) {
      // "the year-ago quarter": the same quarter a year before (the stage reads it against the quarter in focus)
      return new Found(i, i + 4, new Sem.Shift("Y", -1, ""));
    }
    Found focus = focusQuarter(w, i);
    if (focus != null) {
      return focus;
    }
    if (year(w, i + 1) >= 0) {
      Found p = part(w, i, i + 2);
      if (p != null && p.sem() instanceof Sem.Part q && q.year() < 0) {
        return new Found(i, p.to(), new Sem.Part(q.code(), 0, year(w, i + 1)));
      }
    }
    if (y.equals("latest") && w.is(i + 2, "period")) {
      return new Found(i, i + 3, new Sem.Shift("Q", -1, ""));
    }
    String decade = DECADE_WORDS.get(y);
    if (decade != null) {
      return new Found(i, i + 2, new Sem.Fixed(Type.DATE, decade));
    }
    Found c = century(w, i + 1);
    if (c != null) {
      return new Found(i, c.to(), c.sem());
    }
    if (y.equals("year") && writtenYear(w, i + 2) != null) {
      Found wy = writtenYear(w, i + 2);
      return new Found(i, wy.to(), wy.sem());
    }
    if (y.equals("year") && year(w, i + 2) >= 0) {
      return new Found(i, i + 3, new Sem.Fixed(Type.DATE, Integer.toString(year(w, i + 2))));
    }
    int yr = w.is(i + 1, "full", "entire", "whole") ? i + 2 : i + 1;
    if (w.is(yr, "year") && !w.capitalised(yr) && w.tokenEnd[yr] && w.sameSentence(i, yr)) {
      // "the year ended June 30" is a year-long span; "for the year", "the full year": the reference's year
      if (w.is(yr + 1, "ended", "ending")) {
        return new Found(i, yr + 1, new Sem.Fixed(Type.DURATION, "P1Y"));
      }
      if (!w.is(yr + 1, "before", "after", "earlier", "ago", "later", "that", "when", "in", "of", "since", "previous", "prior")) {
        return new Found(i, yr + 1, new Sem.Shift("Y", 0, ""));
      }
    }
    Found f = decade(w, i, w.is(i + 1, "'") && w.sameSentence(i, i + 2) ? i + 2 : i + 1);
    if (f != null) {
      return f;
    }
    f = part(w, i, i + 1);
    if (f != null) {
      return f;
    }
    if (REL_BACK.contains(y) || REL_FORWARD.contains(y) || REL_THIS.contains(y)) {
      Found r = relative(w, i + 1);
      if (r != null && (r.sem() instanceof Sem.Weekday || r.sem() instanceof Sem.MonthRel || r.sem() instanceof Sem.Season)) {
        return new Found(i, r.to(), r.sem());
      }
    }
    return null;
  }

  /**
   * "the 1988 quarter", "the 1989 period", "the same period last year", "the corresponding quarter a year ago",
   * "the quarter a year earlier": the quarter an earnings report is about, in another year.
   */
  private Found focusQuarter(Words w, int i) {
    int y = year(w, i + 1);
    if (y >= 0 && w.is(i + 2, "quarter", "period") && w.tokenEnd[i + 2] && w.sameSentence(i, i + 2)) {
      return new Found(i, i + 3, new Sem.FocusQuarter(y, 0));
    }
    int k = w.is(i + 1, "corresponding", "same", "comparable") ? i + 2 : i + 1;
    if (!w.is(k, "quarter", "period") || !w.tokenEnd[k]) {
      return null;
    }
    int end = w.is(k + 1, "last") && w.is(k + 2, "year") ? k + 3
        : w.is(k + 1, "a") && w.is(k + 2, "year") && w.is(k + 3, "ago", "earlier") ? k + 4 : -1;
    return end > 0 && w.sameSentence(i, end - 1) && w.tokenEnd[end - 1] ? new Found(i, end, new Sem.FocusQuarter(-1, -1)) : null;
  }

  /** [fiscal] ORD quarter|half [of [fiscal] YEAR]; "latest/current quarter"; {@code start} may be earlier. */
  private Found part(Words w, int start, int i) {
    int j = w.is(i, "fiscal") ? i + 1 : i;
    String x = w.w(j);
    String unit = w.w(j + 1);
    int q;
    if (unit.equals("quarter") || unit.equals("half")) {
      String ord = lex.value(x, Kind.ORDINAL);
      if (ord != null) {
        q = Integer.parseInt(ord);
      } else if (x.equals("final") || x.equals("last") && start < i) {
        q = unit.equals("quarter") ? 4 : 2;
      } else if (start < i && (x.equals("latest") || x.equals("current") || x.equals("same"))) {
        return unit.equals("quarter") ? new Found(start, j + 2, new Sem.Shift("Q", x.equals("latest") ? -1 : 0, "")) : null;
      } else {
        return null;
      }
      if ((unit.equals("quarter") && q > 4) || (unit.equals("half") && q > 2) || q < 1) {
        return null;
      }
      String code = (unit.equals("quarter") ? "Q" : "H") + q;
      int k = j + 2;
      if (w.is(k, "of")) {
        int y = w.is(k + 1, "fiscal") ? k + 2 : k + 1;
        if (year(w, y) >= 0) {
          return new Found(start, y + 1, new Sem.Part(code, 0, year(w, y)));
        }
        if (w.is(y, "this", "last", "next") && w.is(y + 1, "year")) {
          int rel = w.is(y, "last") ? -1 : w.is(y, "next") ? 1 : 0;
          return new Found(start, y + 2, new Sem.Part(code, rel, -1));
        }
      }
      if (year(w, k) >= 0 && w.sameSentence(j, k)) {
        return new Found(start, k + 1, new Sem.Part(code, 0, year(w, k)));
      }
      return new Found(start, j + 2, new Sem.Part(code, 0, -1));
    }
    if (start < i && x.equals("quarter") && !w.is(i + 1, "of", "'s")) {
      // "the quarter": the latest one reported
      return new Found(start, i + 1, new Sem.Shift("Q", -1, ""));
    }
    return null;
  }

  private Found holiday(Words w, int i) {
    if (!w.capitalised(i)) {
      return null;
    }
    StringBuilder phrase = new StringBuilder();
    Found best = null;
    for (int j = i; j < w.size && j - i < lex.longestHoliday() + 1 && w.sameSentence(i, j); j++) {
      if (j > i && !w.w(j).startsWith("'")) {
        phrase.append(' ');
      }
      phrase.append(w.w(j));
      String mmdd = lex.holiday(phrase.toString());
      if (mmdd != null && mmdd.startsWith("E")) {
        best = new Found(i, j + 1, new Sem.Easter(Integer.parseInt(mmdd.substring(1).replace("+", ""))));
      } else if (mmdd != null && mmdd.contains("/")) {
        String[] r = mmdd.split("/");
        best = new Found(i, j + 1, new Sem.NthWeekday(Integer.parseInt(r[0]), Integer.parseInt(r[1]), Integer.parseInt(r[2])));
      } else if (mmdd != null) {
        int m = Integer.parseInt(mmdd.substring(0, 2));
        int d = Integer.parseInt(mmdd.substring(3));
        int k = w.is(j + 1, ",") ? j + 2 : j + 1;
        if (year(w, k) >= 0) {
          best = new Found(i, k + 1, new Sem.Date(year(w, k), m, d, ""));
        } else {
          best = new Found(i, j + 1, new Sem.Date(-1, m, d, ""));
        }
      }
    }
    if (best != null && w.is(best.to(), "week") && w.sameSentence(i, best.to()) && w.tokenEnd[best.to()]) {
      // "Easter week", "Christmas week": the week the holiday falls in
      return new Found(i, best.to() + 1, new Sem.Offset(best.sem(), "W", 0));
    }
    if (best != null && w.capitalised(best.to()) && w.sameSentence(i, best.to()) && w.tokenStart[best.to()]
        && !lex.is(w.w(best.to()), Kind.WEEKDAY) && !lex.is(w.w(best.to()), Kind.MONTH)) {
      // "Easter Island", "Christmas Island": a holiday's word in a longer name
      return null;
    }
    return best;
  }

  /** SEASON YEAR | SEASON of YEAR; bare seasons only after "in" ("in spring"). */
  private Found season(Words w, int i) {
    String code = lex.value(w.w(i), Kind.SEASON);
    if (code == null) {
      return null;
    }
    int k = w.is(i + 1, "of") ? i + 2 : i + 1;
    if (year(w, k) >= 0) {
      return new Found(i, k + 1, new Sem.Season(code, 0, year(w, k)));
    }
    Found written = writtenYear(w, k);
    if (written != null && written.sem() instanceof Sem.Fixed y && w.sameSentence(i, k)) {
      // "the winter of nineteen ninety-four"
      return new Found(i, written.to(), new Sem.Season(code, 0, Integer.parseInt(y.value())));
    }
    if (w.is(i - 1, "in", "this", "last", "next") && !w.is(i + 1, "of") && w.tag(i).startsWith("NN") && !w.tag(i + 1).startsWith("NN")) {
      return new Found(i, i + 1, new Sem.Season(code, 0, -1));
    }
    return null;
  }

  // ---- durations: "45 days", "the past two days", "five-year", "a few weeks", "four months ago"

  /** A cardinal and the word after it; {@code half} when a half comes with it ("2 1/2", "1.5"). */
  private record Num(int value, int to, boolean half) {
    Num(int value, int to) {
      this(value, to, false);
    }
  }

  /** A cardinal at {@code i}: digits, number words ("twenty four"), "a"/"an", vague ("several" = VAGUE). */
  private Num number(Words w, int i) {
    String x = w.w(i);
    if (allDigits(x) && x.length() <= 4) {
      if (w.is(i + 1, "1/2", "\u00bd") && w.sameSentence(i, i + 1)) {
        return new Num(Integer.parseInt(x), i + 2, true);
      }
      return new Num(Integer.parseInt(x), i + 1);
    }
    if (x.length() >= 3 && x.length() <= 5 && x.endsWith(".5") && allDigits(x.substring(0, x.length() - 2))) {
      return new Num(Integer.parseInt(x.substring(0, x.length() - 2)), i + 1, true);
    }
    if (x.equals("a") || x.equals("an") || x.equals("one")) {
      if (x.equals("a") && w.is(i + 1, "few")) {
        return new Num(VAGUE, i + 2);
      }
      if (x.equals("a") && w.is(i + 1, "couple")) {
        return new Num(2, w.is(i + 2, "of") ? i + 3 : i + 2);
      }
      return new Num(1, i + 1);
    }
    if (x.equals("couple") && w.is(i + 1, "of") && w.is(i - 1, "next", "past", "last", "first", "coming", "previous")) {
      // "the next couple of years": two
      return new Num(2, i + 2);
    }
    if (VAGUE_NUMBERS.contains(x)) {
      return new Num(VAGUE, w.is(i + 1, "of") ? i + 2 : i + 1);
    }
    String n = lex.value(x, Kind.NUMBER);
    if (n == null) {
      return null;
    }
    int v = Integer.parseInt(n);
    int j = i + 1;
    if (v >= 20 && v % 10 == 0 && v < 100) {
      String u = lex.value(w.w(j), Kind.NUMBER);
      if (u != null && Integer.parseInt(u) < 10) {
        v += Integer.parseInt(u);
        j++;
      }
    }
    if (w.is(j, "hundred")) {
      v *= 100;
      j++;
    }
    return new Num(v, j);
  }

  private static final Set<String> BARE_PLURALS = Set.of("Y", "M", "W", "D", "H", "MIN");

  private Found duration(Words w, int i) {
    int start = i;
    int j = i;
    boolean the = false;
    if (w.is(j, "more", "less") && w.is(j + 1, "than")) {
      j += 2;
    } else if (w.is(j, "up") && w.is(j + 1, "to")) {
      j += 2;
    } else if (w.is(j, "at") && w.is(j + 1, "least")) {
      j += 2;
    } else if (APPROX.contains(w.w(j))) {
      j += 1;
    }
    if (j == i && w.tokenStart[i] && !w.tokenEnd[i] && w.is(i + 1, "long") && w.tokenEnd[i + 1]) {
      // "a decades-long dispute", "a day-long meeting": as long as the unit says
      String unit = lex.value(w.w(i), Kind.UNIT);
      if (unit != null && !unit.equals("WE")) {
        return new Found(i, i + 2, new Sem.Fixed(Type.DURATION, period(w.w(i).endsWith("s") ? VAGUE : 1, unit)));
      }
    }
    if (j == i && w.is(i, "the") && w.sameSentence(i, i + 2) && w.tokenEnd[i + 1] && (w.is(i - 1, "over")
        || w.is(i + 2, "ahead") || w.is(i + 2, "that") && w.is(i + 3, "followed") || w.is(i + 2, "to") && w.is(i + 3, "come"))) {
      // "over the years", "in the weeks ahead", "in the years that followed": a stretch of time of no stated length
      String unit = lex.value(w.w(i + 1), Kind.UNIT);
      if (unit != null && w.w(i + 1).endsWith("s") && Set.of("Y", "M", "W", "DE").contains(unit)) {
        return new Found(i, w.is(i + 2, "ahead") ? i + 3 : i + 2, new Sem.Fixed(Type.DURATION, period(VAGUE, unit)));
      }
    }
    if (w.is(j, "the")) {
      the = true;
      j++;
    }
    boolean rel = false;
    if (w.is(j, "past", "last", "next", "first", "coming", "previous", "final", "initial", "latter", "following", "recent")) {
      rel = true;
      j++;
    }
    if (rel && w.is(j - 1, "last") && w.is(j, "minute") && !w.tokenEnd[j - 1]) {
      // "a last-minute effort": late, not a minute long
      return null;
    }
    Num num = number(w, j);
    if (num == null && w.is(j, "half") && w.is(j + 1, "a", "an") && w.sameSentence(j, j + 2)) {
      // "half an hour", "half a year"
      num = new Num(0, j + 2, true);
    }
    int u;
    if (num == null && !rel && !the && j == i && w.is(i - 1, "for", "within", "in", "over")) {
      // "for years", "within weeks": a bare plural unit after a preposition of extent is a vague duration
      String unit = lex.value(w.w(i), Kind.UNIT);
      if (unit != null && BARE_PLURALS.contains(unit) && w.w(i).endsWith("s") && w.tokenStart[i] && w.tokenEnd[i]
          && !w.tag(i + 1).startsWith("NN") && !w.is(i + 1, "ago", "earlier", "later", "old", "of", "'")) {
        return new Found(i, i + 1, new Sem.Fixed(Type.DURATION, period(VAGUE, unit)));
      }
      return null;
    }
    if (num == null) {
      // "the past year", "the next week", "the last decade", "recent months"
      if (!(rel && (the || w.is(j - 1, "recent")))) {
        return null;
      }
      String unit = lex.value(w.w(j), Kind.UNIT);
      if (unit == null || unit.equals("WE")) {
        return null;
      }
      boolean plural = w.w(j).endsWith("s");
      if (!plural && the && start == i && w.is(j - 1, "past", "last", "next", "coming")
          && Set.of("Y", "M", "W").contains(unit)) {
        // "in the past year", "over the next month": TimeML reads the calendar unit just before (after) the
        // reference, a date; a count ("the past two years"), a plural ("the past few months") or a longer unit
        // ("the past century": the last hundred years) stays a duration
        return new Found(start, j + 1, new Sem.Shift(unit, w.is(j - 1, "past", "last") ? -1 : 1, ""));
      }
      return new Found(start, j + 1, new Sem.Fixed(Type.DURATION, period(plural ? VAGUE : 1, unit)));
    }
    u = num.to();
    if (w.is(u, "more", "additional", "extra", "full", "consecutive", "straight", "successive", "trading", "business",
        "working") && w.sameSentence(u, u + 1) && lex.is(w.w(u + 1), Kind.UNIT) && !w.is(j, "a", "an") || w.is(j, "a", "an")
        && w.is(u, "additional", "extra", "full") && lex.is(w.w(u + 1), Kind.UNIT)) {
      // "two more weeks", "six straight days", "eight trading days", "an additional year": the count of units
      u++;
    }
    String unit = lex.value(w.w(u), Kind.UNIT);
    if (rel && "Q".equals(unit) && num.value() == 2 && w.is(j - 1, "first") && w.w(u).endsWith("s") && w.tokenEnd[u]) {
      // "the first two quarters of 1990": the first half of that year
      int y = w.is(u + 1, "of") && w.sameSentence(u, u + 2) ? year(w, u + 2) : -1;
      return new Found(start, y >= 0 ? u + 3 : u + 1, new Sem.Part("H1", 0, y));
    }
    if (w.is(j, "one") && w.is(u, "day") && j == start && (w.tag(j - 1).equals("MD") || w.tag(j - 1).equals("RB")
        && w.tag(j - 2).equals("MD"))) {
      // "Islam will one day be ...": an unspecified time ahead, not a day's length
      return new Found(start, u + 1, new Sem.Fixed(Type.DATE, "FUTURE_REF"));
    }
    if (unit != null && num.value() >= 1000 && year(w, j) >= 0 && (w.is(u, "second") || w.is(u, "quarter"))) {
      return null;
    }
    if (unit == null || unit.equals("WE") || !w.sameSentence(start, u)) {
      return null;
    }
    if (num.value() == 1 && w.w(u).endsWith("s") && !w.w(u).equals("hours") && w.w(j).equals("a")) {
      return null;
    }
    if (!w.tokenStart[u] && w.w(u).endsWith("s")) {
      // "three-quarters", "two-thirds": fractions, not durations
      return null;
    }
    if (unit.equals("Q") && (w.is(u + 1, "of") && w.is(j, "a", "an", "one", "three") && year(w, u + 2) < 0
        && !w.is(u + 2, "fiscal", "this", "last", "next") && Set.of("DT", "PRP$", "PRP", "CD").contains(w.tag(u + 2))
        || w.is(start, "more", "less") && !w.is(u + 1, "ago", "earlier", "later"))) {
      // "a quarter of the market", "three quarters of its sales", "more than a quarter": a fraction ("two
      // consecutive quarters of growth", "the first two quarters of 1990" are time)
      return null;
    }
    if (w.is(u + 1, "old") || w.w(j).equals("a") && unit.equals("S") && (w.tag(u + 1).startsWith("NN") || w.tag(u + 1).startsWith("JJ"))) {
      return null;
    }
    if (w.is(j, "a", "an") && w.tag(j - 1).equals("NNS") && !rel && !the) {
      return null;
    }
    if ((w.is(j, "a", "an")) && (SET_BEFORE.contains(w.w(j - 1)) || w.tag(j - 1).equals("CD"))
        && !w.is(u + 1, "ago", "earlier", "later")) {
      return null;
    }
    // a bare number before a unit is a duration only if it is not a year or a day of a date
    int end = u + 1;
    if (w.is(end, "or") && w.is(end + 1, "so") && w.is(end + 2, "ago", "earlier", "later") && w.sameSentence(u, end + 2)) {
      // "a week or so ago": an approximate count, read as the count
      end += 2;
    }
    if (!rel && !the && w.is(end, "ago", "earlier", "later", "before", "after") && !w.is(end, "before", "after")) {
      int amount = num.value() == VAGUE ? 0 : num.value();
      if (num.value() == VAGUE) {
        return new Found(start, end + 1, new Sem.Fixed(Type.DATE, w.is(end, "later") ? "FUTURE_REF" : "PAST_REF"));
      }
      int sign = w.is(end, "later") ? 1 : -1;
      String shiftUnit = unit.equals("DE") ? "Y" : unit.equals("CE") ? "Y" : unit;
      int scale = unit.equals("DE") ? 10 : unit.equals("CE") ? 100 : 1;
      if (unit.equals("H") || unit.equals("MIN") || unit.equals("S")) {
        return new Found(start, end + 1, new Sem.Shift("D", 0, ""));
      }
      if (!w.is(end, "ago") && Set.of("D", "W", "M").contains(unit)) {
        // "three days later", "two weeks earlier": counted from the time the narrative is at ("ago" counts from
        // the day of writing)
        return new Found(start, end + 1, new Sem.Anchored(unit, sign * amount, ""));
      }
      return new Found(start, end + 1, new Sem.Shift(shiftUnit, sign * amount * scale, ""));
    }
    if (w.is(end, "from") && w.is(end + 1, "now") && num.value() != VAGUE) {
      return new Found(start, end + 2, new Sem.Shift(unit, num.value(), ""));
    }
    boolean half = num.half();
    if (w.is(end, "and") && w.is(end + 1, "a") && w.is(end + 2, "half") && num.value() != VAGUE) {
      end += 3;
      half = true;
    }
    if (num.half() && w.w(u).endsWith("s") == (num.value() == 0)) {
      // "half an hours" or "2 1/2 hour": not a well-formed duration
      return null;
    }
    return new Found(start, end, new Sem.Fixed(Type.DURATION, half ? halfPeriod(num.value(), unit) : period(num.value(), unit)));
  }

  /** {@code n} and a half units: P2Y6M, PT5H30M, PT30M for half an hour; a half week is written in days. */
  static String halfPeriod(int n, String unit) {
    String whole = n == 0 ? "" : Integer.toString(n);
    return switch (unit) {
      case "Y" -> "P" + (n == 0 ? "" : n + "Y") + "6M";
      case "M" -> "P" + (n == 0 ? "" : n + "M") + "15D";
      case "W" -> "P" + (7 * n + 3) + "DT12H";
      case "D" -> "P" + (n == 0 ? "" : n + "D") + "T12H";
      case "H" -> "PT" + (n == 0 ? "" : whole + "H") + "30M";
      case "MIN" -> "PT" + (n == 0 ? "" : whole + "M") + "30S";
      case "DE" -> "P" + (10 * n + 5) + "Y";
      case "CE" -> "P" + (100 * n + 50) + "Y";
      case "Q" -> "P" + (3 * n + 1) + "M15D";
      default -> period(Math.max(n, 1), unit);
    };
  }

  /** P45D, PT5H, P10Y for a decade, PXY when vague. */
  static String period(int n, String unit) {
    String amount = n == VAGUE ? "X" : Integer.toString(n);
    return switch (unit) {
      case "H" -> "PT" + amount + "H";
      case "MIN" -> "PT" + amount + "M";
      case "S" -> "PT" + amount + "S";
      case "DE" -> n == VAGUE ? "PXY" : "P" + (n * 10) + "Y"; // decades are counted in years, as TimeBank writes them
      case "CE" -> n == VAGUE ? "PXCE" : "P" + (n * 100) + "Y";
      case "FN" -> n == VAGUE ? "PXW" : "P" + (n * 2) + "W";
      default -> "P" + amount + unit;
    };
  }

  // ---- sets: "every Monday", "each year", "daily", "twice a year"

  private Found set(Words w, int i) {
    String x = w.w(i);
    String adverb = lex.value(x, Kind.SET);
    if (adverb != null) {
      return new Found(i, i + 1, new Sem.Fixed(Type.SET, adverb));
    }
    if (x.equals("every") || x.equals("each")) {
      int j = i + 1;
      int n = 1;
      if (w.is(j, "other")) {
        n = 2;
        j++;
      } else {
        Num num = number(w, j);
        if (num != null && num.value() > 1) {
          n = num.value();
          j = num.to();
        }
      }
      String y = w.w(j);
      if (lex.is(y, Kind.WEEKDAY) && w.capitalised(j)) {
        String part = lex.value(w.w(j + 1), Kind.PART);
        String dow = lex.value(y, Kind.WEEKDAY);
        return part == null ? new Found(i, j + 1, new Sem.Fixed(Type.SET, "XXXX-WXX-" + dow))
            : new Found(i, j + 2, new Sem.Fixed(Type.SET, "XXXX-WXX-" + dow + "T" + part));
      }
      if (n == 1 && lex.is(y, Kind.MONTH) && w.capitalised(j) && w.tokenEnd[j] && !isDay(w, j + 1)) {
        // "each July": that month of every year
        return new Found(i, j + 1, new Sem.Fixed(Type.SET, String.format(java.util.Locale.ROOT, "XXXX-%02d",
            Integer.parseInt(lex.value(y, Kind.MONTH)))));
      }
      String part = lex.value(y, Kind.PART);
      if (part != null) {
        return new Found(i, j + 1, new Sem.Fixed(Type.SET, "XXXX-XX-XXT" + part));
      }
      String unit = lex.value(y, Kind.UNIT);
      if (unit != null && !unit.equals("WE")) {
        return new Found(i, j + 1, new Sem.Fixed(Type.SET, period(n, unit)));
      }
      return null;
    }
    if ((x.equals("a") || x.equals("an") || x.equals("per")) && (SET_BEFORE.contains(w.w(i - 1)) || w.tag(i - 1).equals("CD"))) {
      String unit = lex.value(w.w(i + 1), Kind.UNIT);
      if (unit != null && !w.w(i + 1).endsWith("s") && !unit.equals("WE") && !w.is(i + 2, "ago", "earlier", "later")) {
        return new Found(i, i + 2, new Sem.Fixed(Type.SET, period(1, unit)));
      }
    }
    return null;
  }
}
