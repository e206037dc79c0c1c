package dev.dateline.model;

import java.util.List;

/**
 * Words in quote marks that are a term or a scare quote ("humanitarian pause", "difficult"), not a statement: written
 * beside {@link Quotes} by the same stage, so a reader can tell them apart and they never count as anyone's words.
 */
public record QuoteTerms(List<Term> items) implements Layer {
  public static final LayerKey<QuoteTerms> KEY = new LayerKey<>("quote_terms", QuoteTerms.class);

  public QuoteTerms {
    items = List.copyOf(items);
  }

  /** One quoted term, its span including the quote marks. */
  public record Term(String id, Span span) implements Annotation {}
}
