package dev.dateline.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.model.Events;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EventTermsTest {
  @Test
  void nameKeysAreEveryRunOfWordsFoldedAndWithoutAccents() {
    assertThat(EventTerms.nameKeys("Recep Tayyip Erdoğan"))
        .containsExactlyInAnyOrder("recep", "tayyip", "erdogan", "recep tayyip", "tayyip erdogan", "recep tayyip erdogan");
  }

  @Test
  void codeKeysArePrefixesOfWholeThreeLetterParts() {
    assertThat(EventTerms.codeKeys("USAGOV")).containsExactly("usa", "usagov");
  }

  @Test
  void codeQueryNeedsWholeThreeLetterParts() {
    assertThat(EventTerms.codeQuery("Usa")).contains("usa");
    assertThat(EventTerms.codeQuery("us")).isEmpty();
    assertThat(EventTerms.codeQuery("Blinken")).isEmpty();
  }

  @Test
  void aMonthDateCoversTheWholeMonth() {
    long[] days = EventTerms.days(new Events.EventDate("2024-02", Events.Granularity.MONTH, Events.DateSource.TIME_EXPRESSION,
        Optional.empty())).orElseThrow();
    assertThat(LocalDate.ofEpochDay(days[0])).isEqualTo(LocalDate.of(2024, 2, 1));
    assertThat(LocalDate.ofEpochDay(days[1])).isEqualTo(LocalDate.of(2024, 2, 29));
  }

  @Test
  void anIsoWeekCoversMondayToSunday() {
    long[] days = EventTerms.days(new Events.EventDate("2024-W34", Events.Granularity.WEEK, Events.DateSource.TIME_EXPRESSION,
        Optional.empty())).orElseThrow();
    assertThat(LocalDate.ofEpochDay(days[0])).isEqualTo(LocalDate.of(2024, 8, 19));
    assertThat(LocalDate.ofEpochDay(days[1])).isEqualTo(LocalDate.of(2024, 8, 25));
  }

  @Test
  void anUnparseableDateHasNoDays() {
    assertThat(EventTerms.days(new Events.EventDate("2024-W05", Events.Granularity.DAY, Events.DateSource.TIME_EXPRESSION,
        Optional.empty()))).isEmpty();
  }
}
