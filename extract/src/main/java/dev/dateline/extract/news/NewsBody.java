package dev.dateline.extract.news;

import dev.dateline.model.OffsetMap;
import dev.dateline.model.Removed;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A body text with its news furniture read: the text with disclaimers, pasted headlines, title and byline lines
 * taken out; a map from its offsets to offsets of the text given to {@link NewsReader#read}; and what was found.
 */
public record NewsBody(
    String text,
    OffsetMap offsets,
    Optional<String> title,
    List<String> authors,
    Optional<DatelineMatch> dateline,
    Optional<String> creditedSource,
    boolean syndicated,
    List<Removed> removed) {

  public NewsBody {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(offsets, "offsets");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(dateline, "dateline");
    Objects.requireNonNull(creditedSource, "creditedSource");
    authors = List.copyOf(authors);
    removed = List.copyOf(removed);
  }
}
