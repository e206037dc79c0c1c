package dev.dateline.nlp.sentences;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.model.Document;
import dev.dateline.model.Sentences;
import dev.dateline.nlp.TestArticles;
import dev.dateline.nlp.paragraphs.ParagraphStage;
import dev.dateline.nlp.tokens.TokenStage;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceStageTest {

  private static List<String> sentences(String text) {
    Document d = Document.of(TestArticles.of(text));
    d = new SentenceStage().apply(new TokenStage().apply(new ParagraphStage().apply(d)));
    return d.require(Sentences.KEY).items().stream().map(s -> s.span().of(text)).toList();
  }

  @Test
  void nameIsSentencesV2() {
    assertThat(new SentenceStage().name()).isEqualTo("sentences.v2");
  }

  @Test
  void fullStopBeforeACapitalEndsASentence() {
    assertThat(sentences("Blinken met Netanyahu. The talks ended.")).containsExactly("Blinken met Netanyahu.", "The talks ended.");
  }

  @Test
  void fullStopBeforeALowerCaseWordDoesNotEndASentence() {
    assertThat(sentences("It cost 3 bn. dollars in all.")).containsExactly("It cost 3 bn. dollars in all.");
  }

  @Test
  void titleAbbreviationNeverEndsASentence() {
    assertThat(sentences("He met Sen. John Smith and Dr. Jones.")).containsExactly("He met Sen. John Smith and Dr. Jones.");
  }

  @Test
  void initialsDoNotEndASentence() {
    assertThat(sentences("Senator J. D. Vance spoke.")).containsExactly("Senator J. D. Vance spoke.");
  }

  @Test
  void abbreviationBeforeALowerCaseWordDoesNotEndASentence() {
    assertThat(sentences("U.S. officials said so.")).containsExactly("U.S. officials said so.");
  }

  @Test
  void abbreviationBeforeACapitalisedNameDoesNotEndASentence() {
    assertThat(sentences("The U.S. Secretary of State arrived.")).containsExactly("The U.S. Secretary of State arrived.");
  }

  @Test
  void abbreviationBeforeAStarterWordEndsASentence() {
    assertThat(sentences("He was in the U.S. The next day he left."))
        .containsExactly("He was in the U.S.", "The next day he left.");
  }

  @Test
  void endClassAbbreviationEndsASentenceBeforeACapital() {
    assertThat(sentences("They brought food, water, etc. Aid trucks followed."))
        .containsExactly("They brought food, water, etc.", "Aid trucks followed.");
  }

  @Test
  void closingQuoteBelongsToTheSentenceItCloses() {
    assertThat(sentences("He said \"it is time.\" Then he left."))
        .containsExactly("He said \"it is time.\"", "Then he left.");
  }

  @Test
  void closingBracketBelongsToTheSentenceItCloses() {
    assertThat(sentences("(The talks ended.) Aid resumed.")).containsExactly("(The talks ended.)", "Aid resumed.");
  }

  @Test
  void quoteSpanningSentencesIsStillSplit() {
    assertThat(sentences("\"We are ready. And we will work,\" he said."))
        .containsExactly("\"We are ready.", "And we will work,\" he said.");
  }

  @Test
  void exclamationInsideQuoteBeforeLowerCaseAttributionDoesNotEndASentence() {
    assertThat(sentences("\"Stop!\" he said.")).containsExactly("\"Stop!\" he said.");
  }

  @Test
  void questionMarkBeforeACapitalEndsASentence() {
    assertThat(sentences("Will it hold? Nobody knows.")).containsExactly("Will it hold?", "Nobody knows.");
  }

  @Test
  void ellipsisBeforeACapitalEndsASentence() {
    assertThat(sentences("We waited... Nothing came.")).containsExactly("We waited...", "Nothing came.");
  }

  @Test
  void ellipsisBeforeALowerCaseWordDoesNotEndASentence() {
    assertThat(sentences("focused on ensuring ... that we can")).containsExactly("focused on ensuring ... that we can");
  }

  @Test
  void headlineWithoutFinalPunctuationEndsAtTheLineEnd() {
    assertThat(sentences("Blinken Meets Netanyahu\nThe talks lasted an hour."))
        .containsExactly("Blinken Meets Netanyahu", "The talks lasted an hour.");
  }

  @Test
  void datelineBeforeAColonStaysInTheFirstSentence() {
    assertThat(sentences("Tel Aviv, February 7: US Secretary Antony Blinken met Netanyahu. He left."))
        .containsExactly("Tel Aviv, February 7: US Secretary Antony Blinken met Netanyahu.", "He left.");
  }

  @Test
  void colonNeverEndsASentence() {
    assertThat(sentences("One thing must happen: The Secretary has to show up."))
        .containsExactly("One thing must happen: The Secretary has to show up.");
  }

  @Test
  void numberedListMarkerDoesNotEndASentence() {
    assertThat(sentences("1. Release the hostages")).containsExactly("1. Release the hostages");
  }

  @Test
  void sentencesNeverCrossParagraphs() {
    assertThat(sentences("He said that\nthe talks went on")).containsExactly("He said that", "the talks went on");
  }

  @Test
  void parenthesisGluedToTheNextSentenceEndsASentence() {
    assertThat(sentences("(This is an auto-generated story)US Secretary Blinken met Herzog."))
        .containsExactly("(This is an auto-generated story)", "US Secretary Blinken met Herzog.");
  }
}
