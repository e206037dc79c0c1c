package dev.dateline.extract.news;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CreditTest {
  private static final NewsReader READER = NewsReader.create();

  private static Optional<String> credited(String text) {
    return READER.read(text, false).creditedSource();
  }

  @Test
  void outletBeforeReported() {
    assertThat(credited("The meeting lasted an hour, CNN reported.")).contains("CNN");
  }

  @Test
  void reportedBeforeOutlet() {
    assertThat(credited("Pressure continues to mount, reported CNN.")).contains("CNN");
  }

  @Test
  void accordingTo() {
    assertThat(credited("The talks stalled, according to Reuters.")).contains("Reuters");
  }

  @Test
  void accordingToAReportBy() {
    assertThat(credited("The talks stalled, according to a report by The Washington Post.")).contains("The Washington Post");
  }

  @Test
  void asPerInformationObtainedBy() {
    assertThat(credited("The plan has three phases, as per information obtained by CNN.")).contains("CNN");
  }

  @Test
  void agencyInBrackets() {
    assertThat(credited("The Senate voted (AP) on the bill.")).contains("Associated Press");
  }

  @Test
  void hasLearned() {
    assertThat(credited("Reuters has learned that the deal is close.")).contains("Reuters");
  }

  @Test
  void toldIsNotACredit() {
    assertThat(credited("The minister told the BBC the talks would go on.")).isEmpty();
  }

  @Test
  void interviewIsNotACredit() {
    assertThat(credited("In an interview with CNN, the minister said talks would go on.")).isEmpty();
  }

  @Test
  void mostCreditedOutletWins() {
    assertThat(credited("The deal is close, Reuters reported. Talks went on, CNN reported. The plan stands, CNN reported."))
        .contains("CNN");
  }

  @Test
  void datelineAgencyCountsAsCredit() {
    assertThat(credited("WASHINGTON (Reuters) - The Senate voted on Tuesday.")).contains("Reuters");
  }

  @Test
  void mentionWithoutCueIsNotACredit() {
    assertThat(credited("CNN is a cable channel based in Atlanta.")).isEmpty();
  }

  @Test
  void datelineAgencyCountsOnce() {
    assertThat(credited("WASHINGTON (Reuters) - The vote passed, CNN reported. The deal stands, CNN reported.")).contains("CNN");
  }

  @Test
  void unknownDatelineAgencyIsCreditedAsWritten() {
    assertThat(credited("KABUL, March 3 (Pajhwok) - The council met.")).contains("Pajhwok");
  }

  @Test
  void pollIsNotACredit() {
    assertThat(credited("He leads by four points, according to a CNN/ORC poll. Another Reuters poll agrees.")).isEmpty();
  }
}
