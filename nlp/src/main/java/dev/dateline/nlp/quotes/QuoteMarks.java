package dev.dateline.nlp.quotes;

import dev.dateline.model.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * The quoted regions of a text, from its quote marks. Double marks in every style pair in any combination: straight
 * {@code "}, curly {@code “ ”}, guillemets {@code « »}, typewriter {@code `` ''}; news copy often opens with a
 * straight mark and closes with a curly one. A straight mark opens when it starts a word and closes otherwise. Single
 * marks ({@code ‘ ’ '}) quote only where a mark starts a word and a matching one ends a later word in the same
 * paragraph; elsewhere they are apostrophes. Marks inside a region (a quote within a quote) belong to it.
 *
 * <p>A region left open at the end of its paragraph continues into the next paragraph when that one opens with a
 * quote mark, the newspaper convention for a quotation over several paragraphs; otherwise it ends with its paragraph,
 * so one stray mark never turns the rest of the article inside out.
 */
final class QuoteMarks {
  private QuoteMarks() {}

  /** A quoted region: from its opening mark to the end of its closing mark (or of its last paragraph). */
  record Region(Span span, boolean single) {}

  static List<Region> find(String text, List<Span> paragraphs) {
    List<Region> out = new ArrayList<>();
    int openAt = -1;
    for (int p = 0; p < paragraphs.size(); p++) {
      Span para = paragraphs.get(p);
      int i = para.begin();
      if (openAt >= 0) {
        int first = skipSpace(text, i, para.end());
        int mark = doubleOpening(text, first, para.begin());
        if (mark > 0) {
          i = first + mark;
        } else {
          out.add(new Region(new Span(openAt, trimEnd(text, openAt, paragraphs.get(p - 1).end())), false));
          openAt = -1;
        }
      }
      while (i < para.end()) {
        if (openAt < 0) {
          int open = doubleOpening(text, i, para.begin());
          if (open > 0) {
            openAt = i;
            i += open;
            continue;
          }
          if (singleOpening(text, i, para.begin())) {
            int close = singleClosing(text, i + 1, para.end());
            if (close > 0) {
              out.add(new Region(new Span(i, close), true));
              i = close;
              continue;
            }
          }
          i++;
        } else {
          int close = doubleClosing(text, i, para.begin());
          if (close > 0) {
            out.add(new Region(new Span(openAt, i + close), false));
            openAt = -1;
            i += close;
          } else {
            i++;
          }
        }
      }
      boolean last = p == paragraphs.size() - 1;
      if (openAt >= 0 && last) {
        out.add(new Region(new Span(openAt, trimEnd(text, openAt, para.end())), false));
        openAt = -1;
      }
    }
    return out;
  }

  private static int skipSpace(String text, int i, int end) {
    while (i < end && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int trimEnd(String text, int begin, int end) {
    while (end > begin && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return end;
  }

  /** The length of the opening double mark at {@code i}, or 0. */
  private static int doubleOpening(String text, int i, int paragraphBegin) {
    if (i >= text.length()) {
      return 0;
    }
    char c = text.charAt(i);
    if (c == '“' || c == '«' || c == '„') {
      return 1;
    }
    if (c == '`' && i + 1 < text.length() && text.charAt(i + 1) == '`') {
      return 2;
    }
    // most characters are no mark: decide that before looking around them (this runs on every character)
    if (c != '"' && c != '\'') {
      return 0;
    }
    boolean wordStart = i == paragraphBegin || opensWord(text.charAt(i - 1));
    boolean beforeWord = i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1));
    if (c == '"' && wordStart && beforeWord) {
      return 1;
    }
    if (c == '\'' && i + 1 < text.length() && text.charAt(i + 1) == '\'' && wordStart && i + 2 < text.length()
        && !Character.isWhitespace(text.charAt(i + 2))) {
      return 2;
    }
    return 0;
  }

  /** The length of the closing double mark at {@code i}, or 0. */
  private static int doubleClosing(String text, int i, int paragraphBegin) {
    char c = text.charAt(i);
    if (c == '”' || c == '»' || c == '"' || c == '“' && i > paragraphBegin && !opensWord(text.charAt(i - 1))) {
      return 1;
    }
    if (c == '\'' && i + 1 < text.length() && text.charAt(i + 1) == '\'') {
      return 2;
    }
    return 0;
  }

  private static boolean singleOpening(String text, int i, int paragraphBegin) {
    char c = text.charAt(i);
    if (c != '‘' && c != '\'') {
      return false;
    }
    boolean wordStart = i == paragraphBegin || opensWord(text.charAt(i - 1));
    return wordStart && i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
  }

  /** The end of the closing single mark from {@code from} on in the paragraph, or 0 when there is none. */
  private static int singleClosing(String text, int from, int end) {
    for (int i = from; i < end; i++) {
      char c = text.charAt(i);
      if ((c == '’' || c == '\'') && !Character.isWhitespace(text.charAt(i - 1))
          && (i + 1 >= end || !Character.isLetterOrDigit(text.charAt(i + 1)))) {
        // a plural possessive ("the Clintons' foundation") ends a word with the mark too: a quote closes before a
        // space only if what follows is not a lower-case word continuing the noun phrase, which is rare enough
        return i + 1;
      }
    }
    return 0;
  }

  private static boolean opensWord(char before) {
    return Character.isWhitespace(before) || "([{—–-/:".indexOf(before) >= 0;
  }
}
