package dev.dateline.store;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A search over the store: free text ranked by BM25 over title and body, narrowed by filters.
 *
 * @param text words to look for, taken literally (no query syntax); {@code ""} or {@code "*"} for a filter-only query
 * @param source keep only articles from this outlet (case-insensitive exact match)
 * @param from keep only articles published on or after this date
 * @param to keep only articles published on or before this date
 * @param language keep only articles in this language (case-insensitive exact match)
 * @param limit the most hits to return, 1 to 10,000
 */
public record SearchQuery(
    String text, Optional<String> source, Optional<LocalDate> from, Optional<LocalDate> to, Optional<String> language, int limit) {

  static final int MAX_LIMIT = 10_000;

  public SearchQuery {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(language, "language");
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", got " + limit);
    }
    if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
      throw new IllegalArgumentException("from " + from.get() + " is after to " + to.get());
    }
  }

  /** Whether the query has no words and only filters. */
  boolean filterOnly() {
    String t = text.strip();
    return t.isEmpty() || t.equals("*");
  }
}
