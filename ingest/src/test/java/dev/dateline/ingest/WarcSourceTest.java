package dev.dateline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.model.ContentKind;
import dev.dateline.model.Failure;
import dev.dateline.model.RawDocument;
import java.io.BufferedOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarcSourceTest {
  @TempDir Path dir;

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private Collected read(Path file) throws Exception {
    return Collected.from(Ingest.builder().build().open(file.toString()));
  }

  @Test
  void aMultiRecordWarcGzYieldsItsHtmlResponsesOnly() throws Exception {
    Path file = dir.resolve("crawl.warc.gz");
    try (var w = new WarcWriter(Files.newOutputStream(file), true)) {
      w.record("warcinfo", "<urn:uuid:0>", "2025-01-01T00:00:00Z", null, "application/warc-fields",
          utf8("software: test\r\n"));
      w.record("request", "<urn:uuid:1>", "2025-01-01T00:00:01Z", "https://news.test/a",
          "application/http; msgtype=request", utf8("GET /a HTTP/1.1\r\nHost: news.test\r\n\r\n"));
      w.response("<urn:uuid:2>", "2025-01-01T00:00:02Z", "https://news.test/a",
          "HTTP/1.1 200 OK\nContent-Type: text/html; charset=windows-1252\n", utf8("<p>Story A</p>"));
      w.response("<urn:uuid:3>", "2025-01-01T00:00:03Z", "https://news.test/logo.png",
          "HTTP/1.1 200 OK\nContent-Type: image/png\n", new byte[] {(byte) 0x89, 'P', 'N', 'G'});
      w.record("metadata", "<urn:uuid:4>", "2025-01-01T00:00:04Z", "https://news.test/a",
          "application/warc-fields", utf8("outlink: https://news.test/b\r\n"));
      w.response("<urn:uuid:5>", "2025-01-01T00:00:05Z", "https://news.test/old",
          "HTTP/1.1 404 Not Found\nContent-Type: text/html\n", utf8("<p>gone</p>"));
      w.response("<urn:uuid:6>", "2025-01-01T00:00:06Z", "https://news.test/b",
          "HTTP/1.1 200 OK\nContent-Type: text/html\n", utf8("<p>Story B</p>"));
    }
    var got = read(file);
    assertThat(got.failures).isEmpty();
    assertThat(got.documents).extracting(RawDocument::origin)
        .containsExactly(file + "#<urn:uuid:2>", file + "#<urn:uuid:6>");
    RawDocument a = got.documents.get(0);
    assertThat(a.kind()).isEqualTo(ContentKind.HTML);
    assertThat(a.declaredCharset()).contains("windows-1252");
    assertThat(a.supplied().url()).contains("https://news.test/a");
    assertThat(a.provenance().fetchedAt()).isEqualTo(Instant.parse("2025-01-01T00:00:02Z"));
    assertThat(got.text(0)).isEqualTo("<p>Story A</p>");
    assertThat(got.text(1)).isEqualTo("<p>Story B</p>");
  }

  @Test
  void anUncompressedWarcIsReadToo() throws Exception {
    Path file = dir.resolve("crawl.warc");
    try (var w = new WarcWriter(Files.newOutputStream(file), false)) {
      w.response("<urn:uuid:1>", "2025-01-01T00:00:00Z", "http://news.test/",
          "HTTP/1.0 200 OK\nContent-Type: text/html\n", utf8("<p>one</p>"));
      w.response("<urn:uuid:2>", "2025-01-01T00:00:00Z", "http://news.test/2",
          "HTTP/1.0 200 OK\nContent-Type: text/html\n", utf8("<p>two</p>"));
    }
    assertThat(read(file).documents).hasSize(2);
  }

  @Test
  void aChunkedPayloadIsDechunked() throws Exception {
    Path file = dir.resolve("c.warc.gz");
    try (var w = new WarcWriter(Files.newOutputStream(file), true)) {
      w.response("<urn:uuid:1>", "2025-01-01T00:00:00Z", "http://news.test/",
          "HTTP/1.1 200 OK\nContent-Type: text/html\nTransfer-Encoding: chunked\n",
          utf8("5\r\n<p>He\r\n7;ext=1\r\nllo</p>\r\n0\r\n\r\n"));
    }
    assertThat(read(file).text(0)).isEqualTo("<p>Hello</p>");
  }

  @Test
  void aGzipContentEncodedPayloadIsDecoded() throws Exception {
    Path file = dir.resolve("g.warc.gz");
    try (var w = new WarcWriter(Files.newOutputStream(file), true)) {
      w.response("<urn:uuid:1>", "2025-01-01T00:00:00Z", "http://news.test/",
          "HTTP/1.1 200 OK\nContent-Type: text/html\nContent-Encoding: gzip\n",
          FileSourceTest.gzip(utf8("<p>inner</p>")));
    }
    assertThat(read(file).text(0)).isEqualTo("<p>inner</p>");
  }

  @Test
  void aPayloadWithoutContentTypeIsTakenWhenItLooksLikeHtml() throws Exception {
    Path file = dir.resolve("s.warc.gz");
    try (var w = new WarcWriter(Files.newOutputStream(file), true)) {
      w.response("<urn:uuid:1>", "2025-01-01T00:00:00Z", "http://news.test/", "HTTP/1.1 200 OK\n",
          utf8("<!DOCTYPE html><html><p>x</p></html>"));
      w.response("<urn:uuid:2>", "2025-01-01T00:00:00Z", "http://news.test/data", "HTTP/1.1 200 OK\n",
          utf8("just, some, csv"));
    }
    assertThat(read(file).documents).extracting(RawDocument::origin).containsExactly(file + "#<urn:uuid:1>");
  }

  @Test
  void aPayloadOverMaxBytesIsAFailureAndTheNextRecordIsRead() throws Exception {
    Path file = dir.resolve("big.warc.gz");
    try (var w = new WarcWriter(Files.newOutputStream(file), true)) {
      w.response("<urn:uuid:big>", "2025-01-01T00:00:00Z", "http://news.test/big",
          "HTTP/1.1 200 OK\nContent-Type: text/html\n", utf8("<p>" + "x".repeat(5000) + "</p>"));
      w.response("<urn:uuid:small>", "2025-01-01T00:00:00Z", "http://news.test/small",
          "HTTP/1.1 200 OK\nContent-Type: text/html\n", utf8("<p>ok</p>"));
    }
    var got = Collected.from(Ingest.builder().maxBytes(1000).build().open(file.toString()));
    assertThat(got.failures).singleElement().satisfies(f -> {
      assertThat(f.origin()).isEqualTo(file + "#<urn:uuid:big>");
      assertThat(f.problem()).contains("maxBytes");
    });
    assertThat(got.documents).extracting(RawDocument::origin).containsExactly(file + "#<urn:uuid:small>");
  }

  @Test
  void aBadHttpStatusLineFailsOnlyItsRecord() throws Exception {
    Path file = dir.resolve("bad.warc.gz");
    try (var w = new WarcWriter(Files.newOutputStream(file), true)) {
      w.response("<urn:uuid:1>", "2025-01-01T00:00:00Z", "http://news.test/1", "GARBAGE\n", utf8("<p>x</p>"));
      w.response("<urn:uuid:2>", "2025-01-01T00:00:00Z", "http://news.test/2",
          "HTTP/1.1 200 OK\nContent-Type: text/html\n", utf8("<p>ok</p>"));
    }
    var got = read(file);
    assertThat(got.failures).singleElement().satisfies(f -> assertThat(f.problem()).contains("GARBAGE"));
    assertThat(got.documents).hasSize(1);
  }

  @Test
  void aTruncatedWarcKeepsTheRecordsBeforeAndFailsNamingTheFile() throws Exception {
    Path whole = dir.resolve("whole.warc");
    try (var w = new WarcWriter(Files.newOutputStream(whole), false)) {
      w.response("<urn:uuid:1>", "2025-01-01T00:00:00Z", "http://news.test/1",
          "HTTP/1.1 200 OK\nContent-Type: text/html\n", utf8("<p>one</p>"));
      w.response("<urn:uuid:2>", "2025-01-01T00:00:00Z", "http://news.test/2",
          "HTTP/1.1 200 OK\nContent-Type: text/html\n", utf8("<p>two, much longer than what is left</p>"));
    }
    byte[] bytes = Files.readAllBytes(whole);
    Path cut = Files.write(dir.resolve("cut.warc"), java.util.Arrays.copyOf(bytes, bytes.length - 30));
    var got = read(cut);
    assertThat(got.documents).hasSize(1);
    assertThat(got.failures).singleElement().satisfies(f -> {
      assertThat(f.origin()).isEqualTo(cut.toString());
      assertThat(f.problem()).contains("truncated");
    });
  }

  @Test
  void aFileThatIsNotWarcIsOneFailure() throws Exception {
    Path file = Files.writeString(dir.resolve("x.warc"), "hello\nworld\n");
    var got = read(file);
    assertThat(got.documents).isEmpty();
    assertThat(got.failures).singleElement().satisfies(f -> assertThat(f.problem()).contains("WARC/1.x"));
  }

  @Test
  void tenThousandRecordsStreamThroughACountingSink() throws Exception {
    Path file = dir.resolve("big-crawl.warc.gz");
    int records = 10_000;
    try (var w = new WarcWriter(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16), true)) {
      for (int i = 0; i < records; i++) {
        w.response("<urn:uuid:" + i + ">", "2025-01-01T00:00:00Z", "https://news.test/" + i,
            "HTTP/1.1 200 OK\nContent-Type: text/html; charset=utf-8\n",
            utf8("<html><head><title>Story " + i + "</title></head><body><p>" + "Paragraph of news. ".repeat(20)
                + i + "</p></body></html>"));
      }
    }
    var count = new AtomicLong();
    var bytes = new AtomicLong();
    var maxAfterGc = new AtomicLong();
    Sink counting = new Sink() {
      @Override
      public void accept(RawDocument document) {
        if (count.incrementAndGet() % 500 == 0) {
          maxAfterGc.accumulateAndGet(liveAfterLastGc(), Math::max);
        }
        bytes.addAndGet(document.content().length);
      }

      @Override
      public void fail(Failure failure) {
        throw new AssertionError(failure.toString());
      }
    };
    Runtime rt = Runtime.getRuntime();
    System.gc();
    long before = rt.totalMemory() - rt.freeMemory();
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    Ingest.builder().build().open(file.toString()).read(counting);
    long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP).mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    System.gc();
    long after = rt.totalMemory() - rt.freeMemory();
    assertThat(count.get()).isEqualTo(records);
    // the peaks include garbage not yet collected; the heap after each GC is the live set the reader keeps
    System.out.printf("WARC stream: %d records, %d payload bytes, file %d bytes; heap used before %d KiB,"
            + " after %d KiB, largest heap after a GC during the read %d KiB, sum of heap pool peaks %d KiB%n",
        count.get(), bytes.get(), Files.size(file), before / 1024, after / 1024, maxAfterGc.get() / 1024,
        peak / 1024);
  }

  private static long liveAfterLastGc() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP && p.getCollectionUsage() != null)
        .mapToLong(p -> p.getCollectionUsage().getUsed()).sum();
  }
}
