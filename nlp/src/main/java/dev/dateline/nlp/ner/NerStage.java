package dev.dateline.nlp.ner;

import dev.dateline.model.Document;
import dev.dateline.model.EntityType;
import dev.dateline.model.LayerKey;
import dev.dateline.model.Names;
import dev.dateline.model.Names.Name;
import dev.dateline.model.Sentences;
import dev.dateline.model.Span;
import dev.dateline.model.Tokens;
import dev.dateline.model.Tokens.Token;
import dev.dateline.nlp.Stage;
import dev.dateline.nlp.TokenRanges;
import dev.dateline.nlp.clusters.WordClusters;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Named entities: people, organisations, places and other names (CoNLL-2003's PER, ORG, LOC, MISC), found sentence
 * by sentence with the whole article as the document the second pass looks across. Reads tokens and sentences
 * only, not part-of-speech tags. Words are the tokens, except that a possessive ending ("Blinken's") is split off as
 * CoNLL's text does, so the name's span stops before it.
 */
public final class NerStage implements Stage {
  static final String MODEL = "/dev/dateline/nlp/ner/ner-model.bin.gz";

  private final NerModel model;
  // a tagger per thread, because each keeps scores for the word forms it has met (a pure function of the form and
  // the model, so results never depend on which thread or document came first)
  private final ThreadLocal<Tagger> taggers;

  public NerStage(NerModel model) {
    this.model = Objects.requireNonNull(model, "model");
    this.taggers = ThreadLocal.withInitial(model::tagger);
  }

  /**
   * The recogniser with the bundled model, gazetteers and word classes.
   *
   * @throws UncheckedIOException if a bundled resource is missing or damaged
   */
  public static NerStage standard() {
    try {
      return new NerStage(standardModel());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The bundled model with the resources it was trained with. */
  public static NerModel standardModel() throws IOException {
    Gazetteers gazetteers = Gazetteers.standard();
    WordClusters clusters = standardClusters();
    try (InputStream in = NerStage.class.getResourceAsStream(MODEL)) {
      if (in == null) {
        throw new IOException("the bundled NER model " + MODEL + " is missing from the class path");
      }
      return NerModel.read(in, MODEL, gazetteers, clusters);
    }
  }

  /** The word classes the bundled model was trained with. */
  public static WordClusters standardClusters() throws IOException {
    try {
      return WordClusters.standard();
    } catch (IllegalStateException e) {
      throw new IOException(e.getMessage(), e);
    }
  }

  @Override
  public String name() {
    return "ner.v1";
  }

  @Override
  public Set<LayerKey<?>> reads() {
    return Set.of(Tokens.KEY, Sentences.KEY);
  }

  @Override
  public Set<LayerKey<?>> writes() {
    return Set.of(Names.KEY);
  }

  @Override
  public Document apply(Document document) {
    String text = document.text();
    Tokens tokens = document.require(Tokens.KEY);
    TokenRanges ranges = TokenRanges.of(tokens, document.require(Sentences.KEY));
    List<Token> items = tokens.items();
    List<List<String>> words = new ArrayList<>(ranges.sentences());
    List<List<Span>> spans = new ArrayList<>(ranges.sentences());
    for (int s = 0; s < ranges.sentences(); s++) {
      List<String> w = new ArrayList<>(ranges.end(s) - ranges.begin(s) + 4);
      List<Span> sp = new ArrayList<>(ranges.end(s) - ranges.begin(s) + 4);
      for (int t = ranges.begin(s); t < ranges.end(s); t++) {
        Span span = items.get(t).span();
        int cut = possessive(text, span);
        if (cut > 0) {
          w.add(text.substring(span.begin(), cut));
          sp.add(new Span(span.begin(), cut));
          w.add(text.substring(cut, span.end()));
          sp.add(new Span(cut, span.end()));
        } else {
          w.add(span.of(text));
          sp.add(span);
        }
      }
      words.add(w);
      spans.add(sp);
    }
    int[][] labels = taggers.get().labels(words);
    List<Name> names = new ArrayList<>();
    for (int s = 0; s < labels.length; s++) {
      for (Chunks.Chunk c : Chunks.ofLabels(labels[s])) {
        Span span = new Span(spans.get(s).get(c.begin()).begin(), spans.get(s).get(c.end() - 1).end());
        names.add(new Name("n" + names.size(), span, type(c.type())));
      }
    }
    return document.with(Names.KEY, new Names(names));
  }

  /** Where a possessive "'s" (any apostrophe) ending a longer token begins, or -1. */
  private static int possessive(String text, Span span) {
    int end = span.end();
    if (end - span.begin() < 3) {
      return -1;
    }
    char s = text.charAt(end - 1);
    char apostrophe = text.charAt(end - 2);
    if ((s == 's' || s == 'S') && (apostrophe == '\'' || apostrophe == '\u2019')) {
      return end - 2;
    }
    return -1;
  }

  private static EntityType type(String conll) {
    return switch (conll) {
      case "PER" -> EntityType.PERSON;
      case "ORG" -> EntityType.ORG;
      case "LOC" -> EntityType.PLACE;
      default -> EntityType.MISC;
    };
  }
}
