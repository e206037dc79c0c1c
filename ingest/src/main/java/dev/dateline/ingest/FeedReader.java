package dev.dateline.ingest;

import dev.dateline.model.ContentKind;
import java.io.IOException;
import java.io.InputStream;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the entries of an RSS 2.0 (also 0.9x and 1.0/RDF) or Atom feed one at a time with StAX. Hostile XML is
 * refused: DTD support and external entities are off, and a DOCTYPE anywhere fails the feed before any entity could
 * be expanded (billion laughs, {@code file:///} entities).
 */
final class FeedReader {

  /** One item or entry, with what a document needs from it. {@code number} counts from 1 in feed order. */
  record Entry(
      int number,
      Optional<String> id,
      Optional<String> title,
      Optional<String> link,
      Optional<String> published,
      List<String> authors,
      Optional<String> content,
      ContentKind contentKind,
      Optional<String> feedTitle,
      Optional<String> feedLanguage) {}

  @FunctionalInterface
  interface Handler {
    void entry(Entry entry) throws IOException;
  }

  private static final Pattern TAG = Pattern.compile("<[a-zA-Z!/]");
  private static final String CONTENT_MODULE = "http://purl.org/rss/1.0/modules/content/";

  private FeedReader() {}

  static XMLInputFactory safeFactory() {
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    return factory;
  }

  /**
   * Sends each entry of the feed in {@code in} to {@code handler} as soon as it is complete.
   *
   * @throws XMLStreamException when the XML is malformed, has a DOCTYPE, or its root is not rss, rdf:RDF or feed
   */
  static void read(InputStream in, Handler handler) throws XMLStreamException, IOException {
    XMLStreamReader r = safeFactory().createXMLStreamReader(in);
    try {
      new FeedReader().run(r, handler);
    } finally {
      r.close();
    }
  }

  private boolean atom;
  private String feedTitle;
  private String feedLanguage;
  private int count;

  private void run(XMLStreamReader r, Handler handler) throws XMLStreamException, IOException {
    int depth = 0;
    String root = null;
    EntryBuilder entry = null;
    int entryDepth = -1;
    while (r.hasNext()) {
      int event = r.next();
      if (event == XMLStreamConstants.DTD) {
        throw new XMLStreamException("a DOCTYPE is not allowed in a feed (DTDs and entities are refused)");
      }
      if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
        if (entry != null && depth == entryDepth) {
          handler.entry(entry.build(++count, feedTitle, feedLanguage));
          entry = null;
        }
        continue;
      }
      if (event != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      depth++;
      String name = r.getLocalName();
      if (root == null) {
        root = name;
        atom = name.equals("feed");
        if (!name.equals("rss") && !name.equals("RDF") && !atom) {
          throw new XMLStreamException("the root element <" + r.getName() + "> is not rss, rdf:RDF or feed");
        }
        continue;
      }
      if (entry == null && (name.equals("item") || name.equals("entry"))) {
        entry = new EntryBuilder();
        entryDepth = depth - 1;
        continue;
      }
      if (entry != null && depth == entryDepth + 2) {
        entryField(r, entry, name);
        depth--; // entryField consumed the element through its end tag
        continue;
      }
      if (entry == null && (name.equals("title") || name.equals("language")) && isFeedChild(depth)) {
        String text = text(r).strip();
        depth--;
        if (name.equals("title") && feedTitle == null && !text.isEmpty()) {
          feedTitle = text;
        } else if (name.equals("language") && feedLanguage == null && !text.isEmpty()) {
          feedLanguage = text;
        }
      }
    }
  }

  // the feed's own title: child of <channel> in RSS (depth 3), of <feed> in Atom (depth 2)
  private boolean isFeedChild(int depth) {
    return atom ? depth == 2 : depth == 3;
  }

  private void entryField(XMLStreamReader r, EntryBuilder e, String name) throws XMLStreamException {
    String ns = r.getNamespaceURI() == null ? "" : r.getNamespaceURI();
    switch (name) {
      case "title" -> e.title = orKeep(e.title, text(r));
      case "link" -> {
        if (atom || r.getAttributeValue(null, "href") != null) {
          String rel = r.getAttributeValue(null, "rel");
          String href = r.getAttributeValue(null, "href");
          skip(r);
          if (href != null && (rel == null || rel.equals("alternate")) && e.link == null) {
            e.link = href.strip();
          }
        } else {
          e.link = orKeep(e.link, text(r));
        }
      }
      case "guid", "id" -> e.id = orKeep(e.id, text(r));
      case "pubDate", "published" -> e.published = orKeep(e.published, text(r));
      case "date", "updated", "issued", "modified" -> e.updated = orKeep(e.updated, text(r));
      case "author", "creator" -> {
        if (atom && name.equals("author")) {
          authorName(r, e);
        } else {
          String a = text(r).strip();
          if (!a.isEmpty()) {
            e.authors.add(a);
          }
        }
      }
      case "encoded" -> {
        if (ns.equals(CONTENT_MODULE) && e.content == null) {
          e.content = orKeep(null, text(r));
          e.contentKind = guessKind(e.content);
        } else {
          skip(r);
        }
      }
      case "description" -> {
        if (e.summary == null) {
          e.summary = orKeep(null, text(r));
          e.summaryKind = guessKind(e.summary);
        } else {
          skip(r);
        }
      }
      case "content", "summary" -> {
        String type = Optional.ofNullable(r.getAttributeValue(null, "type")).orElse("text").toLowerCase(Locale.ROOT);
        String value = type.equals("xhtml") ? innerXml(r) : text(r);
        ContentKind kind = type.equals("text") || type.equals("text/plain") ? ContentKind.TEXT : ContentKind.HTML;
        // media:content and friends share the local name but carry no text: keep what came first
        if (name.equals("content") && e.content == null && !value.isBlank()) {
          e.content = value.strip();
          e.contentKind = kind;
        } else if (name.equals("summary") && e.summary == null && !value.isBlank()) {
          e.summary = value.strip();
          e.summaryKind = kind;
        }
      }
      default -> skip(r);
    }
  }

  private void authorName(XMLStreamReader r, EntryBuilder e) throws XMLStreamException {
    int depth = 1;
    while (depth > 0) {
      int event = r.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        if (depth == 1 && r.getLocalName().equals("name")) {
          String a = text(r).strip();
          if (!a.isEmpty()) {
            e.authors.add(a);
          }
        } else {
          depth++;
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
  }

  private static String orKeep(String existing, String value) {
    return existing != null || value == null || value.isBlank() ? existing : value.strip();
  }

  private static ContentKind guessKind(String text) {
    return text != null && TAG.matcher(text).find() ? ContentKind.HTML : ContentKind.TEXT;
  }

  /** The text of the current element and its descendants; leaves the reader on its end tag. */
  private static String text(XMLStreamReader r) throws XMLStreamException {
    var out = new StringBuilder();
    int depth = 1;
    while (depth > 0) {
      int event = r.next();
      switch (event) {
        case XMLStreamConstants.START_ELEMENT -> depth++;
        case XMLStreamConstants.END_ELEMENT -> depth--;
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
            out.append(r.getText());
        case XMLStreamConstants.ENTITY_REFERENCE ->
            throw new XMLStreamException("entity reference &" + r.getLocalName() + "; is not allowed in a feed");
        default -> {
          // comments and processing instructions carry no text
        }
      }
    }
    return out.toString();
  }

  private static void skip(XMLStreamReader r) throws XMLStreamException {
    text(r);
  }

  /** The children of an Atom xhtml content element, written back as markup. */
  private static String innerXml(XMLStreamReader r) throws XMLStreamException {
    var out = new StringBuilder();
    int depth = 1;
    while (true) {
      int event = r.next();
      switch (event) {
        case XMLStreamConstants.START_ELEMENT -> {
          depth++;
          out.append('<').append(r.getLocalName());
          for (int i = 0; i < r.getAttributeCount(); i++) {
            out.append(' ').append(r.getAttributeLocalName(i)).append("=\"")
                .append(escape(r.getAttributeValue(i)).replace("\"", "&quot;")).append('"');
          }
          out.append('>');
        }
        case XMLStreamConstants.END_ELEMENT -> {
          depth--;
          if (depth == 0) {
            return out.toString();
          }
          out.append("</").append(r.getLocalName()).append('>');
        }
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
            out.append(escape(r.getText()));
        case XMLStreamConstants.ENTITY_REFERENCE ->
            throw new XMLStreamException("entity reference &" + r.getLocalName() + "; is not allowed in a feed");
        default -> {
          // comments and processing instructions are dropped
        }
      }
    }
  }

  /**
   * RSS writes dates as RFC 822 ("Tue, 14 Jan 2025 07:45:00 +0200"); the rest of Dateline reads ISO-8601, so such
   * dates are rewritten. Anything else is passed on as written.
   */
  static String isoDate(String value) {
    String v = value.strip();
    try {
      return OffsetDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toString();
    } catch (DateTimeParseException e) {
      return v;
    }
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static final class EntryBuilder {
    String id;
    String title;
    String link;
    String published;
    String updated;
    final List<String> authors = new ArrayList<>();
    String content;
    ContentKind contentKind = ContentKind.HTML;
    String summary;
    ContentKind summaryKind = ContentKind.HTML;

    Entry build(int number, String feedTitle, String feedLanguage) {
      // full content beats a summary; a publication date beats an update date
      boolean full = content != null;
      return new Entry(number, Optional.ofNullable(id), Optional.ofNullable(title), Optional.ofNullable(link),
          Optional.ofNullable(published != null ? published : updated).map(FeedReader::isoDate), List.copyOf(authors),
          Optional.ofNullable(full ? content : summary), full ? contentKind : summaryKind,
          Optional.ofNullable(feedTitle), Optional.ofNullable(feedLanguage));
    }
  }
}
