package dev.dateline.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dateline.model.ContentKind;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FetchTest {
  private LocalServer server;
  private FakeClock clock;

  @BeforeEach
  void start() throws IOException {
    server = new LocalServer();
    clock = new FakeClock(Instant.parse("2025-06-01T00:00:00Z"));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private Ingest.Builder ingest() {
    return Ingest.builder().clock(clock).sleeper(clock.sleeper());
  }

  @Test
  void aPageIsAnHtmlDocumentWithTheHeaderCharsetAndTheFinalUrl() throws Exception {
    server.redirect("/start", "/page").page("/page", "text/html; charset=ISO-8859-1", "<p>Hello</p>");
    var got = Collected.from(ingest().build().open(server.url("/start")));
    assertThat(got.documents).singleElement().satisfies(d -> {
      assertThat(d.kind()).isEqualTo(ContentKind.HTML);
      assertThat(d.declaredCharset()).contains("ISO-8859-1");
      assertThat(d.supplied().url()).contains(server.url("/page"));
      assertThat(d.origin()).isEqualTo(server.url("/page"));
      assertThat(d.provenance().fetchedAt()).isEqualTo(clock.instant());
    });
    assertThat(got.text(0)).isEqualTo("<p>Hello</p>");
  }

  @Test
  void theUserAgentIsSentWithEveryRequest() throws Exception {
    server.page("/page", "text/plain", "Words.");
    Collected.from(ingest().userAgent("TestBot/2.0").build().open(server.url("/page")));
    assertThat(server.userAgents).isNotEmpty().allMatch("TestBot/2.0"::equals);
  }

  @Test
  void aPathThatRobotsTxtDisallowsIsNeverRequested() {
    server.page("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private\n")
        .page("/private/a", "text/html", "<p>secret</p>");
    assertThatThrownBy(() -> Collected.from(ingest().build().open(server.url("/private/a"))))
        .isInstanceOf(IOException.class).hasMessageContaining("robots.txt").hasMessageContaining("/private/a");
    assertThat(server.count("/private/a")).isZero();
  }

  @Test
  void robotsTxtIsFetchedOncePerHost() throws Exception {
    server.page("/robots.txt", "text/plain", "User-agent: *\nAllow: /\n")
        .page("/a", "text/plain", "A").page("/b", "text/plain", "B");
    Ingest ingest = ingest().build();
    Collected.from(ingest.open(server.url("/a")));
    Collected.from(ingest.open(server.url("/b")));
    assertThat(server.count("/robots.txt")).isEqualTo(1);
  }

  @Test
  void aRobotsTxtServerErrorDisallowsTheHost() {
    server.route("/robots.txt", e -> LocalServer.send(e, 503, "text/plain", "busy"))
        .page("/a", "text/plain", "A");
    assertThatThrownBy(() -> Collected.from(ingest().build().open(server.url("/a"))))
        .isInstanceOf(IOException.class).hasMessageContaining("robots.txt");
    assertThat(server.count("/a")).isZero();
  }

  @Test
  void redirectsPastTheLimitAreRefused() {
    for (int i = 0; i < 10; i++) {
      server.redirect("/r" + i, "/r" + (i + 1));
    }
    assertThatThrownBy(() -> Collected.from(ingest().maxRedirects(3).build().open(server.url("/r0"))))
        .isInstanceOf(IOException.class).hasMessageContaining("too many redirects (more than 3)");
    assertThat(server.requests).containsExactly("/robots.txt", "/r0", "/r1", "/r2", "/r3");
  }

  @Test
  void aRedirectToAFileUrlIsRefused() {
    server.redirect("/go", "file:///etc/passwd");
    assertThatThrownBy(() -> Collected.from(ingest().build().open(server.url("/go"))))
        .isInstanceOf(IOException.class).hasMessageContaining("file:///etc/passwd").hasMessageContaining("refused")
        .hasMessageContaining("only http and https");
  }

  @Test
  void aBodyOverMaxBytesStopsTheReadWithoutAContentLength() {
    server.route("/big", e -> {
      e.getResponseHeaders().add("Content-Type", "text/html");
      e.sendResponseHeaders(200, 0); // chunked: the size is only known by reading
      try (OutputStream out = e.getResponseBody()) {
        for (int i = 0; i < 100; i++) {
          out.write(new byte[1024]);
        }
      } catch (IOException closedByClient) {
        // the client stops reading at maxBytes
      }
    });
    assertThatThrownBy(() -> Collected.from(ingest().maxBytes(10_000).build().open(server.url("/big"))))
        .isInstanceOf(IOException.class).hasMessageContaining("maxBytes (10000 bytes)");
  }

  @Test
  void aDeclaredContentLengthOverMaxBytesIsRefusedBeforeReading() {
    server.page("/big", "text/html", "x".repeat(2000));
    assertThatThrownBy(() -> Collected.from(ingest().maxBytes(1000).build().open(server.url("/big"))))
        .isInstanceOf(IOException.class).hasMessageContaining("Content-Length 2000");
  }

  @Test
  void aGzipEncodedPageIsDecoded() throws Exception {
    byte[] gz = FileSourceTest.gzip("<p>zipped</p>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    server.route("/z", e -> {
      e.getResponseHeaders().add("Content-Type", "text/html");
      e.getResponseHeaders().add("Content-Encoding", "gzip");
      e.sendResponseHeaders(200, gz.length);
      try (OutputStream out = e.getResponseBody()) {
        out.write(gz);
      }
    });
    var got = Collected.from(ingest().build().open(server.url("/z")));
    assertThat(got.text(0)).isEqualTo("<p>zipped</p>");
  }

  @Test
  void aGzipEncodedBodyThatInflatesPastMaxBytesIsRefused() throws Exception {
    byte[] gz = FileSourceTest.gzip(new byte[4 << 20]);
    server.route("/bomb", e -> {
      e.getResponseHeaders().add("Content-Type", "text/html");
      e.getResponseHeaders().add("Content-Encoding", "gzip");
      e.sendResponseHeaders(200, gz.length);
      try (OutputStream out = e.getResponseBody()) {
        out.write(gz);
      }
    });
    assertThatThrownBy(() -> Collected.from(ingest().maxBytes(1 << 20).build().open(server.url("/bomb"))))
        .isInstanceOf(IOException.class).hasMessageContaining("after decompression");
  }

  @Test
  void requestsToOneHostWaitOutThePolitenessDelayOnTheInjectedClock() throws Exception {
    server.page("/a", "text/plain", "A").page("/b", "text/plain", "B");
    Ingest ingest = ingest().politenessDelay(Duration.ofSeconds(2)).build();
    Collected.from(ingest.open(server.url("/a"))); // robots.txt, then /a: one wait
    Collected.from(ingest.open(server.url("/b")));
    assertThat(clock.sleeps).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(2));
  }

  @Test
  void noWaitWhenTheDelayHasAlreadyPassed() throws Exception {
    server.page("/a", "text/plain", "A").page("/b", "text/plain", "B");
    Ingest ingest = ingest().politenessDelay(Duration.ofSeconds(1)).build();
    Collected.from(ingest.open(server.url("/a")));
    clock.sleeps.clear();
    clock.advance(Duration.ofSeconds(5));
    Collected.from(ingest.open(server.url("/b")));
    assertThat(clock.sleeps).isEmpty();
  }

  @Test
  void aServerThatNeverAnswersTimesOut() {
    server.route("/slow", e -> {
      try {
        server.closing.await(30, TimeUnit.SECONDS);
      } catch (InterruptedException ignored) {
        Thread.currentThread().interrupt();
      }
    });
    assertThatThrownBy(() -> Collected.from(ingest().readTimeout(Duration.ofMillis(300)).build()
        .open(server.url("/slow"))))
        .isInstanceOf(IOException.class).hasMessageContaining("readTimeout PT0.3S");
  }

  @Test
  void aBodyThatStallsTimesOut() {
    server.route("/stall", e -> {
      e.getResponseHeaders().add("Content-Type", "text/html");
      e.sendResponseHeaders(200, 0);
      OutputStream out = e.getResponseBody();
      out.write("<p>start".getBytes(java.nio.charset.StandardCharsets.UTF_8));
      out.flush();
      try {
        server.closing.await(30, TimeUnit.SECONDS);
      } catch (InterruptedException ignored) {
        Thread.currentThread().interrupt();
      }
    });
    assertThatThrownBy(() -> Collected.from(ingest().readTimeout(Duration.ofMillis(300)).build()
        .open(server.url("/stall"))))
        .isInstanceOf(IOException.class).hasMessageContaining("stalled");
  }

  @Test
  void anErrorStatusIsRefusedNamingTheUrl() {
    assertThatThrownBy(() -> Collected.from(ingest().build().open(server.url("/gone"))))
        .isInstanceOf(IOException.class).hasMessageContaining("HTTP 404").hasMessageContaining("/gone");
  }
}
