package dev.dateline.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Who said what: each statement the article reports, direct (between quote marks), indirect (reported speech,
 * "Blinken said he would ...", "according to X") or mixed (reported speech with a quoted part), with its content
 * span, its speaker and its cue ("said", "told reporters", "according to"). Quoted words that are not statements
 * (scare quotes and terms: a "humanitarian pause") are kept apart, in the {@link QuoteTerms} layer.
 */
public record Quotes(List<Quote> items) implements Layer {
  public static final LayerKey<Quotes> KEY = new LayerKey<>("quotes", Quotes.class);

  public Quotes {
    items = List.copyOf(items);
  }

  public enum Kind {
    DIRECT,
    INDIRECT,
    MIXED
  }

  /** One statement: {@code span} is its content (quote marks included for a direct quote). */
  public record Quote(String id, Span span, Kind kind, Optional<Speaker> speaker, Optional<Span> cue)
      implements Annotation {
    public Quote {
      Objects.requireNonNull(span, "span");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(speaker, "speaker");
      Objects.requireNonNull(cue, "cue");
    }

    @Override
    public List<String> references() {
      return speaker.filter(s -> s instanceof Speaker.Named).map(s -> List.of(((Speaker.Named) s).entity()))
          .orElse(List.of());
    }
  }

  /**
   * Who made a statement: the span that names them in the text (the source), and either the entity it refers to or,
   * for an unnamed source ("a senior State Department official"), only that description.
   */
  public sealed interface Speaker permits Speaker.Named, Speaker.Unnamed {
    Span span();

    /** A source resolved to an entity of the {@link Entities} layer. */
    record Named(Span span, String entity) implements Speaker {
      public Named {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(entity, "entity");
      }
    }

    /** A source that is no entity of the article: kept as its description. */
    record Unnamed(Span span, String descriptor) implements Speaker {
      public Unnamed {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(descriptor, "descriptor");
      }
    }
  }
}
