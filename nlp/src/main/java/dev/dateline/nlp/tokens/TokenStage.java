package dev.dateline.nlp.tokens;

import dev.dateline.model.Document;
import dev.dateline.model.LayerKey;
import dev.dateline.model.Span;
import dev.dateline.model.Tokens;
import dev.dateline.model.Tokens.Token;
import dev.dateline.nlp.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A baseline tokenizer: runs of letters and digits (with inner apostrophes, periods between digits, and hyphens)
 * are tokens, every other non-space character is a token of its own.
 */
public final class TokenStage implements Stage {

  @Override
  public String name() {
    return "tokens.v1";
  }

  @Override
  public Set<LayerKey<?>> reads() {
    return Set.of();
  }

  @Override
  public Set<LayerKey<?>> writes() {
    return Set.of(Tokens.KEY);
  }

  @Override
  public Document apply(Document document) {
    return document.with(Tokens.KEY, new Tokens(tokenize(document.text())));
  }

  static List<Token> tokenize(String text) {
    List<Token> out = new ArrayList<>(text.length() / 5);
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      int start = i;
      if (Character.isLetterOrDigit(c)) {
        i++;
        while (i < n) {
          char d = text.charAt(i);
          if (Character.isLetterOrDigit(d) || Character.getType(d) == Character.NON_SPACING_MARK) {
            i++;
          } else if ((d == '\'' || d == '’' || d == '-' || d == '.' || d == ',')
              && i + 1 < n && Character.isLetterOrDigit(text.charAt(i + 1))
              && (d == '\'' || d == '’' || d == '-' || Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1)))) {
            i += 2;
          } else {
            break;
          }
        }
      } else {
        i += Character.charCount(text.codePointAt(i));
      }
      out.add(new Token("t" + out.size(), new Span(start, i)));
    }
    return out;
  }
}
