package dev.dateline.extract.charset;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the bytes of a document into text. The charset is taken from, in order: a byte-order mark; the charset the
 * transport declared; for markup, a {@code <meta charset>} or {@code http-equiv} in the first bytes, then an XML
 * declaration; bytes that are valid UTF-8; and last a detector that decodes with each single-byte candidate charset
 * and keeps the one whose non-ASCII letters best fit the letters of a language written in it (data file
 * {@code letters.tsv}). A declared charset that fails to decode the bytes strictly is passed over, not trusted.
 * Immutable and thread-safe.
 */
public final class Decoder {
  /** How far into markup the meta prescan looks; the HTML standard says 1024, pages in the wild put it later. */
  private static final int PRESCAN_BYTES = 4096;

  private static final Pattern META_CHARSET = Pattern.compile(
      "<meta[^>]{0,300}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.\\-]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern XML_DECLARATION = Pattern.compile(
      "^\\s*<\\?xml[^>]{0,200}?encoding\\s*=\\s*[\"']([A-Za-z0-9_.\\-]+)[\"']", Pattern.CASE_INSENSITIVE);

  private final List<LanguageLetters> languages;
  private final List<Charset> candidates;

  private Decoder(List<LanguageLetters> languages) {
    this.languages = List.copyOf(languages);
    Set<Charset> ordered = new LinkedHashSet<>();
    for (LanguageLetters language : languages) {
      ordered.addAll(language.charsets());
    }
    this.candidates = List.copyOf(ordered);
  }

  /** A decoder with the letter profiles shipped in this package. */
  public static Decoder create() {
    return new Decoder(loadLetters());
  }

  /**
   * Decodes {@code content}; {@code markup} turns on the meta and XML-declaration prescan.
   *
   * @throws UndecodableException when the bytes are binary or fit no charset
   */
  public Decoded decode(byte[] content, Optional<String> declaredCharset, boolean markup) throws UndecodableException {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(declaredCharset, "declaredCharset");
    Optional<Decoded> bom = byBom(content);
    if (bom.isPresent()) {
      return bom.get();
    }
    Optional<Charset> declared = declaredCharset.flatMap(Decoder::charsetNamed);
    if (declared.isPresent()) {
      Optional<String> text = strict(content, 0, declared.get());
      if (text.isPresent()) {
        return new Decoded(text.get(), declared.get(), Decoded.Evidence.DECLARED);
      }
    }
    if (markup) {
      String head = new String(content, 0, Math.min(content.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
      Optional<Decoded> inMarkup = byMarkup(content, head, META_CHARSET, Decoded.Evidence.META)
          .or(() -> byMarkup(content, head, XML_DECLARATION, Decoded.Evidence.XML_DECLARATION));
      if (inMarkup.isPresent()) {
        return inMarkup.get();
      }
    }
    Optional<Decoded> utf16 = byNulPattern(content);
    if (utf16.isPresent()) {
      return utf16.get();
    }
    rejectBinary(content);
    Optional<String> utf8 = strict(content, 0, StandardCharsets.UTF_8);
    if (utf8.isPresent()) {
      return new Decoded(utf8.get(), StandardCharsets.UTF_8, Decoded.Evidence.UTF8_VALID);
    }
    return detect(content);
  }

  private static Optional<Decoded> byBom(byte[] b) throws UndecodableException {
    record Mark(byte[] bytes, Charset charset) {}
    List<Mark> marks = new ArrayList<>();
    // UTF-32 before UTF-16: the UTF-32LE mark begins with the UTF-16LE one.
    charsetNamed("UTF-32BE").ifPresent(c -> marks.add(new Mark(new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF}, c)));
    charsetNamed("UTF-32LE").ifPresent(c -> marks.add(new Mark(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0}, c)));
    marks.add(new Mark(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, StandardCharsets.UTF_8));
    marks.add(new Mark(new byte[] {(byte) 0xFE, (byte) 0xFF}, StandardCharsets.UTF_16BE));
    marks.add(new Mark(new byte[] {(byte) 0xFF, (byte) 0xFE}, StandardCharsets.UTF_16LE));
    for (Mark mark : marks) {
      if (startsWith(b, mark.bytes())) {
        Optional<String> text = strict(b, mark.bytes().length, mark.charset());
        if (text.isEmpty()) {
          throw new UndecodableException("the bytes open with a " + mark.charset().name()
              + " byte-order mark but are not valid " + mark.charset().name());
        }
        return Optional.of(new Decoded(text.get(), mark.charset(), Decoded.Evidence.BOM));
      }
    }
    return Optional.empty();
  }

  private static Optional<Decoded> byMarkup(byte[] content, String head, Pattern pattern, Decoded.Evidence evidence) {
    Matcher m = pattern.matcher(head);
    if (!m.find()) {
      return Optional.empty();
    }
    Optional<Charset> named = charsetNamed(m.group(1));
    if (named.isEmpty()) {
      return Optional.empty();
    }
    // A page read this far as ASCII cannot be UTF-16; the HTML standard reads such a label as UTF-8.
    Charset charset = named.get().name().startsWith("UTF-16") ? StandardCharsets.UTF_8 : named.get();
    return strict(content, 0, charset).map(text -> new Decoded(text, charset, evidence));
  }

