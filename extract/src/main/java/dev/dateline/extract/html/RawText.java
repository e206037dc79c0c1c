package dev.dateline.extract.html;

import java.util.Arrays;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * Where each char of a text node's decoded text sits in the raw HTML: jsoup records the node's source range, and an
 * entity ({@code &amp;}) decodes to fewer chars than its source, so the node is re-read piece by piece.
 */
final class RawText {
  private RawText() {}

  /** Raw offsets, one per char of {@code node.getWholeText()}; every char of an entity maps to the entity's '&'. */
  static int[] offsets(TextNode node, String html) {
    String text = node.getWholeText();
    int[] out = new int[text.length()];
    var range = node.sourceRange();
    if (!range.isTracked()) {
      Arrays.fill(out, 0);
      return out;
    }
    int start = range.start().pos();
    int end = Math.min(range.end().pos(), html.length());
    if (start < 0 || start > end) {
      return out;
    }
    if (end - start == text.length() && html.regionMatches(start, text, 0, text.length())) {
      for (int i = 0; i < out.length; i++) {
        out[i] = start + i;
      }
      return out;
    }
    if (!align(text, html, start, end, out)) {
      // The source and the decoded text disagree beyond entities (a normalised line end, a replaced NUL): map
      // each char to the same relative place, clamped into the node's source.
      int last = Math.max(start, end - 1);
      for (int i = 0; i < out.length; i++) {
        out[i] = Math.min(start + i, last);
      }
    }
    return out;
  }

  /** Walks source and decoded text together; false when they cannot be matched up. */
  private static boolean align(String text, String html, int start, int end, int[] out) {
    int t = 0;
    int r = start;
    while (t < text.length() && r < end) {
      char rc = html.charAt(r);
      if (rc == '&') {
        int entityEnd = entityEnd(html, r, end);
        if (entityEnd > r + 1) {
          String token = html.substring(r, entityEnd);
          String decoded = Parser.unescapeEntities(token, false);
          if (!decoded.equals(token) && text.startsWith(decoded, t)) {
            for (int k = 0; k < decoded.length(); k++) {
              out[t + k] = r;
            }
            t += decoded.length();
            r = entityEnd;
            continue;
          }
        }
      }
      if (rc == '\r' && text.charAt(t) == '\n') {
        // \r\n became \n: the \n maps to the \r
        out[t++] = r;
        r += r + 1 < end && html.charAt(r + 1) == '\n' ? 2 : 1;
        continue;
      }
      if (rc != text.charAt(t)) {
        return false;
      }
      out[t++] = r++;
    }
    return t == text.length();
  }

  /** End (exclusive) of the character reference starting at {@code amp}, or {@code amp} if none. */
  private static int entityEnd(String html, int amp, int end) {
    int i = amp + 1;
    if (i < end && html.charAt(i) == '#') {
      i++;
      if (i < end && (html.charAt(i) == 'x' || html.charAt(i) == 'X')) {
        i++;
        while (i < end && Character.digit(html.charAt(i), 16) >= 0) {
          i++;
        }
      } else {
        while (i < end && Character.isDigit(html.charAt(i))) {
          i++;
        }
      }
    } else {
      while (i < end && i - amp < 40 && Character.isLetterOrDigit(html.charAt(i))) {
        i++;
      }
    }
    if (i < end && html.charAt(i) == ';') {
      i++;
    }
    return i == amp + 1 ? amp : i;
  }
}
