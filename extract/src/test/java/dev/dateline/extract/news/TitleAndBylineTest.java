package dev.dateline.extract.news;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.model.Removed;
import org.junit.jupiter.api.Test;

class TitleAndBylineTest {
  private static final NewsReader READER = NewsReader.create();

  @Test
  void firstLineShapedLikeHeadlineIsTheTitle() {
    NewsBody body = READER.read("Ad sales boost Time Warner profit\n\nQuarterly profits jumped 76%.\n\nThe firm gained.", true);
    assertThat(body.title()).contains("Ad sales boost Time Warner profit");
    assertThat(body.text()).isEqualTo("Quarterly profits jumped 76%.\n\nThe firm gained.");
    assertThat(body.removed()).containsExactly(new Removed(Removed.Kind.TITLE, "Ad sales boost Time Warner profit"));
  }

  @Test
  void headlineUnderAStandfirstIsTheTitle() {
    NewsBody body = READER.read("Blinken met Netanyahu in Jerusalem on Monday.\n"
        + "Blinken warns Israel, Hamas of 'decisive moment' to reach agreement\n"
        + "It is his ninth mission to the region.", true);
    assertThat(body.title()).contains("Blinken warns Israel, Hamas of 'decisive moment' to reach agreement");
    assertThat(body.text()).isEqualTo("Blinken met Netanyahu in Jerusalem on Monday.\nIt is his ninth mission to the region.");
  }

  @Test
  void firstSentenceIsNotATitle() {
    NewsBody body = READER.read("Quarterly profits jumped 76% on Monday.\n\nThe firm gained.", true);
    assertThat(body.title()).isEmpty();
  }

  @Test
  void quotedSpeechIsNotATitle() {
    NewsBody body = READER.read("\"We will win this, whatever happens\" said the minister\n\nThe vote is on Friday.", true);
    assertThat(body.title()).isEmpty();
  }

  @Test
  void textWithMarkupGetsNoTitleFromItsLines() {
    NewsBody body = READER.read("Ad sales boost Time Warner profit\n\nQuarterly profits jumped 76%.", false);
    assertThat(body.title()).isEmpty();
  }

  @Test
  void bylineLineGivesAuthors() {
    NewsBody body = READER.read("By Jane Doe and John Roe\n\nThe talks went on.", false);
    assertThat(body.authors()).containsExactly("Jane Doe", "John Roe");
    assertThat(body.text()).isEqualTo("The talks went on.");
    assertThat(body.removed()).containsExactly(new Removed(Removed.Kind.BYLINE, "By Jane Doe and John Roe"));
  }

  @Test
  void upperCaseBylineIsPutInNaturalCase() {
    assertThat(READER.read("BY JANE DOE, Reuters\n\nThe talks went on.", false).authors()).containsExactly("Jane Doe");
  }

  @Test
  void sentenceOpeningWithByIsNotAByline() {
    NewsBody body = READER.read("By Monday Evening, the talks had collapsed.\n\nThey resumed.", false);
    assertThat(body.authors()).isEmpty();
    assertThat(body.removed()).isEmpty();
  }

  @Test
  void shortFirstLineOpeningWithDatelineIsNotATitle() {
    NewsBody body = READER.read("WASHINGTON (AP) — The Senate voted on the bill\n\nIt passed narrowly.", true);
    assertThat(body.title()).isEmpty();
    assertThat(body.dateline()).isPresent();
  }

  @Test
  void firstLineRepeatingTheKnownTitleIsCutWhateverItsShape() {
    NewsBody body = READER.read("Clinton Plan for Taxes Is Expansive but Complex.\n\nThe plan would raise taxes.", false,
        java.util.Optional.of("Clinton plan for taxes is expansive but complex"));
    assertThat(body.text()).isEqualTo("The plan would raise taxes.");
    assertThat(body.removed()).containsExactly(new Removed(Removed.Kind.TITLE, "Clinton Plan for Taxes Is Expansive but Complex."));
  }
}