  /** UTF-16 without a mark: ASCII-range text puts a zero in every other byte. */
  private static Optional<Decoded> byNulPattern(byte[] b) {
    if (b.length < 4 || b.length % 2 != 0) {
      return Optional.empty();
    }
    int evenZero = 0;
    int oddZero = 0;
    for (int i = 0; i < b.length; i += 2) {
      evenZero += b[i] == 0 ? 1 : 0;
      oddZero += b[i + 1] == 0 ? 1 : 0;
    }
    int pairs = b.length / 2;
    Charset charset = null;
    if (evenZero * 10 >= pairs * 4 && oddZero * 10 < pairs) {
      charset = StandardCharsets.UTF_16BE;
    } else if (oddZero * 10 >= pairs * 4 && evenZero * 10 < pairs) {
      charset = StandardCharsets.UTF_16LE;
    }
    if (charset == null) {
      return Optional.empty();
    }
    Charset chosen = charset;
    return strict(b, 0, chosen).map(text -> new Decoded(text, chosen, Decoded.Evidence.DETECTED));
  }

  /** Control bytes other than tab, line feed, form feed and carriage return mean binary data, not text. */
  private static void rejectBinary(byte[] b) throws UndecodableException {
    int controls = 0;
    for (byte x : b) {
      int v = x & 0xFF;
      if (v < 0x20 && v != '\t' && v != '\n' && v != '\r' && v != '\f' && v != 0x1B) {
        controls++;
      }
    }
    if (controls > 0 && controls * 100 > b.length) {
      throw new UndecodableException(
          "looks like binary data, not text: " + controls + " of " + b.length + " bytes are control codes");
    }
  }

  private Decoded detect(byte[] content) throws UndecodableException {
    Charset best = null;
    long bestScore = Long.MIN_VALUE;
    String bestText = null;
    for (Charset charset : candidates) {
      Optional<String> text = strict(content, 0, charset);
      if (text.isEmpty()) {
        continue;
      }
      long score = score(text.get(), charset);
      if (score > bestScore) {
        bestScore = score;
        best = charset;
        bestText = text.get();
      }
    }
    if (best == null) {
      throw new UndecodableException("the bytes are not valid UTF-8 and fit none of the charsets " + candidates);
    }
    return new Decoded(bestText, best, Decoded.Evidence.DETECTED);
  }

  /**
   * How well a decoding reads: for the best-fitting language written in that charset, non-ASCII letters of the
   * language count for; other non-ASCII letters, control characters, a capital inside a lower-case word (the mark
   * of KOI8-R read as windows-1251 and back) and a letter next to a letter of another script count against.
   */
  private long score(String text, Charset charset) {
    long penalty = 0;
    int[] codePoints = text.codePoints().toArray();
    for (int i = 0; i < codePoints.length; i++) {
      int c = codePoints[i];
      if (c < 0x80) {
        continue;
      }
      if (Character.isISOControl(c) || Character.getType(c) == Character.UNASSIGNED) {
        penalty += 5;
      } else if (Character.isUpperCase(c) && i > 0 && Character.isLowerCase(codePoints[i - 1])) {
        penalty += 3;
      }
      if (Character.isLetter(c) && (mixesScript(c, codePoints, i - 1) || mixesScript(c, codePoints, i + 1))) {
        penalty += 3;
      }
    }
    long best = Long.MIN_VALUE;
    for (LanguageLetters language : languages) {
      if (!language.charsets().contains(charset)) {
        continue;
      }
      long fit = 0;
      for (int c : codePoints) {
        if (c >= 0x80 && Character.isLetter(c)) {
          fit += language.letters().contains(c) ? 1 : -2;
        }
      }
      best = Math.max(best, fit);
    }
    return best - penalty;
  }

  /** Whether the letter at {@code j} is of another script than {@code c}: "rιforme" is French read as Greek. */
  private static boolean mixesScript(int c, int[] codePoints, int j) {
    if (j < 0 || j >= codePoints.length || !Character.isLetter(codePoints[j])) {
      return false;
    }
    return Character.UnicodeScript.of(c) != Character.UnicodeScript.of(codePoints[j]);
  }

  private static Optional<String> strict(byte[] b, int offset, Charset charset) {
    try {
      return Optional.of(charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(b, offset, b.length - offset))
          .toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  /** The charset a label names; Latin-1 and ASCII labels mean windows-1252, as browsers read them. */
  static Optional<Charset> charsetNamed(String label) {
    String name = label.trim().toLowerCase(Locale.ROOT);
    if (name.isEmpty()) {
      return Optional.empty();
    }
    if (name.equals("iso-8859-1") || name.equals("latin1") || name.equals("us-ascii") || name.equals("ascii")
        || name.equals("iso8859-1") || name.equals("iso_8859-1")) {
      name = "windows-1252";
    }
    try {
      return Optional.of(Charset.forName(name));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return Optional.empty();
    }
  }

  private static boolean startsWith(byte[] b, byte[] prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (b[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private record LanguageLetters(String language, List<Charset> charsets, Set<Integer> letters) {}

  private static List<LanguageLetters> loadLetters() {
    String resource = "letters.tsv";
    InputStream in = Decoder.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing resource " + Decoder.class.getPackageName() + "/" + resource);
    }
    List<LanguageLetters> out = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t");
        if (cols.length != 3) {
          throw new IllegalStateException(resource + " line " + number + ": expected 3 tab-separated columns, got " + cols.length);
        }
        List<Charset> charsets = new ArrayList<>();
        for (String name : cols[1].split(",")) {
          charsetNamed(name).ifPresent(charsets::add);
        }
        Set<Integer> letters = new java.util.HashSet<>();
        cols[2].codePoints().filter(c -> !Character.isWhitespace(c)).forEach(letters::add);
        out.add(new LanguageLetters(cols[0], List.copyOf(charsets), Set.copyOf(letters)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    return List.copyOf(out);
  }
}
