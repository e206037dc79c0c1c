package dev.dateline.extract.html;

import dev.dateline.model.OffsetMap;
import dev.dateline.model.Published;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link HtmlExtractor} finds in one HTML page: the main text (paragraphs separated by a blank line), a map from
 * each offset of that text back to the HTML string it came from, and the page's metadata.
 */
public record HtmlContent(
    String text,
    OffsetMap offsets,
    Optional<String> title,
    List<String> authors,
    Optional<Published> published,
    Optional<String> language,
    Optional<String> siteName,
    Optional<String> canonicalUrl) {

  public HtmlContent {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(offsets, "offsets");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(siteName, "siteName");
    Objects.requireNonNull(canonicalUrl, "canonicalUrl");
    authors = List.copyOf(authors);
  }
}
