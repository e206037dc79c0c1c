package dev.dateline.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A clean news article: the one text that every later annotation's offsets refer to, its metadata, what was
 * removed from the body, and a map from body offsets back to the raw input.
 *
 * @param id stable identifier: the first 16 hex digits of the raw content's SHA-256
 * @param source the outlet that published it (a site name or domain)
 * @param creditedSource the outlet the text credits ("CNN reported", "(AP)"), which may differ from {@code source}
 * @param syndicated whether the text says it was syndicated or auto-generated from a feed
 */
public record Article(
    String id,
    Provenance provenance,
    Optional<String> url,
    Optional<String> source,
    Optional<String> title,
    Optional<Published> published,
    Optional<Dateline> dateline,
    Optional<String> creditedSource,
    boolean syndicated,
    Optional<String> language,
    List<String> authors,
    String text,
    List<Removed> removed,
    OffsetMap offsets) {

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(provenance, "provenance");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(dateline, "dateline");
    Objects.requireNonNull(creditedSource, "creditedSource");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(offsets, "offsets");
    authors = List.copyOf(authors);
    removed = List.copyOf(removed);
    if (id.isBlank()) {
      throw new IllegalArgumentException("article id must not be blank (origin " + provenance.origin() + ")");
    }
    if (dateline.isPresent() && !dateline.get().span().within(text.length())) {
      throw new IllegalArgumentException(
          "dateline span " + dateline.get().span() + " lies outside the text of length " + text.length() + " (article " + id + ")");
    }
  }

  /** The id an article gets from its provenance: the first 16 hex digits of the raw content hash. */
  public static String idFor(Provenance provenance) {
    return provenance.contentHash().substring(0, 16);
  }
}
