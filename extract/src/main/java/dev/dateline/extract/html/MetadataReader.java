package dev.dateline.extract.html;

import dev.dateline.model.Published;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Reads a page's title, authors, publication date, language, site name and canonical URL from its markup. */
final class MetadataReader {
  /** Meta names and properties that carry a publication date, most trusted first. */
  private static final List<String> PUBLISHED_META = List.of(
      "article:published_time", "og:article:published_time", "og:published_time", "article:published",
      "parsely-pub-date", "sailthru.date", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date",
      "dc.date.created", "dcterms.created", "datepublished", "date", "pubdate", "publishdate", "publish-date",
      "publish_date", "publication_date", "pub_date", "article.published", "article_date_original",
      "cxenseparse:recs:publishtime", "og:pubdate", "originalpublicationdate", "dc.created", "published_time",
      "date.release", "citation_publication_date", "citation_date", "rnews:datepublished", "timestamp");
  private static final List<String> MODIFIED_META = List.of(
      "article:modified_time", "og:updated_time", "dateModified", "last-modified", "dc.date.modified",
      "dcterms.modified");
  private static final Pattern AUTHOR_CLASS = Pattern.compile("byline|author", Pattern.CASE_INSENSITIVE);
  private static final Pattern LANG = Pattern.compile("[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*");

  private final Lexicon lexicon;

