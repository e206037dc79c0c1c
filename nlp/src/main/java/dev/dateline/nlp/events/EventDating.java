package dev.dateline.nlp.events;

import dev.dateline.model.Article;
import dev.dateline.model.Document;
import dev.dateline.model.Events.DateSource;
import dev.dateline.model.Events.EventDate;
import dev.dateline.model.Events.Granularity;
import dev.dateline.model.Span;
import dev.dateline.model.Times;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * When an event happened. The order of evidence: a calendar time expression in the trigger's own clause (the time
 * stage's {@link Times#clauses()}), nearest the trigger; else one elsewhere in the trigger's sentence; else the
 * dateline's date; else the publication date. The fallback dates are the article's, not the event's: the source says
 * so, so a reader can tell "reported on" from "happened on". Durations, sets and {@code PRESENT_REF} date nothing;
 * nor does a value the text leaves unknown ({@code XXXX-WXX-1} for a bare "Monday"), except in an article with no
 * date of its own (no dateline date, no publication date), where such a value, the only date there is, dates the
 * event with its unknown parts as X and the expression as evidence.
 */
final class EventDating {
  /** A calendar value: a year, month, day or week ("2024", "2024-02", "2024-02-07", "2024-W06"). */
  private static final Pattern CALENDAR_VALUE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?|-W\\d{2})?");
  /** The same with unknown parts ("XXXX-WXX-1"). */
  private static final Pattern WITH_UNKNOWN_PARTS =
      Pattern.compile("[\\dX]{4}(-[\\dX]{2}(-[\\dX]{2})?|-W[\\dX]{2}(-\\d)?)?");

  /** The dates of the events of one document; built once per document. */
  static final class ForDocument {
    private final Article article;
    private final Times times;
    private final Map<String, Times.Time> byId = new HashMap<>();
    /** Whether the article has no date to resolve a relative expression against (see the class comment). */
    private final boolean undated;

    private ForDocument(Document document) {
      this.article = document.article();
      this.times = document.require(Times.KEY);
      this.undated = fallback().isEmpty();
      for (Times.Time t : times.items()) {
        byId.put(t.id(), t);
      }
    }

    /** The date of the event whose trigger is {@code trigger} in the sentence spanning {@code sentence}. */
    Optional<EventDate> date(Span trigger, Span sentence) {
      List<Times.Clause> clauses = times.clauses();
      // clauses are in text order: start from the first that may hold the trigger or begin the sentence
      int from = firstEndingAfter(Math.min(trigger.begin(), sentence.begin()));
      Times.Clause own = null;
      for (int k = from; k < clauses.size() && clauses.get(k).span().begin() <= trigger.begin(); k++) {
        Times.Clause c = clauses.get(k);
        if (c.span().begin() <= trigger.begin() && trigger.begin() < c.span().end()) {
          own = c;
          break;
        }
      }
      Optional<EventDate> explicit = own == null ? Optional.empty() : nearest(own, trigger);
      if (explicit.isEmpty()) {
        for (int k = from; k < clauses.size() && clauses.get(k).span().begin() < sentence.end(); k++) {
          Times.Clause c = clauses.get(k);
          if (c != own && sentence.begin() <= c.span().begin() && c.span().end() <= sentence.end()) {
            explicit = better(explicit, nearest(c, trigger), trigger);
          }
        }
      }
      return explicit.isPresent() ? explicit : fallback();
    }

    /** The index of the first clause ending after {@code offset} (clause spans are in text order, not overlapping). */
    private int firstEndingAfter(int offset) {
      List<Times.Clause> clauses = times.clauses();
      int lo = 0;
      int hi = clauses.size();
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (clauses.get(mid).span().end() <= offset) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo;
    }

    private Optional<EventDate> nearest(Times.Clause clause, Span trigger) {
      Optional<EventDate> best = Optional.empty();
      for (String id : clause.times()) {
        Times.Time t = byId.get(id);
        if (t != null) {
          best = better(best, calendarDate(t, undated), trigger);
        }
      }
      return best;
    }

    private static Optional<EventDate> better(Optional<EventDate> a, Optional<EventDate> b, Span trigger) {
      if (a.isEmpty()) {
        return b;
      }
      if (b.isEmpty()) {
        return a;
      }
      return distance(b.get(), trigger) < distance(a.get(), trigger) ? b : a;
    }

    private static int distance(EventDate d, Span trigger) {
      Span s = d.evidence().orElseThrow();
      return s.end() <= trigger.begin() ? trigger.begin() - s.end() : Math.max(0, s.begin() - trigger.end());
    }

    /** The story's own date: the dateline's, else the publication date (the day whose roles code its actors). */
    Optional<java.time.LocalDate> storyDate() {
      if (article.dateline().isPresent() && article.dateline().get().date().isPresent()) {
        return article.dateline().get().date();
      }
      return article.published().map(p -> p.date());
    }

    private Optional<EventDate> fallback() {
      if (article.dateline().isPresent() && article.dateline().get().date().isPresent()) {
        return Optional.of(new EventDate(article.dateline().get().date().get().toString(), Granularity.DAY,
            DateSource.DATELINE, Optional.empty()));
      }
      return article.published().map(p -> new EventDate(p.date().toString(), Granularity.DAY, DateSource.PUBLISHED,
          Optional.empty()));
    }
  }

  ForDocument of(Document document) {
    return new ForDocument(document);
  }

  /**
   * A time expression as an event date, when it names a calendar day, week, month or year; a finer value (a part of
   * day, a clock time) dates the day it falls on, a coarser one (a quarter, a season, a decade) is not an event date.
   */
  static Optional<EventDate> calendarDate(Times.Time t) {
    return calendarDate(t, false);
  }

  /** As {@link #calendarDate(Times.Time)}; with {@code unknown}, values with unknown parts ("XXXX-WXX-1") too. */
  static Optional<EventDate> calendarDate(Times.Time t, boolean unknown) {
    if (t.type() != Times.Type.DATE && t.type() != Times.Type.TIME) {
      return Optional.empty();
    }
    String v = t.value();
    Granularity g;
    String value;
    switch (t.granularity()) {
      case MINUTE, HOUR, PART_OF_DAY, DAY -> {
        g = Granularity.DAY;
        value = v.length() >= 10 ? v.substring(0, 10) : v;
      }
      case WEEK -> {
        g = Granularity.WEEK;
        value = v;
      }
      case MONTH -> {
        g = Granularity.MONTH;
        value = v;
      }
      case YEAR -> {
        g = Granularity.YEAR;
        value = v;
      }
      default -> {
        return Optional.empty();
      }
    }
    if (!CALENDAR_VALUE.matcher(value).matches() && !(unknown && WITH_UNKNOWN_PARTS.matcher(value).matches())) {
      return Optional.empty();
    }
    return Optional.of(new EventDate(value, g, DateSource.TIME_EXPRESSION, Optional.of(t.span())));
  }
}
