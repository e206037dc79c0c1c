package dev.dateline.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dateline.model.Annotation;
import dev.dateline.model.Document;
import dev.dateline.model.Layer;
import dev.dateline.model.LayerKey;

/**
 * Writes one analysis layer of a document into the JSON record, under the layer's name. Each new layer (entities,
 * times, quotes, events) brings its own mapper and registers it in {@link ArticleRecord#standard()}.
 */
interface LayerMapper<T extends Layer> {

  LayerKey<T> key();

  JsonNode toJson(T layer, Document document, JsonNodeFactory nodes);

  /** Writes one layer's JSON. */
  @FunctionalInterface
  interface Writer<T extends Layer> {
    JsonNode write(T layer, Document document, JsonNodeFactory nodes);
  }

  /** The mapper of {@code key} that writes with {@code writer}. */
  static <T extends Layer> LayerMapper<T> of(LayerKey<T> key, Writer<T> writer) {
    return new LayerMapper<>() {
      @Override
      public LayerKey<T> key() {
        return key;
      }

      @Override
      public JsonNode toJson(T layer, Document document, JsonNodeFactory nodes) {
        return writer.write(layer, document, nodes);
      }
    };
  }

  /** The mapper for layers whose items are only an id and a span: {@code [{"id", "begin", "end"}]}. */
  static <T extends Layer> LayerMapper<T> spans(LayerKey<T> key) {
    return of(key, (layer, document, nodes) -> {
      ArrayNode items = nodes.arrayNode();
      for (Annotation a : layer.items()) {
        ObjectNode item = items.addObject();
        item.put("id", a.id());
        item.put("begin", a.span().begin());
        item.put("end", a.span().end());
      }
      return items;
    });
  }
}
