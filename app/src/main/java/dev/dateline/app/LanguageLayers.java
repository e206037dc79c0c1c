package dev.dateline.app;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dateline.model.Document;
import dev.dateline.model.Entities;
import dev.dateline.model.Names;
import dev.dateline.model.QuoteTerms;
import dev.dateline.model.Quotes;
import dev.dateline.model.Span;
import dev.dateline.model.Tags;
import dev.dateline.model.Times;
import dev.dateline.model.Titles;
import dev.dateline.model.Tokens;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The JSON of the language layers: tokens (with their tags folded in when the tags layer ran), names, titles and
 * entities. Every span is written as its text with {@code begin} and {@code end}, so a reader can check offsets.
 */
final class LanguageLayers {
  private LanguageLayers() {}

  static List<LayerMapper<?>> mappers() {
    return List.of(tokens(), tags(), times(), names(), titles(), entities(), quotes(), quoteTerms());
  }

  /** Tokens with text, and with upos, xpos and lemma when the document has a tags layer. */
  static LayerMapper<Tokens> tokens() {
    return LayerMapper.of(Tokens.KEY, (layer, document, nodes) -> {
      String text = document.text();
      Optional<Tags> tags = document.layer(Tags.KEY);
      ArrayNode items = nodes.arrayNode();
      List<Tokens.Token> tokens = layer.items();
      for (int i = 0; i < tokens.size(); i++) {
        Tokens.Token t = tokens.get(i);
        ObjectNode item = span(items.addObject().put("id", t.id()), t.span(), text);
        if (tags.isPresent() && i < tags.get().items().size()) {
          Tags.Tag tag = tags.get().items().get(i);
          item.put("upos", tag.upos()).put("xpos", tag.xpos()).put("lemma", tag.lemma());
        }
      }
      return items;
    });
  }

  static LayerMapper<Tags> tags() {
    return LayerMapper.of(Tags.KEY, (layer, document, nodes) -> {
      ArrayNode items = nodes.arrayNode();
      for (Tags.Tag t : layer.items()) {
        span(items.addObject().put("id", t.id()), t.span(), document.text())
            .put("token", t.token()).put("upos", t.upos()).put("xpos", t.xpos()).put("lemma", t.lemma());
      }
      return items;
    });
  }

  static LayerMapper<Names> names() {
    return LayerMapper.of(Names.KEY, (layer, document, nodes) -> {
      ArrayNode items = nodes.arrayNode();
      for (Names.Name n : layer.items()) {
        span(items.addObject().put("id", n.id()), n.span(), document.text()).put("type", n.type().name());
      }
      return items;
    });
  }

  static LayerMapper<Titles> titles() {
    return LayerMapper.of(Titles.KEY, (layer, document, nodes) -> {
      ArrayNode items = nodes.arrayNode();
      for (Titles.Title t : layer.items()) {
        ObjectNode item = span(items.addObject().put("id", t.id()), t.span(), document.text()).put("role", t.role());
        if (t.holder().isPresent()) {
          item.put("holder", t.holder().get());
        } else {
          item.putNull("holder");
        }
      }
      return items;
    });
  }

  /** {@code [{id, name, type, titles, mentions: [{text, begin, end, kind}]}]}. */
  static LayerMapper<Entities> entities() {
    return LayerMapper.of(Entities.KEY, (layer, document, nodes) -> {
      ArrayNode items = nodes.arrayNode();
      for (Entities.Entity e : layer.items()) {
        ObjectNode item = items.addObject().put("id", e.id()).put("name", e.name()).put("type", e.type().name());
        ArrayNode titles = item.putArray("titles");
        e.titles().forEach(titles::add);
        ArrayNode mentions = item.putArray("mentions");
        for (Entities.Mention m : e.mentions()) {
          span(mentions.addObject(), m.span(), document.text()).put("kind", m.kind().name().toLowerCase(Locale.ROOT));
        }
      }
      return items;
    });
  }

  /**
   * {@code [{id, text, begin, end, kind, speaker: {entity, descriptor, text, begin, end, named} or null, cue: {text,
   * begin, end} or null}]}.
   */
  static LayerMapper<Quotes> quotes() {
    return LayerMapper.of(Quotes.KEY, (layer, document, nodes) -> {
      String text = document.text();
      ArrayNode items = nodes.arrayNode();
      for (Quotes.Quote q : layer.items()) {
        ObjectNode item = span(items.addObject().put("id", q.id()), q.span(), text)
            .put("kind", q.kind().name().toLowerCase(Locale.ROOT));
        if (q.speaker().isPresent()) {
          Quotes.Speaker s = q.speaker().get();
          ObjectNode speaker = item.putObject("speaker");
          switch (s) {
            case Quotes.Speaker.Named named -> speaker.put("entity", named.entity()).putNull("descriptor");
            case Quotes.Speaker.Unnamed unnamed -> speaker.putNull("entity").put("descriptor", unnamed.descriptor());
          }
          span(speaker, s.span(), text).put("named", s instanceof Quotes.Speaker.Named);
        } else {
          item.putNull("speaker");
        }
        if (q.cue().isPresent()) {
          span(item.putObject("cue"), q.cue().get(), text);
        } else {
          item.putNull("cue");
        }
      }
      return items;
    });
  }

  /** {@code [{id, text, begin, end}]}: quoted words that are terms or scare quotes, not statements. */
  static LayerMapper<QuoteTerms> quoteTerms() {
    return LayerMapper.of(QuoteTerms.KEY, (layer, document, nodes) -> {
      ArrayNode items = nodes.arrayNode();
      for (QuoteTerms.Term t : layer.items()) {
        span(items.addObject().put("id", t.id()), t.span(), document.text());
      }
      return items;
    });
  }

  /**
   * {@code [{id, text, begin, end, type, value, anchor, granularity}]}: anchor is {@code dateline}, {@code published},
   * the id of another time, or null when the value depends on no reference.
   */
  static LayerMapper<Times> times() {
    return LayerMapper.of(Times.KEY, (layer, document, nodes) -> {
      ArrayNode items = nodes.arrayNode();
      for (Times.Time t : layer.items()) {
        ObjectNode item = span(items.addObject().put("id", t.id()), t.span(), document.text())
            .put("type", t.type().name()).put("value", t.value());
        switch (t.anchor()) {
          case NONE -> item.putNull("anchor");
          case TIME -> item.put("anchor", t.anchorTime().orElseThrow());
          default -> item.put("anchor", t.anchor().name().toLowerCase(Locale.ROOT));
        }
        item.put("granularity", t.granularity().name().toLowerCase(Locale.ROOT));
      }
      return items;
    });
  }

  private static ObjectNode span(ObjectNode item, Span span, String text) {
    return item.put("text", span.of(text)).put("begin", span.begin()).put("end", span.end());
  }

}
