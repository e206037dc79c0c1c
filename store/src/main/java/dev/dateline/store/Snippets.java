package dev.dateline.store;

import java.io.IOException;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Cuts a short window of a body around the first word that matched a query. The body is run through the index
 * analyzer, so a match is found the way the index found it (stemmed, case-folded), and stops at the first match.
 */
final class Snippets {
  static final int WIDTH = 200;
  private static final int LEAD = 60;

  private Snippets() {}

  static String around(Analyzer analyzer, String field, String text, Set<String> terms) throws IOException {
    int match = terms.isEmpty() ? 0 : firstMatch(analyzer, field, text, terms);
    return window(text, Math.max(match, 0));
  }

  /** The char offset of the first token whose analyzed form is one of {@code terms}, or -1. */
  static int firstMatch(Analyzer analyzer, String field, String text, Set<String> terms) throws IOException {
    try (TokenStream tokens = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
      tokens.reset();
      int found = -1;
      while (tokens.incrementToken()) {
        if (terms.contains(term.toString())) {
          found = offset.startOffset();
          break;
        }
      }
      // end() and close() must run even after an early break, or the analyzer cannot be reused on this thread.
      tokens.end();
      return found;
    }
  }

  /** About {@link #WIDTH} chars starting a little before {@code at}, cut at spaces, whitespace collapsed. */
  static String window(String text, int at) {
    int start = Math.max(0, at - LEAD);
    if (start > 0) {
      int space = text.indexOf(' ', start);
      start = space >= 0 && space < at ? space + 1 : start;
    }
    if (start > 0 && start < text.length() && Character.isLowSurrogate(text.charAt(start))) {
      start++;
    }
    int end = Math.min(text.length(), start + WIDTH);
    if (end < text.length()) {
      int space = text.lastIndexOf(' ', end);
      end = space > Math.max(start, at) ? space : end;
    }
    if (end > start && Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    String body = text.substring(start, end).replaceAll("\\s+", " ").strip();
    return (start > 0 ? "…" : "") + body + (end < text.length() ? "…" : "");
  }
}
