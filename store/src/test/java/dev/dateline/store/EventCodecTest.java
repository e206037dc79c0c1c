package dev.dateline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dateline.model.Events;
import dev.dateline.model.Events.Event;
import dev.dateline.model.Events.EventDate;
import dev.dateline.model.Events.Participant;
import dev.dateline.model.Events.Place;
import dev.dateline.model.Span;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EventCodecTest {
  private static Event roundTrip(Event e) throws IOException {
    byte[] bytes = EventCodec.encode(e);
    return EventCodec.decode(bytes, 0, bytes.length);
  }

  @Test
  void everyFieldRoundTrips() throws IOException {
    Event e = new Event("v3", new Span(10, 14), Events.Type.ASSAULT, Optional.of("explosives"), "183",
        List.of(new Participant(Optional.of("e1"), "Hamas \uD800", new Span(0, 5), Optional.of("PSENGO"))),
        List.of(new Participant(Optional.empty(), "soldiers", new Span(20, 28), Optional.empty()),
            new Participant(Optional.of("e2"), "Israel", new Span(30, 36), Optional.of("ISR"))),
        Optional.of(new Place("Gaza", Optional.of("e3"), new Span(40, 44))),
        Optional.of(new EventDate("2024-02", Events.Granularity.MONTH, Events.DateSource.TIME_EXPRESSION, Optional.of(new Span(46, 54)))),
        Events.Modality.CLAIMED, new Span(0, 60), Optional.of("q1"), 0.375);
    assertThat(roundTrip(e)).isEqualTo(e);
  }

  @Test
  void eventWithEveryOptionalEmptyRoundTrips() throws IOException {
    Event e = new Event("v0", new Span(0, 3), Events.Type.STATEMENT, Optional.empty(), "010", List.of(), List.of(), Optional.empty(),
        Optional.empty(), Events.Modality.ASSERTED, new Span(0, 3), Optional.empty(), 0);
    assertThat(roundTrip(e)).isEqualTo(e);
  }

  @Test
  void anotherVersionIsRefusedNamingIt() {
    assertThatThrownBy(() -> EventCodec.decode(new byte[] {9}, 0, 1)).isInstanceOf(IOException.class).hasMessageContaining("version 9");
  }
}
