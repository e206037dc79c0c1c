package dev.dateline.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class HtmlExtractorTest {
  private static final HtmlExtractor EXTRACTOR = new HtmlExtractor();

  private static HtmlContent extract(String html) {
    return EXTRACTOR.extract(html, Optional.empty());
  }

  @Test
  void keepsArticleParagraphsSeparatedByABlankLine() {
    HtmlContent c = extract(Pages.article("", ""));
    assertThat(c.text().split("\n\n")).hasSize(6);
    assertThat(c.text()).startsWith(Pages.paragraph(0) + "\n\n" + Pages.paragraph(1));
  }

  @Test
  void collapsesWhiteSpaceInsideAParagraph() {
    String html = Pages.page("", "", "<p>Split   over\n   lines\tand <b>bold</b>words, " + Pages.SENTENCES[0] + "</p>" + Pages.paragraphs(4), "");
    assertThat(extract(html).text()).startsWith("Split over lines and boldwords, ");
  }

  @Test
  void removesNavigationHeaderAndFooter() {
    String html = Pages.article(
        "<header><a href=/>Home</a> <a href=/news>News section</a></header><nav><ul><li><a href=/a>Politics menu</a></li></ul></nav>",
        "<footer><p>Imprint and contact page of the newspaper</p></footer>");
    HtmlContent c = extract(html);
    assertThat(c.text()).contains(Pages.paragraph(0)).doesNotContain("Politics menu").doesNotContain("News section")
        .doesNotContain("Imprint");
  }

  @Test
  void removesCommentSection() {
    String html = Pages.article("", "<div id=\"comments\"><h3>3 Comments</h3><div class=\"comment\"><p>"
        + "I completely disagree with the council, this is a scandal and everyone knows it, shame on them all.</p></div></div>");
    assertThat(extract(html).text()).doesNotContain("scandal").doesNotContain("Comments");
  }

  @Test
  void removesCookieBanner() {
    String html = Pages.article("<div class=\"cookie-banner\"><p>We use cookies to improve your experience, accept or decline them.</p></div>", "");
    assertThat(extract(html).text()).doesNotContain("cookies");
  }

  @Test
  void removesShareBarAndNewsletterBox() {
    String inner = Pages.paragraphs(3) + "<div class=\"share-bar\"><span>Share on Facebook</span></div>"
        + "<div class=\"newsletter-signup\"><p>Get our morning briefing, every weekday, straight into your inbox.</p></div>"
        + Pages.paragraphs(3).replace("Paragraph ", "Further paragraph ");
    HtmlContent c = extract(Pages.page("", "", inner, ""));
    assertThat(c.text()).doesNotContain("Share on Facebook").doesNotContain("morning briefing").contains("Further paragraph 2");
  }

  @Test
  void removesRelatedLinkList() {
    String inner = Pages.paragraphs(6) + "<h3>Related stories</h3><ul><li><a href=/x>Storm damages the harbour wall overnight</a></li>"
        + "<li><a href=/y>New school opens after two years of building work</a></li></ul>";
    HtmlContent c = extract(Pages.page("", "", inner, ""));
    assertThat(c.text()).doesNotContain("harbour wall").doesNotContain("Related stories");
  }

  @Test
  void removesAdvertisementLabelAndAdSlots() {
    String inner = Pages.paragraphs(3) + "<p>Advertisement</p><div class=\"ad-slot\"><p>Buy the best mattress in town now, only this week.</p></div>"
        + Pages.paragraphs(3).replace("Paragraph ", "Further paragraph ");
    HtmlContent c = extract(Pages.page("", "", inner, ""));
    assertThat(c.text()).doesNotContain("Advertisement").doesNotContain("mattress");
  }

  @Test
  void dropsFigureCaptions() {
    String inner = Pages.paragraphs(3) + "<figure><img src=a.jpg><figcaption>The old bridge at dusk. Photo: J. Smith</figcaption></figure>"
        + Pages.paragraphs(3).replace("Paragraph ", "Further paragraph ");
    assertThat(extract(Pages.page("", "", inner, "")).text()).doesNotContain("dusk");
  }

  @Test
  void keepsHeadingsInsideTheArticleAsTheirOwnParagraphs() {
    String inner = Pages.paragraphs(3) + "<h2>What happens next</h2>" + Pages.paragraphs(3).replace("Paragraph ", "Further paragraph ");
    assertThat(extract(Pages.page("", "", inner, "")).text()).contains("\n\nWhat happens next\n\nFurther paragraph 0");
  }

  @Test
  void leavesOutAHeadingThatRepeatsTheTitle() {
    String html = Pages.page("<meta property=\"og:title\" content=\"Bridge to close\">", "", "<h1>Bridge to close</h1>" + Pages.paragraphs(5), "");
    HtmlContent c = extract(html);
    assertThat(c.title()).contains("Bridge to close");
    assertThat(c.text()).startsWith(Pages.paragraph(0));
  }

  @Test
  void everyWordOfTheTextMapsBackToTheSameWordInTheHtml() {
    String html = Pages.article("<nav><a href=/>Home</a></nav>", "<footer>Contact</footer>");
    HtmlContent c = extract(html);
    String text = c.text();
    for (int i = 0; i < text.length(); i++) {
      boolean wordStart = Character.isLetterOrDigit(text.charAt(i)) && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)));
      if (wordStart) {
        int end = i;
        while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
          end++;
        }
        assertThat(html.substring(c.offsets().toRaw(i))).as("word at %d", i).startsWith(text.substring(i, end));
      }
    }
  }

  @Test
  void offsetsStepOverEntities() {
    String html = Pages.page("", "", "<p>Smith &amp; Sons&nbsp;said &#8220;no&#8221; to the council, " + Pages.SENTENCES[1] + "</p>" + Pages.paragraphs(4), "");
    HtmlContent c = extract(html);
    assertThat(c.text()).startsWith("Smith & Sons said \u201cno\u201d to the council");
    int sons = c.text().indexOf("Sons");
    assertThat(html.substring(c.offsets().toRaw(sons))).startsWith("Sons&nbsp;said");
    int no = c.text().indexOf("no\u201d");
    assertThat(html.substring(c.offsets().toRaw(no))).startsWith("no&#8221;");
    assertThat(html.substring(c.offsets().toRaw(c.text().indexOf('&')))).startsWith("&amp;");
  }

  @Test
  void emptyPageGivesEmptyText() {
    assertThat(extract("").text()).isEmpty();
    assertThat(extract("   \n ").text()).isEmpty();
    assertThat(extract("<html><head><title>x</title></head><body></body></html>").text()).isEmpty();
  }

  @Test
  void unclosedTagsDoNotLoseTheText() {
    String html = "<html><body><div class=story><p>" + Pages.paragraph(0) + "<p>" + Pages.paragraph(1) + "<div><b>" + Pages.paragraph(2)
        + "<p>" + Pages.paragraph(3);
    HtmlContent c = extract(html);
    assertThat(c.text()).contains(Pages.paragraph(0)).contains(Pages.paragraph(3));
  }

  @Test
  void deeplyNestedMarkupDoesNotOverflowTheStack() {
    String html = "<div>".repeat(20_000) + "<p>" + Pages.paragraph(0) + "</p>" + "</div>".repeat(20_000);
    assertThat(extract(html).text()).contains("council voted");
  }

  @Test
  void hugePageIsExtracted() {
    String html = Pages.page("", "", Pages.paragraphs(20_000), "");
    assertThat(extract(html).text()).contains(Pages.paragraph(19_999));
  }

  @Test
  void garbageInputGivesNoException() {
    StringBuilder b = new StringBuilder();
    java.util.Random random = new java.util.Random(7);
    for (int i = 0; i < 20_000; i++) {
      b.append("<>&;\"'=/ abcp!-[]".charAt(random.nextInt(17)));
    }
    HtmlContent c = extract(b.toString());
    assertThat(c.text()).doesNotContain("\n\n\n");
  }
}