  MetadataReader(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  record Metadata(
      Optional<String> title,
      List<String> authors,
      Optional<Published> published,
      Optional<String> language,
      Optional<String> siteName,
      Optional<String> canonicalUrl) {}

  Metadata read(Document doc, Optional<String> pageUrl) {
    Map<String, String> meta = metaTags(doc);
    List<Map<String, Object>> ld = JsonLd.objects(doc);
    Optional<String> siteName = first(meta, "og:site_name", "application-name", "twitter:app:name:iphone")
        .or(() -> JsonLd.publisherName(ld));
    Optional<String> canonical = canonical(doc, meta);
    return new Metadata(
        title(doc, meta, ld, siteName),
        authors(doc, meta, ld),
        published(doc, meta, ld, pageUrl.or(() -> canonical)),
        language(doc, meta),
        siteName,
        canonical);
  }

  /** All meta tags by lower-cased name, property or itemprop; the first occurrence wins. */
  private static Map<String, String> metaTags(Document doc) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Element m : doc.getElementsByTag("meta")) {
      String content = m.attr("content").strip();
      if (content.isEmpty()) {
        continue;
      }
      for (String attr : new String[] {"property", "name", "itemprop", "http-equiv"}) {
        String key = m.attr(attr).strip().toLowerCase(Locale.ROOT);
        if (!key.isEmpty()) {
          // "property" may hold several space-separated names (RDFa)
          for (String k : key.split("\\s+")) {
            out.putIfAbsent(k, content);
          }
        }
      }
    }
    return out;
  }

  private static Optional<String> first(Map<String, String> meta, String... keys) {
    for (String k : keys) {
      String v = meta.get(k);
      if (v != null && !v.isBlank()) {
        return Optional.of(clean(v));
      }
    }
    return Optional.empty();
  }

  static String clean(String s) {
    StringBuilder b = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (BlockCollector.isSpace(c)) {
        space = b.length() > 0;
      } else {
        if (space) {
          b.append(' ');
          space = false;
        }
        b.append(c);
      }
    }
    return b.toString();
  }

  // ---- title

  /**
   * The title in the order Mozilla Readability trusts the sources: JSON-LD, Dublin Core, Open Graph, other meta
   * tags, then the document's title element and its h1; a site name joined to it is removed.
   */
  private Optional<String> title(Document doc, Map<String, String> meta, List<Map<String, Object>> ld, Optional<String> siteName) {
    Optional<String> h1 = doc.getElementsByTag("h1").stream()
        .map(e -> clean(e.text())).filter(t -> !t.isEmpty()).findFirst();
    Optional<String> docTitle = doc.getElementsByTag("title").stream()
        .map(e -> clean(e.text())).filter(t -> !t.isEmpty()).findFirst();
    Optional<String> chosen = JsonLd.title(ld, docTitle)
        .or(() -> first(meta, "dc:title", "dc.title", "dcterm:title", "dcterms:title", "dcterms.title", "og:title",
            "weibo:article:title", "weibo:webpage:title", "title", "twitter:title", "parsely-title", "sailthru.title",
            "headline"))
        .or(() -> docTitle)
        .or(() -> h1);
    return chosen.map(t -> stripSite(t, siteName, h1)).filter(t -> !t.isEmpty());
  }

  /** Removes a site name joined to a title by a separator ("Storm hits coast | The Herald"). */
  private String stripSite(String title, Optional<String> siteName, Optional<String> h1) {
    if (h1.isPresent() && h1.get().equalsIgnoreCase(title)) {
      return title;
    }
    var m = lexicon.titleSeparator().matcher(title);
    List<int[]> seps = new ArrayList<>();
    while (m.find()) {
      seps.add(new int[] {m.start(), m.end()});
    }
    if (seps.isEmpty()) {
      return title;
    }
    if (siteName.isPresent()) {
      String site = siteName.get().toLowerCase(Locale.ROOT);
      int[] last = seps.get(seps.size() - 1);
      if (title.substring(last[1]).toLowerCase(Locale.ROOT).strip().equals(site)
          || site.contains(title.substring(last[1]).toLowerCase(Locale.ROOT).strip())) {
        return title.substring(0, last[0]).strip();
      }
      int[] firstSep = seps.get(0);
      if (title.substring(0, firstSep[0]).toLowerCase(Locale.ROOT).strip().equals(site)) {
        return title.substring(firstSep[1]).strip();
      }
    }
    if (h1.isPresent()) {
      // the page's h1 is one of the parts: it names which part is the title
      String lower = title.toLowerCase(Locale.ROOT);
      String h = h1.get().toLowerCase(Locale.ROOT);
      for (int[] sep : seps) {
        if (lower.substring(0, sep[0]).strip().equals(h)) {
          return title.substring(0, sep[0]).strip();
        }
        if (lower.substring(sep[1]).strip().equals(h)) {
          return title.substring(sep[1]).strip();
        }
      }
      if (lower.startsWith(h) && h.length() >= 10) {
        return title.substring(0, h.length()).strip();
      }
    }
    // The last part is the site name when it is short next to the rest.
    int[] last = seps.get(seps.size() - 1);
    String head = title.substring(0, last[0]).strip();
    String tail = title.substring(last[1]).strip();
    if (words(tail) <= 4 && words(head) >= 3) {
      return stripSite(head, siteName, Optional.empty());
    }
    return title;
  }

  private static int words(String s) {
    return s.isBlank() ? 0 : s.strip().split("\\s+").length;
  }

  // ---- authors

  private List<String> authors(Document doc, Map<String, String> meta, List<Map<String, Object>> ld) {
    List<String> out = new ArrayList<>();
    for (String name : JsonLd.authors(ld)) {
      addAuthor(out, name);
    }
    if (out.isEmpty()) {
      for (String key : new String[] {"author", "article:author", "dc.creator", "parsely-author", "sailthru.author",
          "byl", "citation_author"}) {
        String v = meta.get(key);
        if (v != null && !v.startsWith("http")) {
          for (String part : v.split("\\s*(?:,|;|\\band\\b|&)\\s*")) {
            addAuthor(out, part);
          }
        }
      }
    }
    if (out.isEmpty()) {
      // the first one only: later ones are often the authors of comments or of related articles
      for (Element e : doc.select("[rel=author], [itemprop=author]")) {
        Element named = e.selectFirst("[itemprop=name]");
        String text = named != null ? named.text() : e.hasAttr("content") ? e.attr("content") : e.text();
        addAuthor(out, text);
        if (!out.isEmpty()) {
          break;
        }
      }
    }
    if (out.isEmpty()) {
      for (Element e : doc.body() == null ? List.<Element>of() : doc.body().getAllElements()) {
        String cls = e.className() + " " + e.id();
        if (cls.length() > 1 && AUTHOR_CLASS.matcher(cls).find()) {
          String text = clean(e.text());
          if (!text.isEmpty() && text.length() <= 80 && !text.matches(".*\\d.*") && text.split(" ").length <= 8) {
            int before = out.size();
            addAuthor(out, text);
            if (out.size() > before) {
              break;
            }
          }
        }
      }
    }
    return out;
  }

  private static final Pattern TRAILING = Pattern.compile("[\\s|:·•,–—→»-]+$");
  private static final Pattern LEADING = Pattern.compile("^[\\s|:·•,–—-]+");

  /** Adds a name once, without its byline words ("By", "Posted by", "Autor:") and trailing punctuation. */
  private void addAuthor(List<String> out, String raw) {
    String name = lexicon.bylinePrefix().matcher(clean(raw)).replaceFirst("");
    name = TRAILING.matcher(LEADING.matcher(name).replaceFirst("")).replaceFirst("");
    if (name.isEmpty() || name.length() > 80 || name.startsWith("http") || name.startsWith("@")
        || lexicon.notNames().contains(name.toLowerCase(Locale.ROOT)) || !hasLetter(name)) {
      return;
    }
    for (String seen : out) {
      if (seen.equalsIgnoreCase(name)) {
        return;
      }
    }
    out.add(name);
  }

  private static boolean hasLetter(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetter(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  // ---- publication date

  private Optional<Published> published(
      Document doc, Map<String, String> meta, List<Map<String, Object>> ld, Optional<String> url) {
    Optional<Published> found = JsonLd.string(ld, "datePublished")
        .flatMap(s -> Dates.parse(s, Published.Evidence.JSON_LD));
    if (found.isPresent()) {
      return found;
    }
    for (String key : PUBLISHED_META) {
      String v = meta.get(key);
      if (v != null) {
        Optional<Published> p = Dates.parse(v, Published.Evidence.META);
        if (p.isPresent()) {
          return p;
        }
      }
    }
    for (Element t : doc.select("[itemprop=datePublished], time[pubdate], time.published, time.entry-date, time")) {
      String v = t.hasAttr("datetime") ? t.attr("datetime") : t.hasAttr("content") ? t.attr("content") : "";
      if (v.isEmpty() && t.normalName().equals("time")) {
        v = t.text();
      }
      Optional<Published> p = Dates.parse(v, Published.Evidence.TIME_ELEMENT);
      if (p.isPresent()) {
        return p;
      }
    }
    Optional<Published> fromUrl = url.flatMap(Dates::fromUrl);
    if (fromUrl.isPresent()) {
      return fromUrl;
    }
    Optional<Published> written = writtenDate(doc);
    if (written.isPresent()) {
      return written;
    }
    // Only when nothing says when it was published does the last change stand in for it.
    Optional<Published> modified = JsonLd.string(ld, "dateModified").flatMap(s -> Dates.parse(s, Published.Evidence.JSON_LD));
    if (modified.isPresent()) {
      return modified;
    }
    for (String key : MODIFIED_META) {
      String v = meta.get(key.toLowerCase(Locale.ROOT));
      if (v != null) {
        Optional<Published> p = Dates.parse(v, Published.Evidence.META);
        if (p.isPresent()) {
          return p;
        }
      }
    }
    return Optional.empty();
  }

  /** A date written out in a short element named like a date or a post's metadata line ("Posted on 3 May 2019"). */
  private Optional<Published> writtenDate(Document doc) {
    Element body = doc.body();
    if (body == null) {
      return Optional.empty();
    }
    String lang = doc.selectFirst("html") == null ? "" : doc.selectFirst("html").attr("lang").toLowerCase(Locale.ROOT);
    boolean monthFirst = lang.equals("en-us") || lang.equals("en");
    for (Element e : body.getAllElements()) {
      if (e.normalName().equals("time") || lexicon.dateElements().matches(ContentFinder.names(e))) {
        String text = e.text();
        if (text.length() > 160 || text.isEmpty()) {
          continue;
        }
        Optional<LocalDate> d = lexicon.textDates().find(text, monthFirst);
        if (d.isPresent()) {
          return Optional.of(Published.onDate(d.get(), false, Published.Evidence.TEXT));
        }
      }
    }
    return Optional.empty();
  }

  // ---- language, canonical URL

  private static Optional<String> language(Document doc, Map<String, String> meta) {
    List<String> candidates = new ArrayList<>();
    Element html = doc.selectFirst("html");
    if (html != null) {
      candidates.add(html.attr("lang"));
      candidates.add(html.attr("xml:lang"));
    }
    candidates.add(meta.getOrDefault("content-language", ""));
    candidates.add(meta.getOrDefault("language", ""));
    candidates.add(meta.getOrDefault("dc.language", ""));
    candidates.add(meta.getOrDefault("og:locale", ""));
    for (String c : candidates) {
      String v = c.strip();
      int comma = v.indexOf(',');
      if (comma > 0) {
        v = v.substring(0, comma).strip();
      }
      if (LANG.matcher(v).matches()) {
        String[] parts = v.replace('_', '-').split("-");
        StringBuilder b = new StringBuilder(parts[0].toLowerCase(Locale.ROOT));
        for (int i = 1; i < parts.length; i++) {
          b.append('-').append(parts[i].length() == 2 ? parts[i].toUpperCase(Locale.ROOT) : parts[i]);
        }
        return Optional.of(b.toString());
      }
    }
    return Optional.empty();
  }

  private static Optional<String> canonical(Document doc, Map<String, String> meta) {
    for (Element link : doc.select("link[rel=canonical][href]")) {
      String abs = link.absUrl("href");
      String v = abs.isEmpty() ? link.attr("href").strip() : abs;
      if (!v.isEmpty()) {
        return Optional.of(v);
      }
    }
    return first(meta, "og:url");
  }
}
