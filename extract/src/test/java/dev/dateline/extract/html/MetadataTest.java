package dev.dateline.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.model.Published;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MetadataTest {
  private static final HtmlExtractor EXTRACTOR = new HtmlExtractor();

  private static HtmlContent withHead(String head) {
    return EXTRACTOR.extract(Pages.page(head, "", Pages.paragraphs(4), ""), Optional.empty());
  }

  private static HtmlContent withBody(String before) {
    return EXTRACTOR.extract(Pages.page("", before, Pages.paragraphs(4), ""), Optional.empty());
  }

  private static final String LD = "<script type=\"application/ld+json\">%s</script>";

  // ---- title

  @Test
  void titleComesFromOpenGraph() {
    assertThat(withHead("<title>Other | Site</title><meta property=\"og:title\" content=\"Bridge to close next year\">").title())
        .contains("Bridge to close next year");
  }

  @Test
  void titleElementLosesItsSiteSuffix() {
    assertThat(withHead("<title>Bridge to close next year | The Daily Herald</title>").title()).contains("Bridge to close next year");
  }

  @Test
  void titleLosesTheSiteNameGivenByOpenGraph() {
    assertThat(withHead("<meta property=\"og:site_name\" content=\"Herald\"><title>Bridge to close - Herald</title>").title())
        .contains("Bridge to close");
  }

  @Test
  void shortTitleKeepsAHyphenatedPart() {
    assertThat(withHead("<title>Brexit - what happens next</title>").title()).contains("Brexit - what happens next");
  }

  @Test
  void titleFallsBackToTheH1() {
    HtmlContent c = EXTRACTOR.extract("<html><body><h1>Bridge to close</h1>" + Pages.paragraphs(4) + "</body></html>", Optional.empty());
    assertThat(c.title()).contains("Bridge to close");
  }

  @Test
  void titlePrefersJsonLdHeadline() {
    assertThat(withHead(LD.formatted("{\"@type\":\"NewsArticle\",\"headline\":\"Council closes bridge\"}")
        + "<meta property=\"og:title\" content=\"Bridge story\">").title()).contains("Council closes bridge");
  }

  // ---- authors

  @Test
  void authorsFromMetaAuthor() {
    assertThat(withHead("<meta name=\"author\" content=\"Jane Doe, John Roe\">").authors()).containsExactly("Jane Doe", "John Roe");
  }

  @Test
  void authorsFromJsonLd() {
    assertThat(withHead(LD.formatted("{\"@type\":\"NewsArticle\",\"author\":[{\"@type\":\"Person\",\"name\":\"Jane Doe\"},"
        + "{\"@type\":\"Person\",\"name\":\"John Roe\"}]}")).authors()).containsExactly("Jane Doe", "John Roe");
  }

  @Test
  void authorsSkipAProfileUrlInArticleAuthor() {
    assertThat(withHead("<meta property=\"article:author\" content=\"https://www.facebook.com/janedoe\">").authors()).isEmpty();
  }

  @Test
  void authorsFromRelAuthorLink() {
    assertThat(withBody("<a rel=\"author\" href=\"/staff/jane\">Jane Doe</a>").authors()).containsExactly("Jane Doe");
  }

  @Test
  void authorsFromBylineLosingTheirBy() {
    assertThat(withBody("<div class=\"byline\">By Jane Doe</div>").authors()).containsExactly("Jane Doe");
  }

  // ---- publication date

  @Test
  void dateFromJsonLdDatePublished() {
    Published p = withHead(LD.formatted("{\"@type\":\"NewsArticle\",\"datePublished\":\"2024-02-07T10:15:00+02:00\","
        + "\"dateModified\":\"2024-02-09T08:00:00Z\"}")).published().orElseThrow();
    assertThat(p.evidence()).isEqualTo(Published.Evidence.JSON_LD);
    assertThat(p.dateTime()).contains(OffsetDateTime.parse("2024-02-07T10:15:00+02:00"));
  }

  @Test
  void dateFromArticlePublishedTime() {
    Published p = withHead("<meta property=\"article:published_time\" content=\"2024-02-07T10:15:00Z\">").published().orElseThrow();
    assertThat(p.evidence()).isEqualTo(Published.Evidence.META);
    assertThat(p.date()).isEqualTo(LocalDate.of(2024, 2, 7));
  }

  @Test
  void dateFromParselyPubDate() {
    assertThat(withHead("<meta name=\"parsely-pub-date\" content=\"2023-11-30T23:10:00-05:00\">").published().map(Published::date))
        .contains(LocalDate.of(2023, 11, 30));
  }

  @Test
  void dateFromDublinCore() {
    assertThat(withHead("<meta name=\"DC.date.issued\" content=\"2022-05-04\">").published().map(Published::date))
        .contains(LocalDate.of(2022, 5, 4));
  }

  @Test
  void dateFromSailthru() {
    assertThat(withHead("<meta name=\"sailthru.date\" content=\"2021-01-15 09:00:00\">").published().map(Published::date))
        .contains(LocalDate.of(2021, 1, 15));
  }

  @Test
  void dateFromRfc1123MetaDate() {
    assertThat(withHead("<meta name=\"date\" content=\"Wed, 07 Feb 2024 10:00:00 GMT\">").published().map(Published::date))
        .contains(LocalDate.of(2024, 2, 7));
  }

  @Test
  void dateFromTimeElement() {
    Published p = withBody("<time datetime=\"2020-03-01T12:00:00Z\">1 March</time>").published().orElseThrow();
    assertThat(p.evidence()).isEqualTo(Published.Evidence.TIME_ELEMENT);
    assertThat(p.date()).isEqualTo(LocalDate.of(2020, 3, 1));
  }

  @Test
  void dateFromItempropDatePublished() {
    assertThat(withBody("<span itemprop=\"datePublished\" content=\"2019-07-04\">July 4</span>").published().map(Published::date))
        .contains(LocalDate.of(2019, 7, 4));
  }

  @Test
  void dateFromUrlPath() {
    HtmlContent c = EXTRACTOR.extract(Pages.article("", ""), Optional.of("https://example.com/news/2024/02/07/bridge-closes/"));
    assertThat(c.published()).contains(Published.onDate(LocalDate.of(2024, 2, 7), false, Published.Evidence.URL));
  }

  @Test
  void publishedDateWinsOverAnEarlierModifiedDate() {
    HtmlContent c = withHead("<meta property=\"article:modified_time\" content=\"2024-03-01T00:00:00Z\">"
        + "<meta property=\"article:published_time\" content=\"2024-02-07T00:00:00Z\">");
    assertThat(c.published().map(Published::date)).contains(LocalDate.of(2024, 2, 7));
  }

  @Test
  void modifiedDateStandsInOnlyWhenNothingElseDates() {
    HtmlContent c = withHead("<meta property=\"article:modified_time\" content=\"2024-03-01T00:00:00Z\">");
    assertThat(c.published().map(Published::date)).contains(LocalDate.of(2024, 3, 1));
  }

  @Test
  void placeholderDateIsIgnored() {
    assertThat(withHead("<meta property=\"article:published_time\" content=\"0001-01-01T00:00:00Z\">").published()).isEmpty();
  }

  // ---- language, site, canonical URL

  @Test
  void languageFromHtmlLang() {
    assertThat(withHead("").language()).contains("en");
  }

  @Test
  void languageFromContentLanguageWhenHtmlHasNone() {
    String html = "<html><head><meta http-equiv=\"content-language\" content=\"de-de\"></head><body>" + Pages.paragraphs(3) + "</body></html>";
    assertThat(EXTRACTOR.extract(html, Optional.empty()).language()).contains("de-DE");
  }

  @Test
  void languageFromOgLocale() {
    String html = "<html><head><meta property=\"og:locale\" content=\"fr_FR\"></head><body>" + Pages.paragraphs(3) + "</body></html>";
    assertThat(EXTRACTOR.extract(html, Optional.empty()).language()).contains("fr-FR");
  }

  @Test
  void siteNameFromOpenGraph() {
    assertThat(withHead("<meta property=\"og:site_name\" content=\"The Herald\">").siteName()).contains("The Herald");
  }

  @Test
  void siteNameFromJsonLdPublisher() {
    assertThat(withHead(LD.formatted("{\"@type\":\"NewsArticle\",\"publisher\":{\"@type\":\"Organization\",\"name\":\"The Herald\"}}"))
        .siteName()).contains("The Herald");
  }

  @Test
  void canonicalUrlResolvedAgainstThePage() {
    HtmlContent c = EXTRACTOR.extract(Pages.page("<link rel=\"canonical\" href=\"/news/bridge\">", "", Pages.paragraphs(3), ""),
        Optional.of("https://example.com/amp/news/bridge?x=1"));
    assertThat(c.canonicalUrl()).contains("https://example.com/news/bridge");
  }

  @Test
  void brokenJsonLdIsIgnored() {
    assertThat(withHead(LD.formatted("{\"@type\":\"NewsArticle\",\"datePublished\":")).published()).isEmpty();
  }

  @Test
  void dateWrittenOutInADateElement() {
    Published p = withBody("<div class=\"post-date\">Veröffentlicht am 3. August 2015</div>").published().orElseThrow();
    assertThat(p.evidence()).isEqualTo(Published.Evidence.TEXT);
    assertThat(p.date()).isEqualTo(LocalDate.of(2015, 8, 3));
  }

  @Test
  void dateWrittenMonthFirstInEnglish() {
    assertThat(withBody("<span class=\"meta\">Posted on Aug. 3rd, 2015 by Jane</span>").published().map(Published::date))
        .contains(LocalDate.of(2015, 8, 3));
  }

  @Test
  void numericDateIsDayFirstOutsideAmericanPages() {
    String html = "<html lang=\"de\"><body><span class=\"datum\">03.08.2015</span>" + Pages.paragraphs(3) + "</body></html>";
    assertThat(EXTRACTOR.extract(html, Optional.empty()).published().map(Published::date)).contains(LocalDate.of(2015, 8, 3));
  }

  @Test
  void metadataDateWinsOverAWrittenDate() {
    HtmlContent c = EXTRACTOR.extract(Pages.page("<meta property=\"article:published_time\" content=\"2024-02-07\">",
        "<span class=\"date\">3 May 2019</span>", Pages.paragraphs(3), ""), Optional.empty());
    assertThat(c.published().map(Published::evidence)).contains(Published.Evidence.META);
  }

  @Test
  void titleElementPartEqualToTheH1IsTheTitle() {
    HtmlContent c = EXTRACTOR.extract("<html><head><title>My Blog › Nummer zwei: Leo</title></head><body><h1>Nummer zwei: Leo</h1>"
        + Pages.paragraphs(3) + "</body></html>", Optional.empty());
    assertThat(c.title()).contains("Nummer zwei: Leo");
  }

  @Test
  void bylineLosesLabelsGluedToTheName() {
    assertThat(withBody("<div class=\"post-author\"><span>Author</span>Jane Doe</div>").authors()).containsExactly("Jane Doe");
    assertThat(withBody("<span class=\"byline\">Posted by: Jane Doe |</span>").authors()).containsExactly("Jane Doe");
  }

  @Test
  void commentFormLabelIsNoAuthor() {
    assertThat(withBody("<label class=\"comment-author\">Name *</label>").authors()).isEmpty();
  }
}
