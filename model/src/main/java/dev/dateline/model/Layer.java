package dev.dateline.model;

import java.util.List;

/**
 * One stand-off annotation layer of a {@link Document}: items with ids and spans into the article text. Later stages
 * add their layer types to the permitted list.
 */
public sealed interface Layer permits Paragraphs, Tokens, Sentences, Tags, Names, Titles, Entities, Times, Quotes,
    QuoteTerms, Events {

  /** The annotations of this layer, sorted by span. */
  List<? extends Annotation> items();
}
