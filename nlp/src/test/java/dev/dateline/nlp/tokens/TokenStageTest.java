package dev.dateline.nlp.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.model.Document;
import dev.dateline.model.Span;
import dev.dateline.model.Tokens;
import dev.dateline.nlp.Stage;
import dev.dateline.nlp.StageContract;
import dev.dateline.nlp.TestArticles;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenStageTest extends StageContract {

  @Override
  protected Stage stage() {
    return new TokenStage();
  }

  private static List<String> tokens(String text) {
    return new TokenStage().apply(Document.of(TestArticles.of(text))).require(Tokens.KEY).items().stream()
        .map(t -> t.span().of(text)).toList();
  }

  @Test
  void nameIsTokensV2() {
    assertThat(new TokenStage().name()).isEqualTo("tokens.v2");
  }

  @Test
  void tokensKeepExactOffsets() {
    String text = "  Blinken met\u00a0Netanyahu.";
    List<Span> spans = new TokenStage().apply(Document.of(TestArticles.of(text))).require(Tokens.KEY).items().stream()
        .map(Tokens.Token::span).toList();
    assertThat(spans).containsExactly(new Span(2, 9), new Span(10, 13), new Span(14, 23), new Span(23, 24));
  }

  @Test
  void negationCliticIsSplitOffWithItsN() {
    assertThat(tokens("don't can't won't")).containsExactly("do", "n't", "ca", "n't", "wo", "n't");
  }

  @Test
  void possessiveSIsSplitOff() {
    assertThat(tokens("Hamas's")).containsExactly("Hamas", "'s");
  }

  @Test
  void verbCliticsAreSplitOff() {
    assertThat(tokens("we're I'm they'll we've she'd")).containsExactly("we", "'re", "I", "'m", "they", "'ll", "we", "'ve", "she", "'d");
  }

  @Test
  void typographicApostropheSplitsLikeTheStraightOne() {
    assertThat(tokens("Blinken’s we’re don’t")).containsExactly("Blinken", "’s", "we", "’re", "do", "n’t");
  }

  @Test
  void possessiveApostropheAfterSIsItsOwnToken() {
    assertThat(tokens("Hamas' response")).containsExactly("Hamas", "'", "response");
  }

  @Test
  void apostropheInsideANameStays() {
    assertThat(tokens("O'Brien at 5 o'clock")).containsExactly("O'Brien", "at", "5", "o'clock");
  }

  @Test
  void listedAbbreviationsKeepTheirPeriod() {
    assertThat(tokens("Sen. Dr. Inc. Jan. Gov.")).containsExactly("Sen.", "Dr.", "Inc.", "Jan.", "Gov.");
  }

  @Test
  void letterPeriodSequencesAreOneToken() {
    assertThat(tokens("U.S. a.m. J.D. U.S.A.")).containsExactly("U.S.", "a.m.", "J.D.", "U.S.A.");
  }

  @Test
  void capitalInitialKeepsItsPeriod() {
    assertThat(tokens("J. D. Vance")).containsExactly("J.", "D.", "Vance");
  }

  @Test
  void numberAbbreviationKeepsItsPeriodOnlyBeforeANumber() {
    assertThat(tokens("No. 10 said no.")).containsExactly("No.", "10", "said", "no", ".");
  }

  @Test
  void sentenceFinalPeriodAfterAnAbbreviationStaysInIt() {
    assertThat(tokens("officials in the U.S.")).containsExactly("officials", "in", "the", "U.S.");
  }

  @Test
  void ordinaryWordDoesNotTakeThePeriod() {
    assertThat(tokens("the press.")).containsExactly("the", "press", ".");
  }

  @Test
  void numbersKeepTheirSeparators() {
    assertThat(tokens("11:50 1,000 3.5 2024-02-07 1,000,000")).containsExactly("11:50", "1,000", "3.5", "2024-02-07", "1,000,000");
  }

  @Test
  void commaBetweenNumbersNotInThousandsSplits() {
    assertThat(tokens("2,3")).containsExactly("2", ",", "3");
  }

  @Test
  void ordinalsAreOneToken() {
    assertThat(tokens("21st 2nd 9th")).containsExactly("21st", "2nd", "9th");
  }

  @Test
  void urlsAreOneTokenWithoutTrailingPunctuation() {
    assertThat(tokens("see https://example.com/a?b=1, or www.bbc.co.uk.")).containsExactly("see", "https://example.com/a?b=1", ",", "or", "www.bbc.co.uk", ".");
  }

  @Test
  void hostNamesWithAKnownEndingAreOneToken() {
    assertThat(tokens("at paulhastings.com.")).containsExactly("at", "paulhastings.com", ".");
  }

  @Test
  void emailAddressesAreOneToken() {
    assertThat(tokens("mail vangie.mcgilloway@powersrc.com.")).containsExactly("mail", "vangie.mcgilloway@powersrc.com", ".");
  }

  @Test
  void handlesAndHashtagsAreOneToken() {
    assertThat(tokens("@SecBlinken #Gaza #1")).containsExactly("@SecBlinken", "#Gaza", "#", "1");
  }

  @Test
  void currencySignIsSplitFromTheAmount() {
    assertThat(tokens("$5 €10")).containsExactly("$", "5", "€", "10");
  }

  @Test
  void percentSignIsSplitFromTheNumber() {
    assertThat(tokens("5%")).containsExactly("5", "%");
  }

  @Test
  void hyphenatedWordsStayOneToken() {
    assertThat(tokens("two-state Iranian-backed")).containsExactly("two-state", "Iranian-backed");
  }

  @Test
  void suspendedHyphenStaysOnItsWord() {
    assertThat(tokens("short- and long-term")).containsExactly("short-", "and", "long-term");
  }

  @Test
  void ellipsisIsOneToken() {
    assertThat(tokens("ensuring ... that… so")).containsExactly("ensuring", "...", "that", "…", "so");
  }

  @Test
  void standaloneDashesAreOneTokenEach() {
    assertThat(tokens("pause - the -- end — and – so")).containsExactly("pause", "-", "the", "--", "end", "—", "and", "–", "so");
  }

  @Test
  void eachQuoteMarkIsItsOwnToken() {
    assertThat(tokens("\"“‘pause’”\"")).containsExactly("\"", "“", "‘", "pause", "’", "”", "\"");
  }

  @Test
  void singleQuotesAroundAPhraseAreSplitOff() {
    assertThat(tokens("'Generally Positive'")).containsExactly("'", "Generally", "Positive", "'");
  }

  @Test
  void repeatedPunctuationIsOneToken() {
    assertThat(tokens("What?! No!!! *** ====")).containsExactly("What", "?!", "No", "!!!", "***", "====");
  }

  @Test
  void cannotIsSplitIntoTwoWords() {
    assertThat(tokens("Cannot cannot")).containsExactly("Can", "not", "can", "not");
  }

  @Test
  void capitalLettersAroundAnAmpersandStayTogether() {
    assertThat(tokens("AT&T and R&D")).containsExactly("AT&T", "and", "R&D");
  }

  @Test
  void upperCaseAbbreviationInAHeadlineKeepsItsPeriod() {
    assertThat(tokens("ST. LOUIS")).containsExactly("ST.", "LOUIS");
  }

  @Test
  void initialIKeepsItsPeriodOnlyBeforeACapitalisedWord() {
    assertThat(tokens("I. Austin and I.")).containsExactly("I.", "Austin", "and", "I", ".");
  }

  @Test
  void decimalWithoutLeadingZeroIsOneToken() {
    assertThat(tokens("average .596")).containsExactly("average", ".596");
  }
}
