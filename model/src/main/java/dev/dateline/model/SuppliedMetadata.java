package dev.dateline.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Metadata that arrived with a raw document rather than inside it: command-line flags, a sidecar file, the fields
 * of a JSON Lines record, an RSS item or HTTP headers. Extraction prefers these over what it finds in the content.
 *
 * @param published an ISO-8601 date or date-time, as supplied
 */
public record SuppliedMetadata(
    Optional<String> url,
    Optional<String> title,
    Optional<String> source,
    Optional<String> published,
    Optional<String> language,
    List<String> authors) {

  public static final SuppliedMetadata NONE =
      new SuppliedMetadata(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of());

  public SuppliedMetadata {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(language, "language");
    authors = List.copyOf(authors);
  }

  public SuppliedMetadata withUrl(String value) {
    return new SuppliedMetadata(Optional.ofNullable(value), title, source, published, language, authors);
  }

  public SuppliedMetadata withTitle(String value) {
    return new SuppliedMetadata(url, Optional.ofNullable(value), source, published, language, authors);
  }

  public SuppliedMetadata withSource(String value) {
    return new SuppliedMetadata(url, title, Optional.ofNullable(value), published, language, authors);
  }

  public SuppliedMetadata withPublished(String value) {
    return new SuppliedMetadata(url, title, source, Optional.ofNullable(value), language, authors);
  }

  public SuppliedMetadata withLanguage(String value) {
    return new SuppliedMetadata(url, title, source, published, Optional.ofNullable(value), authors);
  }

  public SuppliedMetadata withAuthors(List<String> value) {
    return new SuppliedMetadata(url, title, source, published, language, value);
  }

  /** Fields of {@code this} where present, else those of {@code fallback}. */
  public SuppliedMetadata orElse(SuppliedMetadata fallback) {
    return new SuppliedMetadata(
        url.or(fallback::url),
        title.or(fallback::title),
        source.or(fallback::source),
        published.or(fallback::published),
        language.or(fallback::language),
        authors.isEmpty() ? fallback.authors : authors);
  }
}
