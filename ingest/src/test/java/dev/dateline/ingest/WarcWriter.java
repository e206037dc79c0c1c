package dev.dateline.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;

/** Writes WARC records for tests, each record its own gzip member when {@code gzip} is set, as crawlers do. */
final class WarcWriter implements AutoCloseable {
  private final OutputStream out;
  private final boolean gzip;

  WarcWriter(OutputStream out, boolean gzip) {
    this.out = out;
    this.gzip = gzip;
  }

  void record(String type, String id, String date, String target, String contentType, byte[] block)
      throws IOException {
    var record = new ByteArrayOutputStream();
    var head = new StringBuilder("WARC/1.0\r\nWARC-Type: " + type + "\r\nWARC-Record-ID: " + id + "\r\n");
    head.append("WARC-Date: ").append(date).append("\r\n");
    if (target != null) {
      head.append("WARC-Target-URI: ").append(target).append("\r\n");
    }
    head.append("Content-Type: ").append(contentType).append("\r\n");
    head.append("Content-Length: ").append(block.length).append("\r\n\r\n");
    record.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
    record.write(block);
    record.write("\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
    if (gzip) {
      var member = new GZIPOutputStream(new NonClosing(out));
      record.writeTo(member);
      member.close();
    } else {
      record.writeTo(out);
    }
  }

  /** A response record for {@code target} with an HTTP head and payload. */
  void response(String id, String date, String target, String httpHead, byte[] payload) throws IOException {
    var block = new ByteArrayOutputStream();
    block.write(httpHead.replace("\n", "\r\n").getBytes(StandardCharsets.ISO_8859_1));
    block.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
    block.write(payload);
    record("response", id, date, target, "application/http; msgtype=response", block.toByteArray());
  }

  @Override
  public void close() throws IOException {
    out.close();
  }

  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
