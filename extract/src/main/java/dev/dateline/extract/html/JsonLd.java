package dev.dateline.extract.html;

import dev.dateline.extract.json.Json;
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
  /** Schema.org article types, as Mozilla Readability lists them; other objects (a WebPage) still give dates. */
  private static final Set<String> ARTICLE_TYPES = Set.of(
      "article", "advertisercontentarticle", "newsarticle", "analysisnewsarticle", "askpublicnewsarticle",
      "backgroundnewsarticle", "opinionnewsarticle", "reportagenewsarticle", "reviewnewsarticle", "report",
      "satiricalarticle", "scholarlyarticle", "medicalscholarlyarticle", "socialmediaposting", "blogposting",
      "liveblogposting", "discussionforumposting", "techarticle", "apireference");

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
      // pages wrap the JSON in <![CDATA[ ]]> or <!-- -->: keep what lies between the outer brackets
      String text = data.toString().replace("<![CDATA[", "").replace("]]>", "").replace("-->", "");
      int start = indexOfAny(text, '{', '[');
      int end = Math.max(text.lastIndexOf('}'), text.lastIndexOf(']'));
      if (start < 0 || end < start) {
        continue;
      }
      text = text.substring(start, end + 1);
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

  private static int indexOfAny(String s, char a, char b) {
    int i = s.indexOf(a);
    int j = s.indexOf(b);
    return i < 0 ? j : j < 0 ? i : Math.min(i, j);
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

  /**
   * The title of the first article object: its name or headline, and where both are given and differ, the one
   * closer to the page's title element (pages put a section label in one of them).
   */
  static Optional<String> title(List<Map<String, Object>> objects, Optional<String> docTitle) {
    for (Map<String, Object> m : objects) {
      if (!isArticle(m)) {
        continue;
      }
      Optional<String> name = string(List.of(m), "name");
      Optional<String> headline = string(List.of(m), "headline");
      if (name.isPresent() && headline.isPresent() && !name.get().equals(headline.get()) && docTitle.isPresent()) {
        boolean headlineMatches = covered(docTitle.get(), headline.get()) > 0.75;
        boolean nameMatches = covered(docTitle.get(), name.get()) > 0.75;
        return Optional.of(headlineMatches && !nameMatches ? headline.get() : name.get());
      }
      Optional<String> t = headline.or(() -> name);
      if (t.isPresent()) {
        return t;
      }
    }
    return Optional.empty();
  }

  private static final java.util.regex.Pattern NON_WORD = java.util.regex.Pattern.compile("\\W+", java.util.regex.Pattern.UNICODE_CHARACTER_CLASS);

  /** Share of the words of {@code title} (by characters) that {@code candidate} also has. */
  private static double covered(String title, String candidate) {
    Set<String> have = new java.util.HashSet<>(List.of(NON_WORD.split(candidate.toLowerCase(java.util.Locale.ROOT))));
    int all = 0;
    int missing = 0;
    for (String w : NON_WORD.split(title.toLowerCase(java.util.Locale.ROOT))) {
      all += w.length();
      if (!have.contains(w)) {
        missing += w.length();
      }
    }
    return all == 0 ? 0 : 1 - (double) missing / all;
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
