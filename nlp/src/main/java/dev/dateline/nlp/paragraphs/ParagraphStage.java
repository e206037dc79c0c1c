package dev.dateline.nlp.paragraphs;

import dev.dateline.model.Document;
import dev.dateline.model.LayerKey;
import dev.dateline.model.Paragraphs;
import dev.dateline.model.Paragraphs.Paragraph;
import dev.dateline.model.Span;
import dev.dateline.nlp.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Splits the article text into paragraphs at line breaks, trimming surrounding white space. */
public final class ParagraphStage implements Stage {

  @Override
  public String name() {
    return "paragraphs.v1";
  }

  @Override
  public Set<LayerKey<?>> reads() {
    return Set.of();
  }

  @Override
  public Set<LayerKey<?>> writes() {
    return Set.of(Paragraphs.KEY);
  }

  @Override
  public Document apply(Document document) {
    return document.with(Paragraphs.KEY, new Paragraphs(split(document.text())));
  }

  static List<Paragraph> split(String text) {
    List<Paragraph> out = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      int lineEnd = i;
      while (lineEnd < n && text.charAt(lineEnd) != '\n' && text.charAt(lineEnd) != '\r') {
        lineEnd++;
      }
      int b = i;
      int e = lineEnd;
      while (b < e && Character.isWhitespace(text.charAt(b))) {
        b++;
      }
      while (e > b && Character.isWhitespace(text.charAt(e - 1))) {
        e--;
      }
      if (e > b) {
        out.add(new Paragraph("p" + out.size(), new Span(b, e)));
      }
      i = lineEnd + 1;
    }
    return out;
  }
}
