package dev.dateline.extract.news;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.MonthDay;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DatelineTest {
  private static final NewsReader READER = NewsReader.create();

  private static DatelineMatch dateline(String text) {
    return READER.read(text, false).dateline().orElseThrow(() -> new AssertionError("no dateline in: " + text));
  }

  private static Optional<DatelineMatch> maybe(String text) {
    return READER.read(text, false).dateline();
  }

  @Test
  void placeAndDateBeforeColon() {
    DatelineMatch d = dateline("Tel Aviv, February 7: Blinken met Netanyahu.");
    assertThat(d.place()).isEqualTo("Tel Aviv");
    assertThat(d.monthDay()).contains(MonthDay.of(2, 7));
    assertThat(d.year()).isEmpty();
    assertThat(d.agency()).isEmpty();
  }

  @Test
  void spanCoversDatelineUpToSeparator() {
    String text = "Tel Aviv, February 7: Blinken met Netanyahu.";
    assertThat(dateline(text).span().of(text)).isEqualTo("Tel Aviv, February 7:");
  }

  @Test
  void upperCasePlaceIsPutInNaturalCase() {
    assertThat(dateline("TEL AVIV, Feb 7 (Reuters) - Blinken met Netanyahu.").place()).isEqualTo("Tel Aviv");
  }

  @Test
  void agencyInBracketsAfterAbbreviatedDate() {
    DatelineMatch d = dateline("TEL AVIV, Feb 7 (Reuters) - Blinken met Netanyahu.");
    assertThat(d.agency()).contains("Reuters");
    assertThat(d.monthDay()).contains(MonthDay.of(2, 7));
  }

  @Test
  void placeAndAgencyWithoutDate() {
    DatelineMatch d = dateline("WASHINGTON (AP) — The Senate voted on Tuesday.");
    assertThat(d.place()).isEqualTo("Washington");
    assertThat(d.agency()).contains("AP");
    assertThat(d.monthDay()).isEmpty();
  }

  @Test
  void writtenYearAndSlashedWireAgency() {
    DatelineMatch d = dateline("LONDON, Jan. 3, 2024 /PRNewswire/ -- Acme plc today announced results.");
    assertThat(d.place()).isEqualTo("London");
    assertThat(d.monthDay()).contains(MonthDay.of(1, 3));
    assertThat(d.year()).contains(2024);
    assertThat(d.agency()).contains("PRNewswire");
  }

  @Test
  void severalPlacesJoinedBySlash() {
    assertThat(dateline("GAZA CITY/JERUSALEM, March 4 (Reuters) - Talks resumed.").place())
        .isEqualTo("Gaza City/Jerusalem");
  }

  @Test
  void regionAfterPlace() {
    assertThat(dateline("KYIV, Ukraine (AP) — Drones struck the capital overnight.").place()).isEqualTo("Kyiv, Ukraine");
  }

  @Test
  void dayBeforeMonth() {
    assertThat(dateline("NEW DELHI, 7 February (PTI): The cabinet met.").monthDay()).contains(MonthDay.of(2, 7));
  }

  @Test
  void particlesStayLowerCase() {
    assertThat(dateline("RIO DE JANEIRO, May 2 (Reuters) - Markets rose.").place()).isEqualTo("Rio de Janeiro");
  }

  @Test
  void upperCasePlaceAloneBeforeDash() {
    assertThat(dateline("LONDON — Ministers met on Monday.").place()).isEqualTo("London");
  }

  @Test
  void labelIsNotAPlace() {
    assertThat(maybe("BREAKING - Ministers met on Monday.")).isEmpty();
  }

  @Test
  void capitalsAloneBeforeAColonAreAKicker() {
    assertThat(maybe("BOOM: Trump Just Fired A 5-Word Missile.")).isEmpty();
  }

  @Test
  void mixedCaseOpenerWithoutDateIsNotADateline() {
    assertThat(maybe("Hamas - the militant group - said on Monday it would reply.")).isEmpty();
  }

  @Test
  void organisationWithAcronymIsNotADateline() {
    assertThat(maybe("The World Trade Organisation (WTO) has ruled against the subsidies.")).isEmpty();
  }

  @Test
  void ordinarySentenceIsNotADateline() {
    assertThat(maybe("US Secretary of State, Antony Blinken, met with Israeli Prime Minister Benjamin Netanyahu.")).isEmpty();
  }

  @Test
  void impossibleDateIsNotADateline() {
    assertThat(maybe("LONDON, Feb 30 (Reuters) - Markets rose.")).isEmpty();
  }

  @Test
  void weekdayWrittenWithTheDateIsKept() {
    assertThat(dateline("WASHINGTON, Wednesday, Feb 7 (AP) — The Senate voted.").weekday()).contains(java.time.DayOfWeek.WEDNESDAY);
  }

  @Test
  void bracketedCountryAfterPlaceIsSkipped() {
    DatelineMatch d = dateline("New Delhi [India], February 7 (ANI): The cabinet met on Wednesday.");
    assertThat(d.place()).isEqualTo("New Delhi");
    assertThat(d.agency()).contains("ANI");
  }

  @Test
  void datelineAfterAHeadlineThatStayedIsFound() {
    String text = "Christie looks shell-shocked.\n\nTRENTON, N.J. (AP) — Was that really Chris Christie?";
    DatelineMatch d = dateline(text);
    assertThat(d.place()).isEqualTo("Trenton, N.J.");
    assertThat(d.span().of(text)).isEqualTo("TRENTON, N.J. (AP) —");
  }

  @Test
  void datelineAfterALongFirstParagraphIsNotSought() {
    String lead = "The talks went on late into the night and both sides said that progress had been made on pay, hours, "
        + "pensions and the other matters that had kept them apart for months.";
    assertThat(maybe(lead + "\n\nLONDON (Reuters) - More talks follow.")).isEmpty();
  }
}
