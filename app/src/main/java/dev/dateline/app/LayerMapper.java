package dev.dateline.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dateline.model.Annotation;
import dev.dateline.model.Document;
import dev.dateline.model.Layer;
import dev.dateline.model.LayerKey;
import dev.dateline.model.Tags;

/**
 * Writes one analysis layer of a document into the JSON record, under the layer's name. Each new layer (entities,
 * times, quotes, events) brings its own mapper and registers it in {@link ArticleRecord#standard()}.
 */
interface LayerMapper<T extends Layer> {

  LayerKey<T> key();

  JsonNode toJson(T layer, Document document, JsonNodeFactory nodes);

  /** The mapper for layers whose items are only an id and a span: {@code [{"id", "begin", "end"}]}. */
  static <T extends Layer> LayerMapper<T> spans(LayerKey<T> key) {
    return new LayerMapper<>() {
      @Override
      public LayerKey<T> key() {
        return key;
      }

      @Override
      public JsonNode toJson(T layer, Document document, JsonNodeFactory nodes) {
        ArrayNode items = nodes.arrayNode();
        for (Annotation a : layer.items()) {
          ObjectNode item = items.addObject();
          item.put("id", a.id());
          item.put("begin", a.span().begin());
          item.put("end", a.span().end());
        }
        return items;
      }
    };
  }

  /** The mapper for part-of-speech tags: {@code [{"id", "begin", "end", "token", "upos", "xpos", "lemma"}]}. */
  static LayerMapper<Tags> tags() {
    return new LayerMapper<>() {
      @Override
      public LayerKey<Tags> key() {
        return Tags.KEY;
      }

      @Override
      public JsonNode toJson(Tags layer, Document document, JsonNodeFactory nodes) {
        ArrayNode items = nodes.arrayNode();
        for (Tags.Tag t : layer.items()) {
          items.addObject().put("id", t.id()).put("begin", t.span().begin()).put("end", t.span().end())
              .put("token", t.token()).put("upos", t.upos()).put("xpos", t.xpos()).put("lemma", t.lemma());
        }
        return items;
      }
    };
  }
}
