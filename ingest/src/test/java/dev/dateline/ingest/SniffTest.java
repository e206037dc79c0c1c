package dev.dateline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SniffTest {
  private static Sniff.Format of(String s) {
    return Sniff.of(s.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void anRssRootAfterAPrologAndCommentIsRss() {
    assertThat(of("\uFEFF<?xml version=\"1.0\"?>\n<!-- hi -->\n<rss version=\"2.0\">")).isEqualTo(Sniff.Format.RSS);
  }

  @Test
  void anRdfRootIsRssAndAFeedRootIsAtom() {
    assertThat(of("<rdf:RDF xmlns:rdf=\"x\">")).isEqualTo(Sniff.Format.RSS);
    assertThat(of("<feed xmlns=\"http://www.w3.org/2005/Atom\">")).isEqualTo(Sniff.Format.ATOM);
  }

  @Test
  void aDoctypeHtmlIsHtml() {
    assertThat(of("<!doctype HTML><title>x</title>")).isEqualTo(Sniff.Format.HTML);
  }

  @Test
  void anXmlPrologBeforeAnUnknownRootIsXml() {
    assertThat(of("<?xml version=\"1.0\"?><urlset/>")).isEqualTo(Sniff.Format.XML);
  }

  @Test
  void proseIsTextEvenWithAnAngleBracketLater() {
    assertThat(of("Prices rose <5% in May.")).isEqualTo(Sniff.Format.TEXT);
  }

  @Test
  void nulBytesWithoutAUtf16BomAreBinary() {
    assertThat(Sniff.of(new byte[] {'P', 'K', 3, 4, 0, 0})).isEqualTo(Sniff.Format.BINARY);
    assertThat(Sniff.of(new byte[] {(byte) 0xFF, (byte) 0xFE, 'h', 0, 'i', 0})).isEqualTo(Sniff.Format.TEXT);
  }
}
