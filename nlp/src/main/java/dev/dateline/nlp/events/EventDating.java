package dev.dateline.nlp.events;

import dev.dateline.model.Article;
import dev.dateline.model.Document;
import dev.dateline.model.Events.DateSource;
import dev.dateline.model.Events.EventDate;
import dev.dateline.model.Events.Granularity;
import dev.dateline.model.Span;
import java.util.Optional;

/**
 * When an event happened. The order of evidence: the time expression that governs the trigger (the time stage's
 * {@code Times} layer, not yet built: this is where it will be read, and {@link DateSource#TIME_EXPRESSION} then comes
 * first), else the dateline's date, else the publication date. The fallback dates are the article's, not the event's:
 * the source says so, so a reader can tell "reported on" from "happened on".
 */
final class EventDating {

  /** The date of the event whose trigger is {@code trigger}, if the article gives any. */
  Optional<EventDate> date(Document document, Span trigger) {
    Article article = document.article();
    if (article.dateline().isPresent() && article.dateline().get().date().isPresent()) {
      return Optional.of(new EventDate(article.dateline().get().date().get().toString(), Granularity.DAY,
          DateSource.DATELINE, Optional.empty()));
    }
    return article.published().map(p -> new EventDate(p.date().toString(), Granularity.DAY, DateSource.PUBLISHED,
        Optional.empty()));
  }
}
