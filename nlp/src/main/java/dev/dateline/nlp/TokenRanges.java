package dev.dateline.nlp;

import dev.dateline.model.Sentences;
import dev.dateline.model.Tokens;
import java.util.List;

/**
 * Which tokens each sentence holds, as index ranges into the tokens layer, for stages that tag sentence by sentence.
 * A token belongs to the sentence its first character lies in; sentences are sorted and do not overlap.
 */
public final class TokenRanges {
  private final int[] starts;

  private TokenRanges(int[] starts) {
    this.starts = starts;
  }

  public static TokenRanges of(Tokens tokens, Sentences sentences) {
    List<Tokens.Token> t = tokens.items();
    List<Sentences.Sentence> s = sentences.items();
    int[] starts = new int[s.size() + 1];
    int i = 0;
    for (int k = 0; k < s.size(); k++) {
      int begin = s.get(k).span().begin();
      while (i < t.size() && t.get(i).span().begin() < begin) {
        i++;
      }
      starts[k] = i;
    }
    starts[s.size()] = t.size();
    // tokens after the last sentence's end belong to no sentence
    if (!s.isEmpty()) {
      int end = s.get(s.size() - 1).span().end();
      int j = starts[s.size() - 1];
      while (j < t.size() && t.get(j).span().begin() < end) {
        j++;
      }
      starts[s.size()] = j;
    }
    return new TokenRanges(starts);
  }

  public int sentences() {
    return starts.length - 1;
  }

  /** Index of the first token of sentence {@code k}. */
  public int begin(int k) {
    return starts[k];
  }

  /** Index one past the last token of sentence {@code k}. */
  public int end(int k) {
    int e = starts[k + 1];
    return e;
  }
}
