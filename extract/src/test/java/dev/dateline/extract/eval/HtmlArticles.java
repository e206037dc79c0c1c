package dev.dateline.extract.eval;

import dev.dateline.extract.html.HtmlContent;
import dev.dateline.extract.html.HtmlExtractor;
import dev.dateline.model.Article;
import dev.dateline.model.RawDocument;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Test-side adapter from {@link HtmlExtractor} to the evaluation's raw-document-to-article function: decodes the
 * bytes (a BOM, else the meta charset, else UTF-8) and builds an article from the extracted content. The app wires
 * the full extractor instead.
 */
final class HtmlArticles implements Function<RawDocument, Optional<Article>> {
  private static final Pattern META_CHARSET = Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_:.-]+)", Pattern.CASE_INSENSITIVE);

  private final HtmlExtractor extractor = new HtmlExtractor();

  @Override
  public Optional<Article> apply(RawDocument raw) {
    String html = decode(raw.content());
    HtmlContent c = extractor.extract(html, raw.supplied().url());
    return Optional.of(new Article(Article.idFor(raw.provenance()), raw.provenance(), raw.supplied().url().or(c::canonicalUrl),
        c.siteName(), c.title(), c.published(), Optional.empty(), Optional.empty(), false, c.language(), c.authors(),
        c.text(), List.of(), c.offsets()));
  }

  static String decode(byte[] bytes) {
    if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf) {
      return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    }
    try {
      // bytes that are valid UTF-8 are UTF-8, whatever an old meta tag says
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
          .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      // not UTF-8: the meta charset, else windows-1252
    }
    String head = new String(bytes, 0, Math.min(bytes.length, 16384), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    if (m.find()) {
      try {
        Charset cs = Charset.forName(m.group(1));
        return new String(bytes, cs);
      } catch (IllegalArgumentException e) {
        // unknown name: fall through to UTF-8
      }
    }
    return new String(bytes, Charset.forName("windows-1252"));
  }
}
