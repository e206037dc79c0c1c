package dev.dateline.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExitCodeTest {
  @Test
  void allDoneWithoutFailureIsOk() {
    assertThat(ExitCode.of(5, 0)).isEqualTo(0);
  }

  @Test
  void someFailedButOthersDoneIsOne() {
    assertThat(ExitCode.of(5, 2)).isEqualTo(1);
  }

  @Test
  void nothingDoneIsThree() {
    assertThat(ExitCode.of(0, 2)).isEqualTo(3);
    assertThat(ExitCode.of(0, 0)).isEqualTo(3);
  }
}
