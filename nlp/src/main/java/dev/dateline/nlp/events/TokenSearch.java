package dev.dateline.nlp.events;

import dev.dateline.model.Tokens;
import java.util.List;

/** Binary search of a text offset among an article's tokens (in text order, not overlapping). */
final class TokenSearch {
  private TokenSearch() {}

  /** The token holding {@code offset}, or -1. */
  static int containing(List<Tokens.Token> tokens, int offset) {
    int i = firstEndingAfter(tokens, offset);
    return i < tokens.size() && tokens.get(i).span().begin() <= offset ? i : -1;
  }

  /** The token holding {@code offset}, else the first one after it, or -1 when none. */
  static int containingOrNext(List<Tokens.Token> tokens, int offset) {
    int i = firstEndingAfter(tokens, offset);
    return i < tokens.size() ? i : -1;
  }

  private static int firstEndingAfter(List<Tokens.Token> tokens, int offset) {
    int lo = 0;
    int hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).span().end() <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
