package dev.dateline.ingest;

import dev.dateline.model.ContentKind;
import dev.dateline.model.Failure;
import dev.dateline.model.RawDocument;
import dev.dateline.model.SuppliedMetadata;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;

/**
 * Turns feed entries into documents. With {@code followFeedLinks} each entry's link is fetched and the page is the
 * document; without it, or when the fetch fails (a Failure naming the entry URL), the entry's own content or
 * description is. Entry title, link, date, authors, and the feed's title (as source) and language are supplied
 * metadata, over the command-line metadata.
 */
final class FeedDocuments implements FeedReader.Handler {
  private final String origin;
  private final Optional<URI> base;
  private final Settings settings;
  private final Fetcher fetcher;
  private final Sink sink;

  private FeedDocuments(String origin, Optional<URI> base, Settings settings, Fetcher fetcher, Sink sink) {
    this.origin = origin;
    this.base = base;
    this.settings = settings;
    this.fetcher = fetcher;
    this.sink = sink;
  }

  /**
   * Reads the feed in {@code bytes}; a malformed or hostile feed is one Failure for {@code origin}, after the
   * entries that came before the problem.
   *
   * @param base the feed's URL, against which relative entry links resolve; empty for a local file
   */
  static void read(byte[] bytes, String origin, Optional<URI> base, Settings settings, Fetcher fetcher, Sink sink)
      throws InterruptedIOException {
    try {
      FeedReader.read(new ByteArrayInputStream(bytes), new FeedDocuments(origin, base, settings, fetcher, sink));
    } catch (XMLStreamException e) {
      sink.fail(new Failure(origin, "not a readable RSS or Atom feed: " + e.getMessage()));
    } catch (InterruptedIOException e) {
      throw e;
    } catch (IOException e) {
      sink.fail(new Failure(origin, e.getMessage()));
    }
  }

  @Override
  public void entry(FeedReader.Entry entry) throws IOException {
    SuppliedMetadata meta = new SuppliedMetadata(entry.link(), entry.title(), entry.feedTitle(), entry.published(),
        entry.feedLanguage(), entry.authors()).orElse(settings.metadata());
    if (settings.followFeedLinks() && entry.link().isPresent()) {
      String link = entry.link().get();
      try {
        sink.accept(fetched(link, meta));
        return;
      } catch (InterruptedIOException e) {
        throw e;
      } catch (IOException e) {
        sink.fail(new Failure(link, "entry " + entry.number() + " of " + origin + ": " + e.getMessage()));
      }
    }
    String entryOrigin = origin + "#entry-" + entry.number();
    if (entry.content().isPresent()) {
      sink.accept(Docs.of(entryOrigin, settings.clock().instant(), entry.contentKind(),
          entry.content().get().getBytes(StandardCharsets.UTF_8), Optional.of("UTF-8"), meta));
    } else if (entry.link().isEmpty()) {
      sink.fail(new Failure(entryOrigin, "the entry has neither a link nor any content"));
    } else if (!settings.followFeedLinks()) {
      sink.fail(new Failure(entryOrigin, "the entry has no content, and feed links are not followed"));
    }
  }

  private RawDocument fetched(String link, SuppliedMetadata meta) throws IOException {
    URI uri;
    try {
      uri = base.map(b -> b.resolve(link)).orElseGet(() -> URI.create(link));
    } catch (IllegalArgumentException e) {
      throw new IOException("not a valid URL: '" + link + "'", e);
    }
    Fetcher.Response response = fetcher.fetch(uri);
    return switch (UrlSource.formatOf(response)) {
      case HTML -> UrlSource.document(response, ContentKind.HTML, meta.withUrl(null));
      case TEXT -> UrlSource.document(response, ContentKind.TEXT, meta.withUrl(null));
      case RSS, ATOM, XML, BINARY -> throw new IOException(response.uri() + " answered with "
          + response.contentType().orElse("no Content-Type") + ", not a page");
    };
  }
}
