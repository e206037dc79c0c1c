package dev.dateline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.model.ContentKind;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedFileTest {
  @TempDir Path dir;

  private Collected read(String name, String content) throws Exception {
    Path file = Files.writeString(dir.resolve(name), content);
    return Collected.from(Ingest.builder().followFeedLinks(false).build().open(file.toString()));
  }

  @Test
  void rssItemsBecomeDocumentsOfTheirContentWithEntryMetadata() throws Exception {
    var got = read("feed.xml", """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
          <channel><title>Daily Wire</title><language>en-gb</language>
            <item><title>Storm hits coast</title><link>https://news.test/storm</link>
              <pubDate>Tue, 03 Jun 2025 08:00:00 GMT</pubDate><dc:creator>Kim Park</dc:creator>
              <description>&lt;p&gt;Winds rose.&lt;/p&gt;</description></item>
            <item><title>Plain</title><description>No markup here.</description></item>
          </channel>
        </rss>
        """);
    assertThat(got.failures).isEmpty();
    assertThat(got.documents).hasSize(2);
    var first = got.documents.get(0);
    assertThat(first.kind()).isEqualTo(ContentKind.HTML);
    assertThat(got.text(0)).isEqualTo("<p>Winds rose.</p>");
    assertThat(first.origin()).endsWith("feed.xml#entry-1");
    assertThat(first.supplied().title()).contains("Storm hits coast");
    assertThat(first.supplied().url()).contains("https://news.test/storm");
    assertThat(first.supplied().published()).contains("2025-06-03T08:00Z");
    assertThat(first.supplied().authors()).containsExactly("Kim Park");
    assertThat(first.supplied().source()).contains("Daily Wire");
    assertThat(first.supplied().language()).contains("en-gb");
    assertThat(got.documents.get(1).kind()).isEqualTo(ContentKind.TEXT);
  }

  @Test
  void atomEntriesBecomeDocumentsWithAlternateLinkAndAuthorName() throws Exception {
    var got = read("feed.atom", """
        <feed xmlns="http://www.w3.org/2005/Atom"><title>Atom News</title>
          <entry><title>Vote counted</title><id>tag:news.test,2025:1</id>
            <link rel="self" href="https://news.test/self/1"/><link href="https://news.test/vote"/>
            <published>2025-06-03T08:00:00Z</published><updated>2025-06-04T08:00:00Z</updated>
            <author><name>Lu Chen</name><email>lu@news.test</email></author>
            <summary>Short.</summary>
            <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Full &amp; long.</p></div></content>
          </entry>
        </feed>
        """);
    assertThat(got.documents).singleElement().satisfies(d -> {
      assertThat(d.kind()).isEqualTo(ContentKind.HTML);
      assertThat(d.supplied().url()).contains("https://news.test/vote");
      assertThat(d.supplied().published()).contains("2025-06-03T08:00:00Z");
      assertThat(d.supplied().authors()).containsExactly("Lu Chen");
      assertThat(d.supplied().source()).contains("Atom News");
    });
    assertThat(got.text(0)).isEqualTo("<div><p>Full &amp; long.</p></div>");
  }

  @Test
  void rssDatesWithAnOffsetAreRewrittenAsIso8601() throws Exception {
    var got = read("f.rss", """
        <rss><channel><item><title>x</title><pubDate>Tue, 14 Jan 2025 07:45:00 +0200</pubDate>
        <description>Body.</description></item></channel></rss>
        """);
    assertThat(got.documents.get(0).supplied().published()).contains("2025-01-14T07:45+02:00");
  }

  @Test
  void atomUpdatedStandsInForAMissingPublishedDate() throws Exception {
    var got = read("f.xml", """
        <feed xmlns="http://www.w3.org/2005/Atom"><entry><title>x</title>
        <updated>2025-01-01T00:00:00Z</updated><content type="text">Body.</content></entry></feed>
        """);
    assertThat(got.documents.get(0).supplied().published()).contains("2025-01-01T00:00:00Z");
    assertThat(got.documents.get(0).kind()).isEqualTo(ContentKind.TEXT);
  }

  @Test
  void anEntryWithoutContentIsAFailureWhenLinksAreNotFollowed() throws Exception {
    var got = read("f.rss", """
        <rss><channel><item><title>x</title><link>https://news.test/x</link></item></channel></rss>
        """);
    assertThat(got.documents).isEmpty();
    assertThat(got.failures).singleElement().satisfies(f -> assertThat(f.origin()).endsWith("f.rss#entry-1"));
  }

  @Test
  void aBillionLaughsFeedIsRefusedWithoutExpandingAnything() throws Exception {
    var lol = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n <!ENTITY lol \"lol\">\n");
    lol.append(" <!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n");
    for (int i = 2; i <= 9; i++) {
      lol.append(" <!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">\n");
    }
    lol.append("]>\n<rss><channel><item><title>&lol9;</title><description>&lol9;</description></item>"
        + "</channel></rss>\n");
    var got = read("lol.xml", lol.toString());
    assertThat(got.documents).isEmpty();
    assertThat(got.failures).singleElement().satisfies(f -> assertThat(f.problem()).contains("DOCTYPE"));
  }

  @Test
  void anExternalEntityFeedNeverReadsTheReferencedFile() throws Exception {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
    var got = read("xxe.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"" + secret.toUri()
        + "\">]>\n<rss><channel><item><title>t</title><description>&xxe;</description></item></channel></rss>\n");
    assertThat(got.documents).isEmpty();
    assertThat(got.failures).singleElement().satisfies(f -> assertThat(f.toString()).doesNotContain("TOP-SECRET"));
  }

  @Test
  void anXmlFileWhoseRootIsNotAFeedIsAFailure() throws Exception {
    var got = read("sitemap.xml", "<?xml version=\"1.0\"?><urlset><url/></urlset>");
    assertThat(got.failures).singleElement().satisfies(f -> assertThat(f.problem()).contains("urlset"));
  }

  @Test
  void aFeedIsSniffedFromItsRootWhateverTheExtension() throws Exception {
    var got = read("feed.txt", "<rss><channel><item><description>Hi.</description></item></channel></rss>");
    assertThat(got.documents).singleElement().satisfies(d -> assertThat(d.origin()).endsWith("feed.txt#entry-1"));
  }

  @Test
  void entriesBeforeMalformedXmlAreKeptAndTheBreakIsAFailure() throws Exception {
    var got = read("f.xml", "<rss><channel><item><description>One.</description></item><item><description>");
    assertThat(got.documents).hasSize(1);
    assertThat(got.failures).hasSize(1);
  }
}
