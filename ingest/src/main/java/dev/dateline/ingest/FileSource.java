package dev.dateline.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dateline.model.ContentKind;
import dev.dateline.model.Failure;
import dev.dateline.model.SuppliedMetadata;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * One file, its format chosen by extension and then by its first bytes.
 *
 * <ul>
 *   <li>{@code .warc}, {@code .warc.gz}: WARC response records with HTML payloads, one document each;
 *   <li>{@code .jsonl}, {@code .ndjson} (also gzipped): one TEXT document per line, news-please fields;
 *   <li>any other {@code .gz}: decompressed (at most {@code maxBytes}) and read by its inner name;
 *   <li>{@code .html}, {@code .htm}, {@code .xhtml}, or HTML by its first bytes: one HTML document;
 *   <li>{@code .xml}, {@code .rss}, {@code .atom}, or an rss/RDF/feed root element: a feed;
 *   <li>anything else that is not binary: one TEXT document.
 * </ul>
 *
 * <p>A text or HTML file may have a sidecar {@code <file>.meta.json}: a JSON object with the optional string fields
 * {@code url}, {@code title}, {@code source}, {@code published} (ISO-8601), {@code language}, and {@code authors} (a
 * string or an array of strings). Its fields win over the command-line metadata, which fills the rest. Any other
 * field is refused as a likely typo, and a sidecar that cannot be read fails the file it describes.
 */
final class FileSource implements Source {
  static final String SIDECAR = ".meta.json";
  private static final Set<String> SIDECAR_FIELDS = Set.of("url", "title", "source", "published", "language",
      "authors");

  private final Path path;
  private final Settings settings;
  private final Fetcher fetcher;

  FileSource(Path path, Settings settings, Fetcher fetcher) {
    this.path = path;
    this.settings = settings;
    this.fetcher = fetcher;
  }

  @Override
  public String describe() {
    return path.toString();
  }

  @Override
  public void read(Sink sink) throws IOException {
    if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
      throw new IOException("not a readable file: " + path);
    }
    String origin = path.toString();
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".warc") || name.endsWith(".warc.gz")) {
      new WarcSource(path, settings).read(sink);
    } else if (isJsonLines(name)) {
      new JsonLinesSource(path, settings).read(sink);
    } else {
      byte[] bytes;
      String inner = name;
      try {
        if (name.endsWith(".gz")) {
          try (InputStream in = new BufferedInputStream(Files.newInputStream(path))) {
            bytes = Bounded.gunzip(in, settings.maxBytes(), origin);
          }
          inner = name.substring(0, name.length() - 3);
        } else {
          if (Files.size(path) > settings.maxBytes()) {
            throw new TooLargeException(origin, settings.maxBytes());
          }
          try (InputStream in = Files.newInputStream(path)) {
            bytes = Bounded.readAll(in, settings.maxBytes(), origin);
          }
        }
      } catch (TooLargeException | java.util.zip.ZipException e) {
        sink.fail(new Failure(origin, e.getMessage()));
        return;
      } catch (java.io.EOFException e) {
        sink.fail(new Failure(origin, "truncated gzip data: " + e.getMessage()));
        return;
      }
      readBytes(origin, inner, bytes, sink);
    }
  }

  private static boolean isJsonLines(String name) {
    String n = name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
    return n.endsWith(".jsonl") || n.endsWith(".ndjson");
  }

  private void readBytes(String origin, String name, byte[] bytes, Sink sink) throws IOException {
    Sniff.Format format = Sniff.of(bytes);
    if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
      format = Sniff.Format.HTML;
    } else if ((name.endsWith(".xml") || name.endsWith(".rss") || name.endsWith(".atom"))
        && format != Sniff.Format.BINARY) {
      format = Sniff.Format.XML;
    }
    switch (format) {
      case RSS, ATOM, XML -> FeedDocuments.read(bytes, origin, Optional.empty(), settings, fetcher, sink);
      case BINARY -> sink.fail(new Failure(origin,
          "binary content: not text, HTML, a feed, JSON Lines or WARC"));
      case HTML, TEXT -> {
        if (bytes.length == 0) {
          sink.fail(new Failure(origin, "empty file"));
          return;
        }
        Optional<SuppliedMetadata> sidecar;
        try {
          sidecar = sidecar();
        } catch (IOException e) {
          sink.fail(new Failure(origin, e.getMessage()));
          return;
        }
        SuppliedMetadata meta = sidecar.map(s -> s.orElse(settings.metadata())).orElse(settings.metadata());
        ContentKind kind = format == Sniff.Format.HTML ? ContentKind.HTML : ContentKind.TEXT;
        sink.accept(Docs.of(origin, settings.clock().instant(), kind, bytes, Optional.empty(), meta));
      }
    }
  }

  private Optional<SuppliedMetadata> sidecar() throws IOException {
    Path file = path.resolveSibling(path.getFileName() + SIDECAR);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    JsonNode node;
    try (InputStream in = Files.newInputStream(file)) {
      node = new ObjectMapper().readTree(Bounded.readAll(in, 1024 * 1024, "sidecar " + file));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IOException("sidecar " + file + " is not valid JSON: " + e.getOriginalMessage(), e);
    }
    if (node == null || !node.isObject()) {
      throw new IOException("sidecar " + file + " must hold a JSON object");
    }
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String field = names.next();
      if (!SIDECAR_FIELDS.contains(field)) {
        throw new IOException("sidecar " + file + " has an unknown field '" + field + "'; known fields are "
            + new java.util.TreeSet<>(SIDECAR_FIELDS));
      }
    }
    return Optional.of(new SuppliedMetadata(
        string(node, "url", file), string(node, "title", file), string(node, "source", file),
        string(node, "published", file), string(node, "language", file), authors(node, file)));
  }

  private static Optional<String> string(JsonNode node, String field, Path file) throws IOException {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (!value.isTextual()) {
      throw new IOException("sidecar " + file + ": field '" + field + "' must be a string, got " + value);
    }
    return value.asText().isBlank() ? Optional.empty() : Optional.of(value.asText().strip());
  }

  /** A string or an array of strings, as in news-please's {@code authors}. */
  static List<String> authors(JsonNode node, Object where) throws IOException {
    JsonNode value = node.get("authors");
    List<String> out = new ArrayList<>();
    if (value == null || value.isNull()) {
      return out;
    }
    if (value.isTextual()) {
      if (!value.asText().isBlank()) {
        out.add(value.asText().strip());
      }
      return out;
    }
    if (!value.isArray()) {
      throw new IOException(where + ": field 'authors' must be a string or an array of strings, got " + value);
    }
    for (JsonNode a : value) {
      if (!a.isTextual()) {
        throw new IOException(where + ": field 'authors' must hold strings, got " + a);
      }
      if (!a.asText().isBlank()) {
        out.add(a.asText().strip());
      }
    }
    return out;
  }
}
