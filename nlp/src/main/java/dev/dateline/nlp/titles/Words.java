package dev.dateline.nlp.titles;

import dev.dateline.model.Span;
import dev.dateline.model.Tokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The tokens as the title patterns see them: a possessive "'s" is a word of its own whether or not the tokenizer
 * split it off ("Israel's" -> "Israel", "'s"), and phrases are compared by their text with white space kept only
 * where the text has it, so "U.S." matches whether it came as one token or four.
 */
final class Words {
  private final String text;
  private final List<Span> spans;

  private Words(String text, List<Span> spans) {
    this.text = text;
    this.spans = spans;
  }

  static Words of(String text, Tokens tokens) {
    List<Span> out = new ArrayList<>(tokens.items().size());
    for (Tokens.Token t : tokens.items()) {
      Span s = t.span();
      int n = s.length();
      if (n > 2 && (text.charAt(s.end() - 2) == '\'' || text.charAt(s.end() - 2) == '’')
          && (text.charAt(s.end() - 1) == 's' || text.charAt(s.end() - 1) == 'S')
          && Character.isLetter(text.charAt(s.end() - 3))) {
        out.add(new Span(s.begin(), s.end() - 2));
        out.add(new Span(s.end() - 2, s.end()));
      } else {
        out.add(s);
      }
    }
    return new Words(text, out);
  }

  int size() {
    return spans.size();
  }

  Span span(int i) {
    return spans.get(i);
  }

  String word(int i) {
    return spans.get(i).of(text);
  }

  String lower(int i) {
    return word(i).toLowerCase(Locale.ROOT);
  }

  boolean is(int i, String... any) {
    if (i < 0 || i >= spans.size()) {
      return false;
    }
    String w = word(i);
    for (String a : any) {
      if (w.equalsIgnoreCase(a)) {
        return true;
      }
    }
    return false;
  }

  boolean possessive(int i) {
    return is(i, "'s", "’s", "'", "’");
  }

  /** The text of words {@code [from, to)}, with one space where the text has white space between two words. */
  String join(int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int i = from; i < to; i++) {
      if (i > from && spans.get(i).begin() > spans.get(i - 1).end()) {
        sb.append(' ');
      }
      sb.append(word(i));
    }
    return sb.toString();
  }

  /** The span from the start of word {@code from} to the end of word {@code to - 1}. */
  Span cover(int from, int to) {
    return new Span(spans.get(from).begin(), spans.get(to - 1).end());
  }
}
