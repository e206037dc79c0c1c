package dev.dateline.store;

import static dev.dateline.store.ArticleCodec.readOptionalString;
import static dev.dateline.store.ArticleCodec.readString;
import static dev.dateline.store.ArticleCodec.readVarInt;
import static dev.dateline.store.ArticleCodec.writeOptionalString;
import static dev.dateline.store.ArticleCodec.writeString;
import static dev.dateline.store.ArticleCodec.writeVarInt;

import dev.dateline.model.Events;
import dev.dateline.model.Events.Event;
import dev.dateline.model.Events.EventDate;
import dev.dateline.model.Events.Participant;
import dev.dateline.model.Events.Place;
import dev.dateline.model.Span;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The compact stored form of one {@link Event}, in the manner of {@link ArticleCodec}: a version byte, then every field
 * in declaration order, enums by name.
 */
final class EventCodec {
  static final int VERSION = 1;

  private EventCodec() {}

  static byte[] encode(Event e) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(128);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeByte(VERSION);
      writeString(out, e.id());
      writeSpan(out, e.span());
      writeString(out, e.type().name());
      writeOptionalString(out, e.mode());
      writeString(out, e.cameo());
      writeParticipants(out, e.actors());
      writeParticipants(out, e.targets());
      out.writeBoolean(e.place().isPresent());
      if (e.place().isPresent()) {
        Place p = e.place().get();
        writeString(out, p.name());
        writeOptionalString(out, p.entity());
        writeSpan(out, p.span());
      }
      out.writeBoolean(e.date().isPresent());
      if (e.date().isPresent()) {
        EventDate d = e.date().get();
        writeString(out, d.value());
        writeString(out, d.granularity().name());
        writeString(out, d.source().name());
        out.writeBoolean(d.evidence().isPresent());
        if (d.evidence().isPresent()) {
          writeSpan(out, d.evidence().get());
        }
      }
      writeString(out, e.modality().name());
      writeSpan(out, e.sentence());
      writeOptionalString(out, e.quote());
      out.writeDouble(e.confidence());
    } catch (IOException ex) {
      throw new UncheckedIOException("writing to memory cannot fail", ex);
    }
    return bytes.toByteArray();
  }

  /** Decodes a stored event; a malformed record is an IOException saying what went wrong. */
  static Event decode(byte[] bytes, int offset, int length) throws IOException {
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes, offset, length));
    int version = in.readUnsignedByte();
    if (version != VERSION) {
      throw new IOException("stored event has format version " + version + ", this build reads version " + VERSION);
    }
    try {
      String id = readString(in);
      Span span = readSpan(in);
      Events.Type type = Events.Type.valueOf(readString(in));
      Optional<String> mode = readOptionalString(in);
      String cameo = readString(in);
      List<Participant> actors = readParticipants(in);
      List<Participant> targets = readParticipants(in);
      Optional<Place> place = in.readBoolean()
          ? Optional.of(new Place(readString(in), readOptionalString(in), readSpan(in))) : Optional.empty();
      Optional<EventDate> date = Optional.empty();
      if (in.readBoolean()) {
        String value = readString(in);
        Events.Granularity granularity = Events.Granularity.valueOf(readString(in));
        Events.DateSource source = Events.DateSource.valueOf(readString(in));
        Optional<Span> evidence = in.readBoolean() ? Optional.of(readSpan(in)) : Optional.empty();
        date = Optional.of(new EventDate(value, granularity, source, evidence));
      }
      Events.Modality modality = Events.Modality.valueOf(readString(in));
      Span sentence = readSpan(in);
      Optional<String> quote = readOptionalString(in);
      double confidence = in.readDouble();
      if (in.available() != 0) {
        throw new IOException(in.available() + " bytes left over after event " + id);
      }
      return new Event(id, span, type, mode, cameo, actors, targets, place, date, modality, sentence, quote, confidence);
    } catch (RuntimeException ex) {
      throw new IOException("stored event is malformed: " + ex.getMessage(), ex);
    }
  }

  private static void writeParticipants(DataOutputStream out, List<Participant> participants) throws IOException {
    writeVarInt(out, participants.size());
    for (Participant p : participants) {
      writeOptionalString(out, p.entity());
      writeString(out, p.name());
      writeSpan(out, p.span());
      writeOptionalString(out, p.code());
    }
  }

  private static List<Participant> readParticipants(DataInputStream in) throws IOException {
    int n = readVarInt(in);
    List<Participant> out = new ArrayList<>(Math.min(n, 64));
    for (int i = 0; i < n; i++) {
      out.add(new Participant(readOptionalString(in), readString(in), readSpan(in), readOptionalString(in)));
    }
    return out;
  }

  private static void writeSpan(DataOutputStream out, Span span) throws IOException {
    writeVarInt(out, span.begin());
    writeVarInt(out, span.end());
  }

  private static Span readSpan(DataInputStream in) throws IOException {
    return new Span(readVarInt(in), readVarInt(in));
  }
}
