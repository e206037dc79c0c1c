package dev.dateline.nlp.sentences;

import dev.dateline.model.Document;
import dev.dateline.model.LayerKey;
import dev.dateline.model.Paragraphs;
import dev.dateline.model.Sentences;
import dev.dateline.model.Sentences.Sentence;
import dev.dateline.model.Span;
import dev.dateline.model.Tokens;
import dev.dateline.model.Tokens.Token;
import dev.dateline.nlp.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Sentences: a paragraph ends every sentence; inside one, a token of '.', '!' or '?' ends a sentence when the next
 * token starts with an upper-case letter or a quote mark.
 */
public final class SentenceStage implements Stage {

  @Override
  public String name() {
    return "sentences.v1";
  }

  @Override
  public Set<LayerKey<?>> reads() {
    return Set.of(Paragraphs.KEY, Tokens.KEY);
  }

  @Override
  public Set<LayerKey<?>> writes() {
    return Set.of(Sentences.KEY);
  }

  @Override
  public Document apply(Document document) {
    String text = document.text();
    List<Token> tokens = document.require(Tokens.KEY).items();
    List<Sentence> out = new ArrayList<>();
    int t = 0;
    for (Paragraphs.Paragraph p : document.require(Paragraphs.KEY).items()) {
      int start = -1;
      int last = -1;
      for (; t < tokens.size() && tokens.get(t).span().begin() < p.span().end(); t++) {
        Span s = tokens.get(t).span();
        if (s.begin() < p.span().begin()) {
          continue;
        }
        if (start < 0) {
          start = s.begin();
        }
        last = s.end();
        String token = s.of(text);
        boolean terminal = token.equals(".") || token.equals("!") || token.equals("?");
        if (terminal && t + 1 < tokens.size() && tokens.get(t + 1).span().begin() < p.span().end()) {
          char next = text.charAt(tokens.get(t + 1).span().begin());
          if (Character.isUpperCase(next) || next == '"' || next == '“') {
            out.add(new Sentence("s" + out.size(), new Span(start, last)));
            start = -1;
          }
        }
      }
      if (start >= 0) {
        out.add(new Sentence("s" + out.size(), new Span(start, last)));
      }
    }
    return document.with(Sentences.KEY, new Sentences(out));
  }
}
