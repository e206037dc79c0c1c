package dev.dateline.ingest;

import dev.dateline.model.ContentKind;
import dev.dateline.model.RawDocument;
import dev.dateline.model.SuppliedMetadata;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * An http(s) URL: a page becomes one HTML (or TEXT) document whose supplied URL is the final URL after redirects,
 * a feed is read entry by entry. The charset of the Content-Type header becomes the declared charset.
 */
final class UrlSource implements Source {
  private final URI uri;
  private final Settings settings;
  private final Fetcher fetcher;

  UrlSource(URI uri, Settings settings, Fetcher fetcher) {
    this.uri = uri;
    this.settings = settings;
    this.fetcher = fetcher;
  }

  @Override
  public String describe() {
    return uri.toString();
  }

  @Override
  public void read(Sink sink) throws IOException {
    Fetcher.Response response = fetcher.fetch(uri);
    switch (formatOf(response)) {
      case RSS, ATOM, XML -> FeedDocuments.read(response.body(), response.uri().toString(),
          Optional.of(response.uri()), settings, fetcher, sink);
      case HTML -> sink.accept(document(response, ContentKind.HTML, settings.metadata()));
      case TEXT -> sink.accept(document(response, ContentKind.TEXT, settings.metadata()));
      case BINARY -> throw new IOException(uri + " answered with " + response.contentType().orElse("no Content-Type")
          + ", which is neither a page, text nor a feed");
    }
  }

  /** What a response holds: its media type decides, its first bytes where the type is missing or vague. */
  static Sniff.Format formatOf(Fetcher.Response response) {
    String type = response.contentType()
        .map(t -> t.split(";", 2)[0].strip().toLowerCase(Locale.ROOT))
        .orElse("");
    Sniff.Format sniffed = Sniff.of(response.body());
    if (sniffed == Sniff.Format.RSS || sniffed == Sniff.Format.ATOM) {
      return sniffed; // feeds are often served as text/html or text/plain
    }
    if (type.equals("text/html") || type.equals("application/xhtml+xml")) {
      return Sniff.Format.HTML;
    }
    if (type.equals("text/plain")) {
      return Sniff.Format.TEXT;
    }
    if (type.endsWith("/xml") || type.endsWith("+xml")) {
      return Sniff.Format.XML;
    }
    if (type.isEmpty() || type.startsWith("text/")) {
      return sniffed;
    }
    return Sniff.Format.BINARY;
  }

  /** A fetched page as a document: origin and supplied URL are the final URL, {@code fallback} fills the rest. */
  static RawDocument document(Fetcher.Response response, ContentKind kind, SuppliedMetadata fallback) {
    String url = response.uri().toString();
    return Docs.of(url, response.fetchedAt(), kind, response.body(), response.charset(),
        SuppliedMetadata.NONE.withUrl(url).orElse(fallback));
  }
}
