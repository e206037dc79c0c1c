package dev.dateline.ingest;

import dev.dateline.model.ContentKind;
import dev.dateline.model.Failure;
import dev.dateline.model.SuppliedMetadata;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * A WARC file ({@code .warc}, or {@code .warc.gz} with one gzip member per record), streamed one record at a time:
 * nothing more than one record's headers and one payload (at most {@code maxBytes}) is held.
 *
 * <p>Only {@code response} records of an http(s) target whose HTTP status is 2xx and whose payload is HTML (by its
 * Content-Type, or by its first bytes when there is none) become documents; request, metadata, warcinfo, resource
 * and revisit records, redirects, errors and non-HTML payloads are skipped. A chunked payload is de-chunked and a
 * gzip Content-Encoding decoded, both within {@code maxBytes}. The origin is {@code file.warc.gz#<WARC-Record-ID>},
 * WARC-Target-URI the supplied URL, WARC-Date the fetch time, and the HTTP Content-Type charset the declared charset.
 * A bad record is a Failure and the next is read; a broken framing (no version line, no Content-Length, truncated
 * data) is a Failure that ends the file, since the next record cannot be found.
 */
final class WarcSource implements Source {
  private static final int MAX_LINE = 64 * 1024;
  private static final int MAX_HEADER_BYTES = 256 * 1024;

  private final Path path;
  private final Settings settings;

  WarcSource(Path path, Settings settings) {
    this.path = path;
    this.settings = settings;
  }

  @Override
  public String describe() {
    return path.toString();
  }

  /** Thrown when the WARC framing is broken and the next record cannot be found. */
  private static final class FramingException extends IOException {
    FramingException(String message) {
      super(message);
    }
  }

  @Override
  public void read(Sink sink) throws IOException {
    String file = path.toString();
    boolean gz = file.toLowerCase(Locale.ROOT).endsWith(".gz");
    int number = 0;
    try (InputStream raw = new BufferedInputStream(Files.newInputStream(path), 65536);
        InputStream in = gz ? new BufferedInputStream(new GZIPInputStream(raw, 65536), 65536) : raw) {
      while (true) {
        String version = readLine(in);
        while (version != null && version.isEmpty()) {
          version = readLine(in); // the CRLF CRLF closing the previous record
        }
        if (version == null) {
          return;
        }
        number++;
        if (!version.startsWith("WARC/")) {
          throw new FramingException("record " + number + ": expected a WARC/1.x version line, found '"
              + abbreviate(version) + "'");
        }
        Map<String, String> headers = readHeaders(in);
        long length;
        try {
          length = Long.parseLong(headers.getOrDefault("content-length", "").strip());
        } catch (NumberFormatException e) {
          throw new FramingException("record " + number + ": missing or invalid Content-Length '"
              + headers.get("content-length") + "'");
        }
        if (length < 0) {
          throw new FramingException("record " + number + ": negative Content-Length " + length);
        }
        var block = new Limited(in, length);
        String origin = file + "#" + headers.getOrDefault("warc-record-id", "record-" + number);
        try {
          record(origin, headers, block, sink);
        } catch (FramingException e) {
          throw e;
        } catch (IOException e) {
          if (block.exhausted) {
            throw new FramingException("record " + number + " (" + origin + ") is truncated: " + e.getMessage());
          }
          sink.fail(new Failure(origin, e.getMessage()));
        }
        block.drain(number);
      }
    } catch (FramingException e) {
      sink.fail(new Failure(file, e.getMessage() + "; reading stopped"));
    } catch (ZipException | EOFException e) {
      sink.fail(new Failure(file, "truncated or corrupt data after record " + number + ": " + e.getMessage()
          + "; reading stopped"));
    }
  }

  private void record(String origin, Map<String, String> headers, Limited block, Sink sink) throws IOException {
    if (!"response".equalsIgnoreCase(headers.getOrDefault("warc-type", "").strip())
        || !headers.getOrDefault("content-type", "").strip().toLowerCase(Locale.ROOT).startsWith("application/http")) {
      return;
    }
    String target = headers.getOrDefault("warc-target-uri", "").strip();
    if (target.startsWith("<") && target.endsWith(">")) {
      target = target.substring(1, target.length() - 1); // WARC/0.x style
    }
    if (!target.regionMatches(true, 0, "http", 0, 4)) {
      return;
    }
    try {
      http(origin, headers, target, block, sink);
    } catch (FramingException e) {
      throw new IOException(e.getMessage(), e); // inside one block: the next record is still found
    }
  }

  private void http(String origin, Map<String, String> headers, String target, Limited block, Sink sink)
      throws IOException {
    String statusLine = readLine(block);
    if (statusLine == null) {
      throw new IOException("empty HTTP response block");
    }
    String[] parts = statusLine.split(" ", 3);
    int status;
    try {
      if (!parts[0].startsWith("HTTP/") || parts.length < 2) {
        throw new NumberFormatException();
      }
      status = Integer.parseInt(parts[1]);
    } catch (NumberFormatException e) {
      throw new IOException("unreadable HTTP status line '" + abbreviate(statusLine) + "'");
    }
    Map<String, String> http = readHeaders(block);
    if (status < 200 || status > 299) {
      return;
    }
    Optional<String> contentType = Optional.ofNullable(http.get("content-type")).map(String::strip);
    String media = contentType.map(t -> t.split(";", 2)[0].strip().toLowerCase(Locale.ROOT)).orElse("");
    if (!media.isEmpty() && !media.equals("text/html") && !media.equals("application/xhtml+xml")) {
      return;
    }
    InputStream payload = http.getOrDefault("transfer-encoding", "").toLowerCase(Locale.ROOT).contains("chunked")
        ? new Chunked(block) : block;
    byte[] bytes = Bounded.readAll(payload, settings.maxBytes(), "payload of " + origin);
    String encoding = http.getOrDefault("content-encoding", "identity").strip().toLowerCase(Locale.ROOT);
    if (encoding.equals("gzip") || encoding.equals("x-gzip")) {
      try {
        bytes = Bounded.gunzip(new ByteArrayInputStream(bytes), settings.maxBytes(), "payload of " + origin);
      } catch (ZipException | EOFException e) {
        throw new IOException("payload of " + origin + " is not valid gzip: " + e.getMessage(), e);
      }
    } else if (!encoding.equals("identity") && !encoding.isEmpty()) {
      throw new IOException("unsupported Content-Encoding '" + encoding + "'");
    }
    if (media.isEmpty() && !Sniff.isHtml(bytes)) {
      return;
    }
    Instant fetchedAt = warcDate(headers.get("warc-date"));
    sink.accept(Docs.of(origin, fetchedAt, ContentKind.HTML, bytes, contentType.flatMap(Fetcher::charsetOf),
        SuppliedMetadata.NONE.withUrl(target).orElse(settings.metadata())));
  }

  private Instant warcDate(String value) {
    if (value != null) {
      try {
        return Instant.parse(value.strip());
      } catch (DateTimeParseException e) {
        // an unreadable WARC-Date: the document still counts, fetched "now"
      }
    }
    return settings.clock().instant();
  }

  /** Header lines up to a blank line, names lower-cased, folded continuation lines joined. */
  private static Map<String, String> readHeaders(InputStream in) throws IOException {
    Map<String, String> headers = new HashMap<>();
    String last = null;
    int total = 0;
    while (true) {
      String line = readLine(in);
      if (line == null) {
        throw new EOFException("end of data inside the headers");
      }
      if (line.isEmpty()) {
        return headers;
      }
      total += line.length();
      if (total > MAX_HEADER_BYTES) {
        throw new FramingException("headers longer than " + MAX_HEADER_BYTES + " bytes");
      }
      if ((line.charAt(0) == ' ' || line.charAt(0) == '\t') && last != null) {
        headers.merge(last, " " + line.strip(), String::concat);
        continue;
      }
      int colon = line.indexOf(':');
      if (colon <= 0) {
        continue; // a stray line: skipped like browsers do
      }
      last = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
      headers.putIfAbsent(last, line.substring(colon + 1).strip());
    }
  }

  /** One line without its CR LF, read as ISO-8859-1; null at the end of data. */
  private static String readLine(InputStream in) throws IOException {
    var line = new ByteArrayOutputStream(128);
    int b;
    while ((b = in.read()) != -1) {
      if (b == '\n') {
        break;
      }
      if (line.size() >= MAX_LINE) {
        throw new FramingException("a header line longer than " + MAX_LINE + " bytes");
      }
      line.write(b);
    }
    if (b == -1 && line.size() == 0) {
      return null;
    }
    String s = line.toString(StandardCharsets.ISO_8859_1);
    return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
  }

  private static String abbreviate(String s) {
    return s.length() <= 80 ? s : s.substring(0, 80) + "...";
  }

  /** The block of one record: at most its Content-Length bytes of the underlying stream. */
  private static final class Limited extends FilterInputStream {
    private long remaining;
    boolean exhausted;

    Limited(InputStream in, long length) {
      super(in);
      this.remaining = length;
    }

    @Override
    public int read() throws IOException {
      if (remaining <= 0) {
        return -1;
      }
      int b = super.read();
      if (b == -1) {
        exhausted = true;
        throw new EOFException(remaining + " bytes missing from the record block");
      }
      remaining--;
      return b;
    }

    @Override
    public int read(byte[] buffer, int off, int len) throws IOException {
      if (remaining <= 0) {
        return -1;
      }
      int n = super.read(buffer, off, (int) Math.min(len, remaining));
      if (n == -1) {
        exhausted = true;
        throw new EOFException(remaining + " bytes missing from the record block");
      }
      remaining -= n;
      return n;
    }

    /** Skips what the record did not read, so the stream stands at the next record. */
    void drain(int number) throws IOException {
      byte[] scratch = new byte[8192];
      try {
        while (read(scratch, 0, scratch.length) != -1) {
          // discard
        }
      } catch (EOFException e) {
        throw new FramingException("record " + number + " is truncated: " + e.getMessage());
      }
    }

    @Override
    public void close() {
      // the file stays open for the next record
    }
  }

  /** HTTP/1.1 chunked transfer coding, trailers ignored. */
  private static final class Chunked extends InputStream {
    private final InputStream in;
    private long left;
    private boolean done;

    Chunked(InputStream in) {
      this.in = in;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) == -1 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int off, int len) throws IOException {
      if (done) {
        return -1;
      }
      if (left == 0) {
        String size = readLine(in);
        if (size == null) {
          throw new IOException("chunked payload ends without its last chunk");
        }
        int semi = size.indexOf(';');
        try {
          left = Long.parseLong((semi >= 0 ? size.substring(0, semi) : size).strip(), 16);
        } catch (NumberFormatException e) {
          throw new IOException("invalid chunk size '" + abbreviate(size) + "' in a chunked payload");
        }
        if (left == 0) {
          done = true;
          return -1;
        }
      }
      int n = in.read(buffer, off, (int) Math.min(len, left));
      if (n == -1) {
        throw new IOException("chunked payload ends inside a chunk");
      }
      left -= n;
      if (left == 0) {
        readLine(in); // the CRLF after the chunk data
      }
      return n;
    }
  }
}
