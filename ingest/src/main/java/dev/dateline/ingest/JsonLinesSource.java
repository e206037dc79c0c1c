package dev.dateline.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dateline.model.ContentKind;
import dev.dateline.model.Failure;
import dev.dateline.model.SuppliedMetadata;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * JSON Lines in news-please's shape ({@code .jsonl}, {@code .ndjson}, either gzipped), read a line at a time: each
 * line a TEXT document whose bytes are {@code maintext} (or {@code text}, {@code body}) in UTF-8, its origin
 * {@code file.jsonl:LINE}, and whose supplied metadata carries {@code title}, {@code url}, {@code source_domain},
 * {@code language}, {@code authors} and {@code date_publish} (or {@code date}, {@code published}; news-please's
 * {@code "2019-01-01 12:00:00"} becomes {@code "2019-01-01T12:00:00"}). A bad line is a Failure
 * {@code file.jsonl:17: ...} and reading goes on; a line over {@code maxBytes} is skipped without being held.
 */
final class JsonLinesSource implements Source {
  private static final Pattern SPACED_DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}(:\\d{2}.*)?");

  private final Path path;
  private final Settings settings;
  private final ObjectMapper json = new ObjectMapper();

  JsonLinesSource(Path path, Settings settings) {
    this.path = path;
    this.settings = settings;
  }

  @Override
  public String describe() {
    return path.toString();
  }

  @Override
  public void read(Sink sink) throws IOException {
    String file = path.toString();
    int lineNumber = 0;
    try (InputStream raw = Files.newInputStream(path);
        InputStream in = new BufferedInputStream(
            file.toLowerCase(java.util.Locale.ROOT).endsWith(".gz") ? new GZIPInputStream(raw, 65536) : raw,
            65536)) {
      var line = new ByteArrayOutputStream();
      while (true) {
        lineNumber++;
        line.reset();
        boolean tooLong = false;
        int b;
        while ((b = in.read()) != -1 && b != '\n') {
          if (line.size() < settings.maxBytes()) {
            line.write(b);
          } else {
            tooLong = true;
          }
        }
        if (b == -1 && line.size() == 0 && !tooLong) {
          return;
        }
        String origin = file + ":" + lineNumber;
        if (tooLong) {
          sink.fail(new Failure(origin, "line is longer than maxBytes (" + settings.maxBytes() + " bytes); skipped"));
        } else {
          readLine(origin, line.toString(StandardCharsets.UTF_8), sink);
        }
        if (b == -1) {
          return;
        }
      }
    } catch (java.util.zip.ZipException | java.io.EOFException e) {
      sink.fail(new Failure(file + ":" + lineNumber, "corrupt gzip data, reading stopped: " + e.getMessage()));
    }
  }

  private void readLine(String origin, String line, Sink sink) {
    if (line.isBlank()) {
      return;
    }
    JsonNode node;
    try {
      node = json.readTree(line);
    } catch (JsonProcessingException e) {
      sink.fail(new Failure(origin, "invalid JSON: " + e.getOriginalMessage()));
      return;
    }
    if (!node.isObject()) {
      sink.fail(new Failure(origin, "expected a JSON object, got " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT)));
      return;
    }
    Optional<String> text = first(node, "maintext", "text", "body").map(ignored -> rawText(node));
    if (text.isEmpty()) {
      sink.fail(new Failure(origin, "no text: none of maintext, text, body is a non-empty string"));
      return;
    }
    List<String> authors;
    try {
      authors = FileSource.authors(node, origin);
    } catch (IOException e) {
      sink.fail(new Failure(origin, e.getMessage().substring(origin.length() + 2)));
      return;
    }
    SuppliedMetadata meta = new SuppliedMetadata(
        first(node, "url"),
        first(node, "title"),
        first(node, "source_domain"),
        first(node, "date_publish", "date", "published").map(JsonLinesSource::isoDate),
        first(node, "language"),
        authors).orElse(settings.metadata());
    sink.accept(Docs.of(origin, settings.clock().instant(), ContentKind.TEXT,
        text.get().getBytes(StandardCharsets.UTF_8), Optional.of("UTF-8"), meta));
  }

  /** The first of {@code fields} that holds a non-blank string. */
  private static Optional<String> first(JsonNode node, String... fields) {
    for (String field : fields) {
      JsonNode value = node.get(field);
      if (value != null && value.isTextual() && !value.asText().isBlank()) {
        return Optional.of(value.asText().strip());
      }
    }
    return Optional.empty();
  }

  // the text exactly as given (first() strips, which is right for metadata, not for the body)
  private static String rawText(JsonNode node) {
    for (String field : List.of("maintext", "text", "body")) {
      JsonNode value = node.get(field);
      if (value != null && value.isTextual() && !value.asText().isBlank()) {
        return value.asText();
      }
    }
    throw new IllegalStateException("checked by the caller");
  }

  private static String isoDate(String date) {
    String d = date.strip();
    return SPACED_DATE_TIME.matcher(d).matches() ? d.replaceFirst(" ", "T") : d;
  }
}
