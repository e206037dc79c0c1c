package dev.dateline.nlp.pos;

import dev.dateline.model.Document;
import dev.dateline.model.LayerKey;
import dev.dateline.model.Sentences;
import dev.dateline.model.Tags;
import dev.dateline.model.Tags.Tag;
import dev.dateline.model.Tokens;
import dev.dateline.model.Tokens.Token;
import dev.dateline.nlp.Stage;
import dev.dateline.nlp.TokenRanges;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Parts of speech and lemmas: one {@link Tag} per token, tagged sentence by sentence by a {@link PosTagger}. A token
 * outside every sentence is tagged as a sentence of its own, so every token gets its tag.
 */
public final class PosStage implements Stage {
  private final PosTagger tagger;
  /** Each worker thread's score cache (see {@link ScoreCache}), which only ever saves time. */
  private final ThreadLocal<ScoreCache> caches;

  public PosStage(PosTagger tagger) {
    this.tagger = Objects.requireNonNull(tagger, "tagger");
    this.caches = ThreadLocal.withInitial(tagger::cache);
  }

  /** The stage with the bundled model ({@link PosTagger#standard()}). */
  public static PosStage standard() {
    return new PosStage(PosTagger.standard());
  }

  @Override
  public String name() {
    return "pos.v1";
  }

  @Override
  public Set<LayerKey<?>> reads() {
    return Set.of(Tokens.KEY, Sentences.KEY);
  }

  @Override
  public Set<LayerKey<?>> writes() {
    return Set.of(Tags.KEY);
  }

  @Override
  public Document apply(Document document) {
    String text = document.text();
    Tokens tokens = document.require(Tokens.KEY);
    List<Token> items = tokens.items();
    TokenRanges ranges = TokenRanges.of(tokens, document.require(Sentences.KEY));
    List<Tag> out = new ArrayList<>(items.size());
    ScoreCache cache = caches.get();
    int next = 0;
    for (int k = 0; k < ranges.sentences(); k++) {
      int begin = Math.max(ranges.begin(k), next);
      int end = Math.max(ranges.end(k), begin);
      for (; next < begin; next++) {
        tag(text, items, next, next + 1, cache, out);
      }
      tag(text, items, begin, end, cache, out);
      next = end;
    }
    for (; next < items.size(); next++) {
      tag(text, items, next, next + 1, cache, out);
    }
    return document.with(Tags.KEY, new Tags(out));
  }

  private void tag(String text, List<Token> items, int begin, int end, ScoreCache cache, List<Tag> out) {
    if (begin >= end) {
      return;
    }
    String[] forms = new String[end - begin];
    for (int t = begin; t < end; t++) {
      forms[t - begin] = items.get(t).span().of(text);
    }
    List<PosTagger.Analysis> analyses = tagger.tag(forms, cache);
    for (int t = begin; t < end; t++) {
      Token token = items.get(t);
      PosTagger.Analysis a = analyses.get(t - begin);
      out.add(new Tag("g" + t, token.span(), token.id(), a.upos(), a.xpos(), a.lemma()));
    }
  }
}
