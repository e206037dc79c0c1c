package dev.dateline.extract.html;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/** The JSON-LD objects of a page, flattened out of arrays and {@code @graph}, article types first. */
final class JsonLd {
  private static final Set<String> ARTICLE_TYPES = Set.of(
      "article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle", "blogposting",
      "socialmediaposting", "liveblogposting", "techarticle", "scholarlyarticle", "report", "webpage", "posting",
      "backgroundnewsarticle", "reviewnewsarticle", "review", "creativework", "videoobject", "medicalwebpage");

  private JsonLd() {}

  static List<Map<String, Object>> objects(Document doc) {
    List<Map<String, Object>> articles = new ArrayList<>();
    List<Map<String, Object>> others = new ArrayList<>();
    for (Element script : doc.select("script[type=application/ld+json]")) {
      StringBuilder data = new StringBuilder();
      for (Node n : script.childNodes()) {
        if (n instanceof DataNode d) {
          data.append(d.getWholeData());
        }
      }
      String text = data.toString().strip();
      if (text.startsWith("<!--")) {
        text = text.substring(4);
      }
      Optional<Object> parsed = Json.parse(text);
      if (parsed.isEmpty()) {
        continue;
      }
      Deque<Object> todo = new ArrayDeque<>();
      todo.add(parsed.get());
      while (!todo.isEmpty()) {
        Object o = todo.poll();
        if (o instanceof List<?> list) {
          todo.addAll(list);
        } else if (o instanceof Map<?, ?> map) {
          @SuppressWarnings("unchecked")
          Map<String, Object> m = (Map<String, Object>) map;
          if (m.get("@graph") instanceof List<?> graph) {
            todo.addAll(graph);
          }
          if (isArticle(m)) {
            articles.add(m);
          } else {
            others.add(m);
          }
        }
      }
    }
    articles.addAll(others);
    return articles;
  }

  private static boolean isArticle(Map<String, Object> m) {
    Object type = m.get("@type");
    if (type instanceof String s) {
      return ARTICLE_TYPES.contains(s.toLowerCase(java.util.Locale.ROOT));
    }
    if (type instanceof List<?> list) {
      for (Object t : list) {
        if (t instanceof String s && ARTICLE_TYPES.contains(s.toLowerCase(java.util.Locale.ROOT))) {
          return true;
        }
      }
    }
    return false;
  }

  /** The first non-blank string value of {@code key}, article objects first. */
  static Optional<String> string(List<Map<String, Object>> objects, String key) {
    for (Map<String, Object> m : objects) {
      Object v = m.get(key);
      if (v instanceof List<?> list && !list.isEmpty()) {
        v = list.get(0);
      }
      if (v instanceof String s && !s.isBlank()) {
        return Optional.of(MetadataReader.clean(org.jsoup.parser.Parser.unescapeEntities(s, false)));
      }
    }
    return Optional.empty();
  }

  static Optional<String> publisherName(List<Map<String, Object>> objects) {
    for (Map<String, Object> m : objects) {
      Object p = m.get("publisher");
      if (p instanceof List<?> list && !list.isEmpty()) {
        p = list.get(0);
      }
      if (p instanceof Map<?, ?> pm && pm.get("name") instanceof String s && !s.isBlank()) {
        return Optional.of(MetadataReader.clean(s));
      }
    }
    return Optional.empty();
  }

  /** Author names of the first article object that names any. */
  static List<String> authors(List<Map<String, Object>> objects) {
    for (Map<String, Object> m : objects) {
      if (!isArticle(m)) {
        continue;
      }
      Object a = m.get("author");
      List<String> names = new ArrayList<>();
      for (Object item : a instanceof List<?> list ? list : a == null ? List.of() : List.of(a)) {
        if (item instanceof String s) {
          names.add(s);
        } else if (item instanceof Map<?, ?> am && am.get("name") instanceof String s) {
          names.add(s);
        }
      }
      if (!names.isEmpty()) {
        return names;
      }
    }
    return List.of();
  }
}
