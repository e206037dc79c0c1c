package dev.dateline.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dateline.model.Published;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PublicationDatesTest {

  @Test
  void sameDayMentionBeatsAMoreRecentYearWhereItIsTheDayBefore() {
    // 10 August: Wednesday in 2016, Thursday in 2017.
    LocalDate date = PublicationDates.inferYear(MonthDay.of(8, 10), Optional.empty(),
        "Hillary Clinton on Wednesday spoke in Des Moines.", LocalDate.of(2017, 9, 14));
    assertThat(date).isEqualTo(LocalDate.of(2016, 8, 10));
  }

  @Test
  void dayBeforeMentionKeepsTheRecentYear() {
    // 1 April 2016 was a Friday; the Thursday before is the day before.
    LocalDate date = PublicationDates.inferYear(MonthDay.of(4, 1), Optional.empty(),
        "The candidates debated on Thursday night.", LocalDate.of(2016, 5, 1));
    assertThat(date).isEqualTo(LocalDate.of(2016, 4, 1));
  }

  @Test
  void noMentionTakesTheLatestYearNotAfterFetch() {
    assertThat(PublicationDates.inferYear(MonthDay.of(12, 24), Optional.empty(), "Markets closed early.", LocalDate.of(2026, 11, 23)))
        .isEqualTo(LocalDate.of(2025, 12, 24));
  }

  @Test
  void writtenWeekdayDecides() {
    assertThat(PublicationDates.inferYear(MonthDay.of(2, 7), Optional.of(DayOfWeek.WEDNESDAY), "", LocalDate.of(2026, 11, 23)))
        .isEqualTo(LocalDate.of(2024, 2, 7));
  }

  @Test
  void nearestYearCrossesNewYear() {
    assertThat(PublicationDates.nearest(MonthDay.of(12, 31), LocalDate.of(2025, 1, 1))).isEqualTo(LocalDate.of(2024, 12, 31));
  }

  @Test
  void suppliedDateTimeWithZoneKeepsItsOffset() {
    assertThat(PublicationDates.supplied("2024-08-19T10:00:00Z").dateTime()).isPresent();
  }

  @Test
  void suppliedBareDate() {
    assertThat(PublicationDates.supplied("2024-08-19")).isEqualTo(Published.onDate(LocalDate.of(2024, 8, 19), false, Published.Evidence.SUPPLIED));
  }

  @Test
  void suppliedNonDateFails() {
    assertThatThrownBy(() -> PublicationDates.supplied("19/08/2024")).isInstanceOf(DateTimeParseException.class);
  }

  @Test
  void urlWithDashedDate() {
    assertThat(PublicationDates.inUrl("https://example.com/2024-02-07-blinken-meets-netanyahu")).contains(LocalDate.of(2024, 2, 7));
  }

  @Test
  void urlWithoutDate() {
    assertThat(PublicationDates.inUrl("https://example.com/world/blinken-meets-netanyahu")).isEmpty();
  }
}
