package dev.dateline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.model.ContentKind;
import java.io.IOException;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FeedUrlTest {
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

  private void feed(String items) {
    server.page("/feed.xml", "application/rss+xml",
        "<rss version=\"2.0\"><channel><title>Local Wire</title>" + items + "</channel></rss>");
  }

  @Test
  void entryLinksAreFetchedAndCarryTheEntryMetadata() throws Exception {
    feed("<item><title>Quake</title><link>/story/1</link><pubDate>Mon, 02 Jun 2025 10:00:00 GMT</pubDate>"
        + "<author>desk@wire.test (Ana Ruiz)</author><description>Short.</description></item>");
    server.page("/story/1", "text/html; charset=utf-8", "<article>Full story.</article>");
    var got = Collected.from(ingest().build().open(server.url("/feed.xml")));
    assertThat(got.failures).isEmpty();
    assertThat(got.documents).singleElement().satisfies(d -> {
      assertThat(d.kind()).isEqualTo(ContentKind.HTML);
      assertThat(d.origin()).isEqualTo(server.url("/story/1"));
      assertThat(d.declaredCharset()).contains("utf-8");
      assertThat(d.supplied().url()).contains(server.url("/story/1"));
      assertThat(d.supplied().title()).contains("Quake");
      assertThat(d.supplied().published()).contains("2025-06-02T10:00Z");
      assertThat(d.supplied().authors()).containsExactly("desk@wire.test (Ana Ruiz)");
      assertThat(d.supplied().source()).contains("Local Wire");
    });
    assertThat(got.text(0)).isEqualTo("<article>Full story.</article>");
  }

  @Test
  void aFailedEntryFetchIsAFailureNamingTheEntryUrlAndTheDescriptionStandsIn() throws Exception {
    feed("<item><title>Gone</title><link>" + server.url("/missing") + "</link>"
        + "<description>Kept summary.</description></item>");
    var got = Collected.from(ingest().build().open(server.url("/feed.xml")));
    assertThat(got.failures).singleElement().satisfies(f -> {
      assertThat(f.origin()).isEqualTo(server.url("/missing"));
      assertThat(f.problem()).contains("HTTP 404");
    });
    assertThat(got.documents).singleElement().satisfies(d -> {
      assertThat(d.kind()).isEqualTo(ContentKind.TEXT);
      assertThat(d.origin()).isEqualTo(server.url("/feed.xml") + "#entry-1");
      assertThat(d.supplied().title()).contains("Gone");
    });
    assertThat(got.text(0)).isEqualTo("Kept summary.");
  }

  @Test
  void withoutFollowingLinksNoEntryPageIsRequested() throws Exception {
    feed("<item><link>/story/1</link><description>Inline.</description></item>");
    server.page("/story/1", "text/html", "<p>x</p>");
    var got = Collected.from(ingest().followFeedLinks(false).build().open(server.url("/feed.xml")));
    assertThat(got.text(0)).isEqualTo("Inline.");
    assertThat(server.count("/story/1")).isZero();
  }

  @Test
  void anEntryLinkThatRobotsDisallowsFallsBackToItsContent() throws Exception {
    server.page("/robots.txt", "text/plain", "User-agent: Dateline\nDisallow: /story/\n");
    feed("<item><link>/story/1</link><description>Inline.</description></item>");
    var got = Collected.from(ingest().build().open(server.url("/feed.xml")));
    assertThat(got.failures).singleElement().satisfies(f -> assertThat(f.problem()).contains("robots.txt"));
    assertThat(got.text(0)).isEqualTo("Inline.");
    assertThat(server.count("/story/1")).isZero();
  }

  @Test
  void anAtomFeedServedAsTextHtmlIsStillReadAsAFeed() throws Exception {
    server.page("/atom", "text/html", "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title>t</title>"
        + "<content type=\"html\">&lt;p&gt;Body&lt;/p&gt;</content></entry></feed>");
    var got = Collected.from(ingest().followFeedLinks(false).build().open(server.url("/atom")));
    assertThat(got.documents).singleElement().satisfies(d -> assertThat(d.kind()).isEqualTo(ContentKind.HTML));
    assertThat(got.text(0)).isEqualTo("<p>Body</p>");
  }
}
