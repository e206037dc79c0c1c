package dev.dateline.nlp.clusters;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NewsTokenizerTest {

  @Test
  void splitsPunctuationAndClitics() {
    assertThat(NewsTokenizer.tokenize("He didn't say it's over, \"yet\"."))
        .containsExactly("He", "did", "n't", "say", "it", "'s", "over", ",", "\"", "yet", "\"", ".");
  }

  @Test
  void curlyApostropheClitics() {
    assertThat(NewsTokenizer.tokenize("Trump\u2019s aides can\u2019t"))
        .containsExactly("Trump", "'s", "aides", "ca", "n't");
  }

  @Test
  void abbreviationsKeepTheirPeriod() {
    assertThat(NewsTokenizer.tokenize("Mr. Smith of the U.S. left."))
        .containsExactly("Mr.", "Smith", "of", "the", "U.S.", "left", ".");
  }

  @Test
  void numbersAndHyphenatedWordsStayWhole() {
    assertThat(NewsTokenizer.tokenize("a 3.5% rise to $1,200 in mid-year (\u00a3600m)"))
        .containsExactly("a", "3.5", "%", "rise", "to", "$", "1,200", "in", "mid-year", "(", "\u00a3", "600m", ")");
  }

  @Test
  void possessiveOfPluralIsItsOwnToken() {
    assertThat(NewsTokenizer.tokenize("the players' union")).containsExactly("the", "players", "'", "union");
  }

  @Test
  void dashesAndEllipses() {
    assertThat(NewsTokenizer.tokenize("wait -- no... ``yes''"))
        .containsExactly("wait", "--", "no", "...", "``", "yes", "''");
  }
}
