package dev.dateline.store;

import java.util.Objects;
import java.util.Optional;

/**
 * One search result.
 *
 * @param score the BM25 score; 0 for filter-only queries, which are ordered by publication date instead
 * @param published the publication date or date-time, ISO-8601
 * @param snippet a short window of the body around the first matching word (the body's start when no word matched
 *     in the body)
 */
public record Hit(
    String id, float score, Optional<String> title, Optional<String> url, Optional<String> source, Optional<String> published, String snippet) {
  public Hit {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(snippet, "snippet");
  }
}
