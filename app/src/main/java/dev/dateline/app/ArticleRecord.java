package dev.dateline.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dateline.model.Article;
import dev.dateline.model.Dateline;
import dev.dateline.model.Document;
import dev.dateline.model.Layer;
import dev.dateline.model.LayerKey;
import dev.dateline.model.Paragraphs;
import dev.dateline.model.Published;
import dev.dateline.model.Removed;
import dev.dateline.model.Sentences;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The analyze record: one JSON object per article with its metadata, its clean text (which every offset refers
 * to), what extraction removed, and one field per analysis layer. The README documents it field by field.
 */
final class ArticleRecord {
  private final ObjectMapper json = new ObjectMapper();
  private final JsonNodeFactory nodes = json.getNodeFactory();
  private final Map<LayerKey<?>, LayerMapper<?>> mappers;

  private ArticleRecord(List<LayerMapper<?>> mappers) {
    Map<LayerKey<?>, LayerMapper<?>> byKey = new LinkedHashMap<>();
    for (LayerMapper<?> m : mappers) {
      if (byKey.put(m.key(), m) != null) {
        throw new IllegalArgumentException("two mappers for layer '" + m.key().name() + "'");
      }
    }
    this.mappers = byKey;
  }

  /** The record with a mapper for every layer the standard stages write. */
  static ArticleRecord standard() {
    List<LayerMapper<?>> mappers = new java.util.ArrayList<>(List.of(LayerMapper.spans(Paragraphs.KEY), LayerMapper.spans(Sentences.KEY)));
    mappers.addAll(LanguageLayers.mappers());
    mappers.add(EventLayer.mapper());
    return new ArticleRecord(mappers);
  }

  /** The record of {@code document} as one line of JSON, leaving out the layers in {@code omit}. */
  String line(Document document, Set<LayerKey<?>> omit) {
    try {
      return json.writeValueAsString(toJson(document, omit));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("cannot write the record of article " + document.article().id(), e);
    }
  }

  /** The same record indented over several lines, for people to read. */
  String pretty(Document document, Set<LayerKey<?>> omit) {
    try {
      return json.writerWithDefaultPrettyPrinter().writeValueAsString(toJson(document, omit));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("cannot write the record of article " + document.article().id(), e);
    }
  }

  ObjectNode toJson(Document document, Set<LayerKey<?>> omit) {
    Article a = document.article();
    ObjectNode o = nodes.objectNode();
    o.put("id", a.id());
    put(o, "url", a.url());
    put(o, "source", a.source());
    put(o, "title", a.title());
    put(o, "published", a.published().map(Published::iso));
    o.put("published_inferred", a.published().map(Published::inferred).orElse(false));
    o.set("dateline", a.dateline().<JsonNode>map(this::dateline).orElse(nodes.nullNode()));
    put(o, "credited_source", a.creditedSource());
    o.put("syndicated", a.syndicated());
    put(o, "language", a.language());
    ArrayNode authors = o.putArray("authors");
    a.authors().forEach(authors::add);
    o.put("text", a.text());
    ArrayNode removed = o.putArray("removed");
    for (Removed r : a.removed()) {
      removed.addObject().put("kind", r.kind().name().toLowerCase(Locale.ROOT)).put("text", r.text());
    }
    for (LayerKey<?> key : document.keys()) {
      if (!omit.contains(key)) {
        o.set(key.name(), layer(document, key));
      }
    }
    return o;
  }

  private ObjectNode dateline(Dateline d) {
    ObjectNode o = nodes.objectNode();
    o.put("place", d.place());
    put(o, "date", d.date().map(Object::toString));
    o.put("year_inferred", d.yearInferred());
    put(o, "agency", d.agency());
    o.put("begin", d.span().begin());
    o.put("end", d.span().end());
    return o;
  }

  private <T extends Layer> JsonNode layer(Document document, LayerKey<T> key) {
    @SuppressWarnings("unchecked") // the map pairs each key with a mapper of the same layer type
    LayerMapper<T> mapper = (LayerMapper<T>) mappers.get(key);
    if (mapper == null) {
      throw new IllegalStateException("no JSON mapper for layer '" + key.name() + "'; register one in ArticleRecord.standard()");
    }
    return mapper.toJson(document.require(key), document, nodes);
  }

  private static void put(ObjectNode o, String field, Optional<String> value) {
    if (value.isPresent()) {
      o.put(field, value.get());
    } else {
      o.putNull(field);
    }
  }
}
