package dev.dateline.store;

import dev.dateline.model.Article;
import dev.dateline.model.Dateline;
import dev.dateline.model.OffsetMap;
import dev.dateline.model.Provenance;
import dev.dateline.model.Published;
import dev.dateline.model.Removed;
import dev.dateline.model.Span;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The compact stored form of an {@link Article}: a version byte, then every field in declaration order. Strings are
 * UTF-8 unless they hold an unpaired surrogate, which UTF-8 cannot carry, and then raw UTF-16, so every text comes back
 * char for char (offsets into it must stay valid). Enums are written by name so reordering them cannot corrupt a store.
 */
final class ArticleCodec {
  static final int VERSION = 1;

  private ArticleCodec() {}

  static byte[] encode(Article a) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 + a.text().length());
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeByte(VERSION);
      writeString(out, a.id());
      Provenance p = a.provenance();
      writeString(out, p.origin());
      out.writeLong(p.fetchedAt().getEpochSecond());
      out.writeInt(p.fetchedAt().getNano());
      writeString(out, p.contentHash());
      writeOptionalString(out, a.url());
      writeOptionalString(out, a.source());
      writeOptionalString(out, a.title());
      out.writeBoolean(a.published().isPresent());
      if (a.published().isPresent()) {
        writePublished(out, a.published().get());
      }
      out.writeBoolean(a.dateline().isPresent());
      if (a.dateline().isPresent()) {
        writeDateline(out, a.dateline().get());
      }
      writeOptionalString(out, a.creditedSource());
      out.writeBoolean(a.syndicated());
      writeOptionalString(out, a.language());
      writeVarInt(out, a.authors().size());
      for (String author : a.authors()) {
        writeString(out, author);
      }
      writeString(out, a.text());
      writeVarInt(out, a.removed().size());
      for (Removed r : a.removed()) {
        writeString(out, r.kind().name());
        writeString(out, r.text());
      }
      int[] clean = a.offsets().cleanStarts();
      int[] raw = a.offsets().rawStarts();
      writeVarInt(out, clean.length);
      for (int i = 0; i < clean.length; i++) {
        writeVarInt(out, clean[i]);
        out.writeInt(raw[i]);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory cannot fail", e);
    }
    return bytes.toByteArray();
  }

  /** Decodes a stored article; a malformed record is an IOException naming what was read and what went wrong. */
  static Article decode(byte[] bytes, int offset, int length) throws IOException {
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes, offset, length));
    int version = in.readUnsignedByte();
    if (version != VERSION) {
      throw new IOException("stored article has format version " + version + ", this build reads version " + VERSION);
    }
    try {
      String id = readString(in);
      Provenance provenance = new Provenance(readString(in), Instant.ofEpochSecond(in.readLong(), in.readInt()), readString(in));
      Optional<String> url = readOptionalString(in);
      Optional<String> source = readOptionalString(in);
      Optional<String> title = readOptionalString(in);
      Optional<Published> published = in.readBoolean() ? Optional.of(readPublished(in)) : Optional.empty();
      Optional<Dateline> dateline = in.readBoolean() ? Optional.of(readDateline(in)) : Optional.empty();
      Optional<String> creditedSource = readOptionalString(in);
      boolean syndicated = in.readBoolean();
      Optional<String> language = readOptionalString(in);
      int authorCount = readVarInt(in);
      List<String> authors = new ArrayList<>(Math.min(authorCount, 64));
      for (int i = 0; i < authorCount; i++) {
        authors.add(readString(in));
      }
      String text = readString(in);
      int removedCount = readVarInt(in);
      List<Removed> removed = new ArrayList<>(Math.min(removedCount, 64));
      for (int i = 0; i < removedCount; i++) {
        removed.add(new Removed(Removed.Kind.valueOf(readString(in)), readString(in)));
      }
      int breakpoints = readVarInt(in);
      int[] clean = new int[breakpoints];
      int[] raw = new int[breakpoints];
      for (int i = 0; i < breakpoints; i++) {
        clean[i] = readVarInt(in);
        raw[i] = in.readInt();
      }
      if (in.available() != 0) {
        throw new IOException(in.available() + " bytes left over after article " + id);
      }
      return new Article(id, provenance, url, source, title, published, dateline, creditedSource, syndicated, language, authors, text,
          removed, OffsetMap.of(clean, raw));
    } catch (RuntimeException e) {
      // A model constructor or enum lookup refused what was read: the bytes are not a valid article.
      throw new IOException("stored article is malformed: " + e.getMessage(), e);
    }
  }

  private static void writePublished(DataOutputStream out, Published p) throws IOException {
    out.writeLong(p.date().toEpochDay());
    out.writeBoolean(p.dateTime().isPresent());
    if (p.dateTime().isPresent()) {
      OffsetDateTime t = p.dateTime().get();
      out.writeLong(t.toLocalTime().toNanoOfDay());
      out.writeInt(t.getOffset().getTotalSeconds());
    }
    out.writeBoolean(p.inferred());
    writeString(out, p.evidence().name());
  }

  private static Published readPublished(DataInputStream in) throws IOException {
    LocalDate date = LocalDate.ofEpochDay(in.readLong());
    Optional<OffsetDateTime> dateTime = Optional.empty();
    if (in.readBoolean()) {
      LocalTime time = LocalTime.ofNanoOfDay(in.readLong());
      dateTime = Optional.of(OffsetDateTime.of(LocalDateTime.of(date, time), ZoneOffset.ofTotalSeconds(in.readInt())));
    }
    boolean inferred = in.readBoolean();
    return new Published(date, dateTime, inferred, Published.Evidence.valueOf(readString(in)));
  }

  private static void writeDateline(DataOutputStream out, Dateline d) throws IOException {
    writeString(out, d.place());
    out.writeBoolean(d.date().isPresent());
    if (d.date().isPresent()) {
      out.writeLong(d.date().get().toEpochDay());
    }
    out.writeBoolean(d.yearInferred());
    writeOptionalString(out, d.agency());
    writeVarInt(out, d.span().begin());
    writeVarInt(out, d.span().end());
  }

  private static Dateline readDateline(DataInputStream in) throws IOException {
    String place = readString(in);
    Optional<LocalDate> date = in.readBoolean() ? Optional.of(LocalDate.ofEpochDay(in.readLong())) : Optional.empty();
    boolean yearInferred = in.readBoolean();
    Optional<String> agency = readOptionalString(in);
    return new Dateline(place, date, yearInferred, agency, new Span(readVarInt(in), readVarInt(in)));
  }

  static void writeOptionalString(DataOutputStream out, Optional<String> s) throws IOException {
    out.writeBoolean(s.isPresent());
    if (s.isPresent()) {
      writeString(out, s.get());
    }
  }

  static Optional<String> readOptionalString(DataInputStream in) throws IOException {
    return in.readBoolean() ? Optional.of(readString(in)) : Optional.empty();
  }

  /** Length-prefixed; the prefix's low bit says whether the payload is UTF-8 (0) or UTF-16BE (1). */
  static void writeString(DataOutputStream out, String s) throws IOException {
    if (wellFormed(s)) {
      byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
      writeVarInt(out, utf8.length << 1);
      out.write(utf8);
    } else {
      writeVarInt(out, (s.length() << 1) | 1);
      out.writeChars(s);
    }
  }

  static String readString(DataInputStream in) throws IOException {
    int header = readVarInt(in);
    int length = header >>> 1;
    if ((header & 1) == 0) {
      return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }
    char[] chars = new char[length];
    for (int i = 0; i < length; i++) {
      chars[i] = in.readChar();
    }
    return new String(chars);
  }

  private static boolean wellFormed(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  static void writeVarInt(DataOutputStream out, int value) throws IOException {
    if (value < 0) {
      throw new IllegalArgumentException("varint must not be negative, got " + value);
    }
    while ((value & ~0x7F) != 0) {
      out.writeByte((value & 0x7F) | 0x80);
      value >>>= 7;
    }
    out.writeByte(value);
  }

  static int readVarInt(DataInputStream in) throws IOException {
    int value = 0;
    for (int shift = 0; shift < 32; shift += 7) {
      int b = in.readUnsignedByte();
      value |= (b & 0x7F) << shift;
      if ((b & 0x80) == 0) {
        if (value < 0) {
          throw new IOException("varint out of range: " + value);
        }
        return value;
      }
    }
    throw new IOException("varint longer than 5 bytes");
  }
}
