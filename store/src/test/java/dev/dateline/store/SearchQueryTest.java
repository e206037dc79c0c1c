package dev.dateline.store;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SearchQueryTest {
  @Test
  void limitOutsideTheRangeIsRefusedWithTheValue() {
    assertThatThrownBy(() -> new SearchQuery("x", Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("got 0");
    assertThatThrownBy(() -> new SearchQuery("x", Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), 10_001))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("got 10001");
  }

  @Test
  void fromAfterToIsRefusedWithBothDates() {
    assertThatThrownBy(() -> new SearchQuery("x", Optional.empty(), Optional.of(LocalDate.of(2024, 2, 2)), Optional.of(LocalDate.of(2024, 2, 1)),
        Optional.empty(), 10))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2024-02-02").hasMessageContaining("2024-02-01");
  }
}
