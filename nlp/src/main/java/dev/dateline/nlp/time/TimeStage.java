package dev.dateline.nlp.time;

import dev.dateline.model.Article;
import dev.dateline.model.Dateline;
import dev.dateline.model.Document;
import dev.dateline.model.LayerKey;
import dev.dateline.model.Published;
import dev.dateline.model.Sentences;
import dev.dateline.model.Span;
import dev.dateline.model.Tags;
import dev.dateline.model.Times;
import dev.dateline.model.Times.AnchorKind;
import dev.dateline.model.Times.Clause;
import dev.dateline.model.Times.Reference;
import dev.dateline.model.Times.Source;
import dev.dateline.model.Times.Time;
import dev.dateline.model.Tokens;
import dev.dateline.nlp.Stage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Time expressions ("time.v1"): dates, times, durations and sets, absolute and relative, found by a hand-written
 * grammar over the tokens ({@link Recogniser}, word classes in words.tsv and holidays.tsv) and normalised to TIMEX3
 * values ({@link Normaliser}) against the article's reference date: the dateline's date, else the publication date.
 * A weekday, a month or a date without a year is resolved in the direction its clause points ({@link Tense}, from
 * the part-of-speech tags): "met on Wednesday" is the most recent Wednesday (the reference day included), "will
 * travel on Tuesday" the next one. The stage reads no clock, so its output does not depend on the day it runs.
 *
 * <p>Event hooks: every sentence is cut into clauses (at ";", at a comma before a relative or conjunction, before
 * a subordinating conjunction) and each clause lists the times written in it; the layer's reference says which date
 * an event with no time of its own falls back to, and where that date came from.
 */
public final class TimeStage implements Stage {
  private static final Set<String> SUBORDINATORS = Set.of("while", "whereas", "although", "though", "because", "but",
      "after", "before", "when", "whenever", "until", "unless", "where");
  private static final Set<String> AFTER_COMMA = Set.of("which", "who", "whom", "whose", "and", "as", "if", "so", "then");

  private final Lexicon lexicon;
  private final Recogniser recogniser;

  TimeStage(Lexicon lexicon) {
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    this.recogniser = new Recogniser(lexicon);
  }

  /** The stage with its bundled word lists. */
  public static TimeStage standard() {
    return new TimeStage(Lexicon.standard());
  }

  @Override
  public String name() {
    return "time.v1";
  }

  @Override
  public Set<LayerKey<?>> reads() {
    return Set.of(Tokens.KEY, Sentences.KEY, Tags.KEY);
  }

  @Override
  public Set<LayerKey<?>> writes() {
    return Set.of(Times.KEY);
  }

  /** The dateline's date, else the publication date, else none. */
  public static Reference reference(Article article) {
    Optional<LocalDate> dateline = article.dateline().flatMap(Dateline::date);
    if (dateline.isPresent()) {
      return new Reference(dateline, Source.DATELINE);
    }
    Optional<LocalDate> published = article.published().map(Published::date);
    return published.isPresent() ? new Reference(published, Source.PUBLISHED) : new Reference(Optional.empty(), Source.NONE);
  }

  @Override
  public Document apply(Document document) {
    String text = document.text();
    Sentences sentences = document.require(Sentences.KEY);
    Words w = Words.of(text, document.require(Tokens.KEY), document.require(Tags.KEY), sentences);
    Reference reference = reference(document.article());
    LocalDate ref = reference.date().orElse(null);
    AnchorKind kind = switch (reference.source()) {
      case DATELINE -> AnchorKind.DATELINE;
      case PUBLISHED -> AnchorKind.PUBLISHED;
      case NONE -> AnchorKind.NONE;
    };
    List<Recogniser.Found> found = recogniser.find(w);
    List<Time> times = new ArrayList<>(found.size());
    int[] firstWord = new int[found.size()];
    int lastDay = -1;
    int lastQuarter = -1;
    for (Recogniser.Found f : found) {
      String id = "tx" + times.size();
      firstWord[times.size()] = f.from();
      Span span = w.span(f.from(), f.to());
      if (f.sem() instanceof Sem.Clock c && lastDay >= 0 && w.sentence[f.from()] - w.sentence[firstWord[lastDay]] <= 2) {
        // a bare clock time belongs to the day the text last named, if it named one just before
        Time day = times.get(lastDay);
        String value = day.value().substring(0, 10) + String.format(java.util.Locale.ROOT, "T%02d:%02d", c.hour(), c.minute())
            + (c.utc() ? "Z" : "");
        times.add(new Time(id, span, Times.Type.TIME, value, AnchorKind.TIME, Optional.of(day.id()), Times.Granularity.MINUTE));
        continue;
      }
      if (lastQuarter >= 0 && f.sem() instanceof Sem.Shift sh && sh.unit().equals("Y") && sh.amount() == -1
          && yearBack(span.of(text))) {
        // in an earnings report "a year earlier" and "the year-ago quarter" are the quarter in focus, a year back
        Time q = times.get(lastQuarter);
        String value = (Integer.parseInt(q.value().substring(0, 4)) - 1) + q.value().substring(4);
        times.add(new Time(id, span, Times.Type.DATE, value, AnchorKind.TIME, Optional.of(q.id()), Times.Granularity.QUARTER));
        continue;
      }
      if (lastQuarter >= 0 && f.sem() instanceof Sem.FocusQuarter fq) {
        // "the 1988 quarter", "last year's quarter": the quarter in focus, in that year
        Time q = times.get(lastQuarter);
        int year = fq.year() >= 0 ? fq.year() : Integer.parseInt(q.value().substring(0, 4)) + fq.rel();
        String value = String.format(java.util.Locale.ROOT, "%04d", year) + q.value().substring(4);
        times.add(new Time(id, span, Times.Type.DATE, value, AnchorKind.TIME, Optional.of(q.id()), Times.Granularity.QUARTER));
        continue;
      }
      if (f.sem() instanceof Sem.Anchored a) {
        Time anchored = anchored(a, id, span, times);
        if (anchored != null) {
          times.add(anchored);
          continue;
        }
      }
      if (f.sem() instanceof Sem.AnchoredWeekday a) {
        Time anchored = anchoredWeekday(a, id, span, times);
        if (anchored != null) {
          times.add(anchored);
          lastDay = times.size() - 1;
          continue;
        }
      }
      Normaliser.Value v = Normaliser.resolve(f.sem(), ref, () -> Tense.of(w, lexicon, f.from(), f.to()));
      Time time = new Time(id, span, v.type(), v.value(), v.usedReference() ? kind : AnchorKind.NONE, Optional.empty(),
          Normaliser.granularity(v.type(), v.value()));
      if (time.granularity() == Times.Granularity.DAY || time.granularity() == Times.Granularity.PART_OF_DAY) {
        if (time.value().length() >= 10 && Character.isDigit(time.value().charAt(0)) && time.value().charAt(4) == '-'
            && Character.isDigit(time.value().charAt(8))) {
          lastDay = times.size();
        }
      }
      if (time.granularity() == Times.Granularity.QUARTER && Character.isDigit(time.value().charAt(0))) {
        lastQuarter = times.size();
      }
      times.add(time);
    }
    return document.with(Times.KEY, new Times(times, clauses(w, sentences, times, firstWord), reference));
  }

