package dev.dateline.nlp.time;

import dev.dateline.model.Sentences;
import dev.dateline.model.Span;
import dev.dateline.model.Tags;
import dev.dateline.model.Tokens;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The words the recogniser matches: the tokens, with hyphenated tokens cut into their parts ("third-quarter" is
 * "third" "quarter", "mid-1990s" is "mid" "1990s") so the grammar sees the parts, each word knowing its token (for
 * its tag and whether it starts or ends one) and its sentence.
 */
final class Words {
  final String text;
  final int size;
  final int[] begin;
  final int[] end;
  final String[] lower;
  final int[] token;
  final String[] xpos;
  final int[] sentence;
  final boolean[] tokenStart;
  final boolean[] tokenEnd;
  /** Per sentence, its first word and one past its last word. */
  final int[] sentenceFrom;
  final int[] sentenceTo;

  private Words(String text, int capacity, int sentences) {
    this.text = text;
    begin = new int[capacity];
    end = new int[capacity];
    lower = new String[capacity];
    token = new int[capacity];
    xpos = new String[capacity];
    sentence = new int[capacity];
    tokenStart = new boolean[capacity];
    tokenEnd = new boolean[capacity];
    sentenceFrom = new int[sentences];
    sentenceTo = new int[sentences];
    size = 0;
  }

  private Words(Words w, int size) {
    this.text = w.text;
    this.size = size;
    begin = w.begin;
    end = w.end;
    lower = w.lower;
    token = w.token;
    xpos = w.xpos;
    sentence = w.sentence;
    tokenStart = w.tokenStart;
    tokenEnd = w.tokenEnd;
    sentenceFrom = w.sentenceFrom;
    sentenceTo = w.sentenceTo;
  }

  static Words of(String text, Tokens tokens, Tags tags, Sentences sentences) {
    List<Tokens.Token> items = tokens.items();
    int capacity = 0;
    for (Tokens.Token t : items) {
      capacity += 1 + hyphens(text, t.span());
    }
    List<Sentences.Sentence> ss = sentences.items();
    Words w = new Words(text, capacity, ss.size());
    Arrays.fill(w.sentenceFrom, -1);
    int n = 0;
    int s = 0;
    List<Tags.Tag> tagItems = tags.items();
    for (int k = 0; k < items.size(); k++) {
      Span span = items.get(k).span();
      while (s < ss.size() && ss.get(s).span().end() <= span.begin()) {
        s++;
      }
      int sentenceIndex = Math.min(s, Math.max(0, ss.size() - 1));
      String tag = k < tagItems.size() ? tagItems.get(k).xpos() : "";
      int from = span.begin();
      int first = n;
      for (int i = span.begin(); i <= span.end(); i++) {
        boolean cut = i == span.end() || (isHyphen(text.charAt(i)) && i > span.begin() && i + 1 < span.end()
            && Character.isLetterOrDigit(text.charAt(i - 1)) && Character.isLetterOrDigit(text.charAt(i + 1)));
        if (cut) {
          w.begin[n] = from;
          w.end[n] = i;
          w.lower[n] = lower(text, from, i);
          w.token[n] = k;
          w.xpos[n] = tag;
          w.sentence[n] = sentenceIndex;
          n++;
          from = i + 1;
        }
      }
      w.tokenStart[first] = true;
      w.tokenEnd[n - 1] = true;
      if (!ss.isEmpty()) {
        if (w.sentenceFrom[sentenceIndex] < 0) {
          w.sentenceFrom[sentenceIndex] = first;
        }
        w.sentenceTo[sentenceIndex] = n;
      }
    }
    for (int i = 0; i < ss.size(); i++) {
      if (w.sentenceFrom[i] < 0) {
        w.sentenceFrom[i] = i == 0 ? 0 : w.sentenceTo[i - 1];
        w.sentenceTo[i] = w.sentenceFrom[i];
      }
    }
    return new Words(w, n);
  }

  /** The lower-cased word; one string, no copy to lower-case when it has no capital. */
  private static String lower(String text, int from, int to) {
    for (int k = from; k < to; k++) {
      if (Character.isUpperCase(text.charAt(k))) {
        return text.substring(from, to).toLowerCase(Locale.ROOT);
      }
    }
    return text.substring(from, to);
  }

  private static int hyphens(String text, Span span) {
    int h = 0;
    for (int i = span.begin() + 1; i + 1 < span.end(); i++) {
      if (isHyphen(text.charAt(i))) {
        h++;
      }
    }
    return h;
  }

  private static boolean isHyphen(char c) {
    return c == '-' || c == '\u2010' || c == '\u2011';
  }

  String w(int i) {
    return i >= 0 && i < size ? lower[i] : "";
  }

  String tag(int i) {
    return i >= 0 && i < size ? xpos[i] : "";
  }

  /** Whether word {@code i} is one of {@code options} (lower case). */
  boolean is(int i, String... options) {
    String x = w(i);
    for (String o : options) {
      if (o.equals(x)) {
        return true;
      }
    }
    return false;
  }

  boolean capitalised(int i) {
    return i >= 0 && i < size && Character.isUpperCase(text.charAt(begin[i]));
  }

  /** Whether words {@code i} and {@code i + 1} are in the same sentence. */
  boolean sameSentence(int i, int j) {
    return i >= 0 && j >= 0 && i < size && j < size && sentence[i] == sentence[j];
  }

  Span span(int from, int to) {
    return new Span(begin[from], end[to - 1]);
  }
}
