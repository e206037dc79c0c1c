package dev.dateline.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Guesses a format from the first bytes of a document: a feed's root element, HTML, binary, or else text. */
final class Sniff {
  /** How many leading bytes the guesses look at. */
  static final int PREFIX = 2048;

  enum Format { RSS, ATOM, HTML, XML, BINARY, TEXT }

  private Sniff() {}

  static Format of(byte[] bytes) {
    int length = Math.min(bytes.length, PREFIX);
    for (int i = 0; i < length; i++) {
      if (bytes[i] == 0) {
        // UTF-16 text and binary files both have NULs; only a BOM tells UTF-16 apart
        if (length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
            || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
          break;
        }
        return Format.BINARY;
      }
    }
    String head = new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
    return ofText(head);
  }

  static Format ofText(String head) {
    String s = head.startsWith("\u00EF\u00BB\u00BF") ? head.substring(3) : head;
    if (s.startsWith("\uFEFF")) {
      s = s.substring(1);
    }
    int i = 0;
    boolean sawProlog = false;
    while (true) {
      i = skipSpace(s, i);
      if (s.startsWith("<?", i)) {
        int end = s.indexOf("?>", i);
        if (end < 0) {
          return sawProlog || s.startsWith("<?xml", i) ? Format.XML : Format.TEXT;
        }
        sawProlog = true;
        i = end + 2;
      } else if (s.startsWith("<!--", i)) {
        int end = s.indexOf("-->", i);
        if (end < 0) {
          return Format.TEXT;
        }
        i = end + 3;
      } else if (s.regionMatches(true, i, "<!DOCTYPE", 0, 9)) {
        int j = skipSpace(s, i + 9);
        if (s.regionMatches(true, j, "html", 0, 4)) {
          return Format.HTML;
        }
        int end = doctypeEnd(s, i);
        if (end < 0) {
          return Format.XML;
        }
        sawProlog = true;
        i = end;
      } else if (i < s.length() && s.charAt(i) == '<') {
        int j = i + 1;
        while (j < s.length() && !Character.isWhitespace(s.charAt(j)) && s.charAt(j) != '>' && s.charAt(j) != '/') {
          j++;
        }
        String name = s.substring(i + 1, j);
        String local = name.substring(name.indexOf(':') + 1).toLowerCase(Locale.ROOT);
        switch (local) {
          case "rss", "rdf" -> {
            return Format.RSS;
          }
          case "feed" -> {
            return Format.ATOM;
          }
          case "html", "head", "body" -> {
            return Format.HTML;
          }
          default -> {
            return sawProlog ? Format.XML : looksLikeHtml(s) ? Format.HTML : Format.TEXT;
          }
        }
      } else {
        return Format.TEXT;
      }
    }
  }

  /** True when the start of the text is an HTML document or fragment (used for stdin). */
  static boolean isHtml(byte[] bytes) {
    return of(bytes) == Format.HTML;
  }

  private static boolean looksLikeHtml(String s) {
    String lower = s.toLowerCase(Locale.ROOT);
    return lower.contains("<html") || lower.contains("<body") || lower.contains("<p>") || lower.contains("<div");
  }

  private static int skipSpace(String s, int i) {
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  // the end of a DOCTYPE, past an internal subset in [...] (where '>' appears inside declarations)
  private static int doctypeEnd(String s, int start) {
    int depth = 0;
    for (int i = start + 2; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '[') {
        depth++;
      } else if (c == ']') {
        depth--;
      } else if (c == '>' && depth <= 0) {
        return i + 1;
      }
    }
    return -1;
  }
}
