package dev.dateline.model;

import java.util.List;

/** The paragraphs of an article text. */
public record Paragraphs(List<Paragraph> items) implements Layer {
  public static final LayerKey<Paragraphs> KEY = new LayerKey<>("paragraphs", Paragraphs.class);

  public Paragraphs {
    items = List.copyOf(items);
  }

  /** One paragraph, its span excluding the line breaks that separate it from the next. */
  public record Paragraph(String id, Span span) implements Annotation {}
}