  /** "that day", "the next morning": against the latest time before it that fixes the unit, else null. */
  private static Time anchored(Sem.Anchored a, String id, Span span, List<Time> times) {
    for (int k = times.size() - 1; k >= 0; k--) {
      Time t = times.get(k);
      if (t.type() != Times.Type.DATE && t.type() != Times.Type.TIME) {
        continue;
      }
      Normaliser.Value v = Normaliser.anchored(a, t.value());
      if (v != null) {
        Times.Type type = a.time().isEmpty() ? v.type() : Times.Type.TIME;
        return new Time(id, span, type, v.value(), AnchorKind.TIME, Optional.of(t.id()), Normaliser.granularity(type, v.value()));
      }
    }
    return null;
  }

  /** "the previous Friday": against the latest time before it that fixes a day, else null. */
  private static Time anchoredWeekday(Sem.AnchoredWeekday a, String id, Span span, List<Time> times) {
    for (int k = times.size() - 1; k >= 0; k--) {
      Time t = times.get(k);
      if (t.type() != Times.Type.DATE && t.type() != Times.Type.TIME) {
        continue;
      }
      Normaliser.Value v = Normaliser.anchoredWeekday(a, t.value());
      if (v != null) {
        return new Time(id, span, v.type(), v.value(), AnchorKind.TIME, Optional.of(t.id()), Normaliser.granularity(v.type(), v.value()));
      }
    }
    return null;
  }

  private static List<Clause> clauses(Words w, Sentences sentences, List<Time> times, int[] firstWord) {
    List<Clause> out = new ArrayList<>();
    int t = 0;
    List<Sentences.Sentence> ss = sentences.items();
    for (int s = 0; s < ss.size(); s++) {
      int from = w.sentenceFrom[s];
      int to = w.sentenceTo[s];
      if (from >= to) {
        out.add(new Clause(ss.get(s).id(), ss.get(s).span(), List.of()));
        continue;
      }
      int start = from;
      for (int i = from + 1; i <= to; i++) {
        String x = i < to ? w.lower[i] : "";
        boolean cut = i == to
            || x.equals(";") && i + 1 < to
            || x.equals(",") && AFTER_COMMA.contains(w.w(i + 1))
            || SUBORDINATORS.contains(x) && !w.lower[i - 1].equals(",") && insideNoTime(w, i, times, firstWord, t);
        if (!cut) {
          continue;
        }
        List<String> ids = new ArrayList<>();
        while (t < times.size() && firstWord[t] < i) {
          if (firstWord[t] >= start) {
            ids.add(times.get(t).id());
          }
          t++;
        }
        out.add(new Clause(ss.get(s).id(), new Span(w.begin[start], w.end[i - 1]), ids));
        start = i;
      }
    }
    return out;
  }

  /** "a year ago", "a year earlier", "year-earlier", "the year-ago quarter": a year back from a time in focus. */
  private static boolean yearBack(String written) {
    String x = written.toLowerCase(java.util.Locale.ROOT);
    return (x.contains("ago") || x.contains("earlier")) && !x.matches(".*\\d.*") && !x.contains("years");
  }

  /** A subordinator that is part of a time expression ("the day before") does not open a clause. */
  private static boolean insideNoTime(Words w, int i, List<Time> times, int[] firstWord, int t) {
    for (int k = t; k < times.size() && firstWord[k] <= i; k++) {
      Span s = times.get(k).span();
      if (s.begin() <= w.begin[i] && w.end[i] <= s.end()) {
        return false;
      }
    }
    return true;
  }
}
