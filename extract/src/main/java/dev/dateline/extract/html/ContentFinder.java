package dev.dateline.extract.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Finds the main text of a page: drops elements that are never article text, cuts the rest into blocks, scores
 * the containers of those blocks (Readability's paragraph scoring: length and commas, passed up to ancestors,
 * discounted by link density), grows the best container while its ancestors add text rather than links, and keeps
 * its blocks, those of its worthy siblings and plain paragraphs just beside it. Furniture lines, link lists and
 * trailing related-links sections are then filtered out. A page whose best container holds under a quarter of its
 * plain text (a product page, a page of sections) keeps all blocks that pass the filters.
 */
final class ContentFinder {
  private static final Set<String> DROP_TAGS = Set.of(
      "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed", "form", "input",
      "button", "select", "textarea", "nav", "aside", "footer", "header", "figcaption", "menu", "dialog", "audio",
      "video", "map", "head", "link", "meta", "picture", "img", "source", "math", "rt", "rp");

  /** Below this share of the page's plain text, the chosen container gives way to all filtered text. */
  private static final double FALLBACK_SHARE = 0.25;

  private final Lexicon lexicon;

  ContentFinder(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The blocks of the main text, in document order. */
  List<Block> find(Element body, String html) {
    int bodyText = textLength(body);
    clean(body, bodyText);
    List<Block> blocks = BlockCollector.collect(body, html);
    if (blocks.isEmpty()) {
      return List.of();
    }
    Map<Element, Candidate> candidates = score(blocks);
    Candidate top = null;
    for (Candidate c : candidates.values()) {
      if (top == null || c.finalScore() > top.finalScore()) {
        top = c;
      }
    }
    if (top == null) {
      return filter(blocks);
    }
    Element root = expand(widen(top, candidates), candidates);
    List<Element> roots = withSiblings(root, candidates);
    List<Block> kept = new ArrayList<>();
    Element up = root;
    for (int i = 0; i < RESCUE_LEVELS && up.parent() != null && !up.normalName().equals("body"); i++) {
      up = up.parent();
    }
    for (Block b : blocks) {
      boolean in = false;
      for (Element r : roots) {
        if (b.within(r)) {
          in = true;
          break;
        }
      }
      // a lead or a second column of plain text just beside the chosen container
      if (in || (b.text().length() >= RESCUE_LENGTH && b.linkChars() == 0 && b.kind() == Block.Kind.PARAGRAPH
          && up != root && b.within(up))) {
        kept.add(b);
      }
    }
    List<Block> chosen = filter(kept);
    // When the chosen container holds little of the page's plain text, the page is not one article with
    // boilerplate around it (a product page, a page of sections): keep all text that passes the filters.
    int chosenChars = 0;
    for (Block b : chosen) {
      chosenChars += b.text().length();
    }
    int plain = 0;
    for (Block b : blocks) {
      if (b.text().length() >= 100 && b.linkDensity() < 0.1) {
        plain += b.text().length();
      }
    }
    if (chosenChars < plain * FALLBACK_SHARE) {
      return filter(blocks);
    }
    return chosen;
  }

  /** Removes elements that hold no article text: scripts, navigation, asides, and boilerplate by class or id. */
  private void clean(Element body, int bodyText) {
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (!(node instanceof Element e) || e == body) {
          return node instanceof Element || node instanceof TextNode ? FilterResult.CONTINUE : FilterResult.REMOVE;
        }
        String tag = e.normalName();
        if (tag.equals("noscript") && textLength(e) > 100) {
          return FilterResult.CONTINUE; // a page that puts its text where scripts would render it
        }
        if (DROP_TAGS.contains(tag)) {
          // A page that wraps everything in <header> or <form> (ASP.NET) keeps it.
          if ((tag.equals("form") || tag.equals("header") || tag.equals("footer") || tag.equals("aside"))
              && textLength(e) > bodyText / 2) {
            return FilterResult.CONTINUE;
          }
          // an article's header may hold its lead paragraph, a shop page's form its description
          if ((tag.equals("header") && longParagraphs(e, 1)) || (tag.equals("form") && longParagraphs(e, 2))) {
            return FilterResult.CONTINUE;
          }
          return FilterResult.REMOVE;
        }
        if (e.hasAttr("hidden") || isHiddenStyle(e.attr("style")) || "dialog".equals(e.attr("role"))
            || "navigation".equals(e.attr("role")) || "complementary".equals(e.attr("role"))) {
          return FilterResult.REMOVE;
        }
        String classAndId = names(e);
        if (classAndId.length() > 1 && lexicon.remove().matches(classAndId) && !isLayoutWrapper(e, bodyText)
            && !(lexicon.keep().matches(classAndId) && longParagraphs(e, 3))) {
          return FilterResult.REMOVE;
        }
        return FilterResult.CONTINUE;
      }
    }, body);
  }

  /**
   * Whether an element named like boilerplate ("has-sidebar", "page-with-sidebar") is a wrapper around the article:
   * it holds the article's heading or element, or most of the page's text.
   */
  private static boolean isLayoutWrapper(Element e, int bodyText) {
    if (e.selectFirst("h1, article, main, [itemprop=articleBody]") != null) {
      return true;
    }
    return textLength(e) > bodyText / 2;
  }

  private static final Pattern TAXONOMY = Pattern.compile(
      "(?<!\\S)(?:tag|category|post_tag)-\\S*");

  /** The class and id of {@code e}, without the taxonomy classes CMSs put on posts ("tag-sponsor", "category-news"). */
  static String names(Element e) {
    return names(e.className()) + " " + e.id();
  }

  private static String names(String cls) {
    return cls.indexOf('-') < 0 ? cls : TAXONOMY.matcher(cls).replaceAll("");
  }

  /** Whether {@code e} holds at least {@code n} paragraphs of 100 chars or more. */
  private static boolean longParagraphs(Element e, int n) {
    int found = 0;
    for (Element p : e.getElementsByTag("p")) {
      if (p.text().length() >= 100 && ++found >= n) {
        return true;
      }
    }
    return false;
  }

  private static boolean isHiddenStyle(String style) {
    if (style.isEmpty()) {
      return false;
    }
    String s = style.replace(" ", "").toLowerCase(Locale.ROOT);
    return s.contains("display:none") || s.contains("visibility:hidden");
  }

  static int textLength(Element e) {
    int[] n = {0};
    NodeTraversor.traverse((node, depth) -> {
      if (node instanceof TextNode t) {
        n[0] += t.getWholeText().strip().length();
      }
    }, e);
    return n[0];
  }

  /** Readability's scoring over the blocks' ancestors. */
  private Map<Element, Candidate> score(List<Block> blocks) {
    Map<Element, Candidate> out = new IdentityHashMap<>();
    for (Block b : blocks) {
      // every ancestor learns its text and link text, for link density
      for (Element e = b.element(); e != null; e = e.parent()) {
        Candidate c = out.computeIfAbsent(e, this::candidate);
        c.chars += b.text().length();
        c.linkChars += b.linkChars();
      }
    }
    for (Block b : blocks) {
      int len = b.text().length();
      if (len < 25 || b.kind() == Block.Kind.HEADING) {
        continue;
      }
      double score = 1 + commas(b.text()) + Math.min(len / 100.0, 3.0);
      Element e = b.element();
      if (b.kind() == Block.Kind.LIST_ITEM || b.kind() == Block.Kind.TABLE_ROW) {
        // a list item scores for its list, not for the item
        while (e != null && !e.normalName().equals("ul") && !e.normalName().equals("ol") && !e.normalName().equals("table")
            && !e.normalName().equals("dl")) {
          e = e.parent();
        }
        if (e == null) {
          e = b.element();
        }
      }
      Element target = e.parent();
      for (int level = 0; target != null && level < 5; level++, target = target.parent()) {
        double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
        out.get(target).score += score / divider;
        out.get(target).scored = true;
      }
    }
    out.values().removeIf(c -> !c.scored);
    return out;
  }

  private Candidate candidate(Element e) {
    Candidate c = new Candidate(e);
    c.score = switch (e.normalName()) {
      case "div", "article", "main", "section" -> 5;
      case "pre", "td", "blockquote" -> 3;
      case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
      case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
      default -> 0;
    };
    c.score += classWeight(e);
    if (e.normalName().equals("article") || e.normalName().equals("main") || "articleBody".equals(e.attr("itemprop"))) {
      c.score += 15;
    }
    return c;
  }

  private int classWeight(Element e) {
    int w = 0;
    String cls = names(e.className());
    String id = e.id();
    if (!cls.isEmpty()) {
      if (lexicon.negative().matches(cls)) {
        w -= 25;
      }
      if (lexicon.positive().matches(cls)) {
        w += 25;
      }
    }
    if (!id.isEmpty()) {
      if (lexicon.negative().matches(id)) {
        w -= 25;
      }
      if (lexicon.positive().matches(id)) {
        w += 25;
      }
    }
    return w;
  }

  private static int commas(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ',' || c == '，' || c == '、' || c == '،') {
        n++;
      }
    }
    return n;
  }

  /** Moves up from the top candidate while its parent keeps most of the score (the article split in columns). */
  private Element widen(Candidate top, Map<Element, Candidate> candidates) {
    Element root = top.element;
    double best = top.finalScore();
    for (Element p = root.parent(); p != null && !p.normalName().equals("body") && !p.normalName().equals("html"); p = p.parent()) {
      Candidate pc = candidates.get(p);
      if (pc == null) {
        break;
      }
      if (pc.finalScore() < best / 3) {
        break;
      }
      if (pc.finalScore() > best) {
        root = p;
        best = pc.finalScore();
      }
    }
    return root;
  }

  /**
   * Grows the root into ancestors while what they add is text rather than links: an article's lead, its list of
   * facts, a second column of paragraphs often sit beside the container that scored best.
   */
  private Element expand(Element root, Map<Element, Candidate> candidates) {
    Candidate current = candidates.get(root);
    if (current == null) {
      return root;
    }
    for (Element p = root.parent(); p != null && !p.normalName().equals("html"); p = p.parent()) {
      Candidate pc = candidates.get(p);
      if (pc == null) {
        continue;
      }
      int extra = pc.chars - current.chars;
      int extraLinks = pc.linkChars - current.linkChars;
      if (extra > 0 && (double) extraLinks / extra > EXPAND_LINK_DENSITY) {
        break;
      }
      if (extra > current.chars * EXPAND_GROWTH) {
        break;
      }
      root = p;
      current = pc;
    }
    return root;
  }

  /** How far above the root, and how long and link-free, a paragraph outside it may be and still be kept. */
  private static final int RESCUE_LEVELS = 3;
  private static final int RESCUE_LENGTH = 150;
  /** Growing the root stops at an ancestor whose added text is this link-dense, or this many times the root's. */
  private static final double EXPAND_LINK_DENSITY = 0.2;
  private static final double EXPAND_GROWTH = 3.0;

  /** The root and those of its siblings that look like more of the same text. */
  private List<Element> withSiblings(Element root, Map<Element, Candidate> candidates) {
    Element parent = root.parent();
    if (parent == null) {
      return List.of(root);
    }
    double rootScore = candidates.get(root) == null ? 0 : candidates.get(root).finalScore();
    double threshold = Math.max(10, rootScore * 0.2);
    List<Element> out = new ArrayList<>();
    for (Element sibling : parent.children()) {
      if (sibling == root) {
        out.add(sibling);
        continue;
      }
      Candidate c = candidates.get(sibling);
      double bonus = 0;
      if (!root.className().isEmpty() && root.className().equals(sibling.className())) {
        bonus = rootScore * 0.2;
      }
      if (c != null && c.finalScore() + bonus >= threshold) {
        out.add(sibling);
      } else if (sibling.normalName().equals("p")) {
        int len = textLength(sibling);
        double density = c == null || c.chars == 0 ? 0 : (double) c.linkChars / c.chars;
        if (len > 80 && density < 0.25) {
          out.add(sibling);
        }
      }
    }
    return out;
  }

  /**
   * Drops what the chosen containers hold besides the article: link lists, furniture lines (captions, share
   * prompts, dates), the related-links or comments section that trails the text, and headings left with no text.
   */
  private List<Block> filter(List<Block> blocks) {
    List<Block> out = new ArrayList<>();
    int total = 0;
    for (Block b : blocks) {
      total += b.text().length();
    }
    // where the last long paragraph of plain text starts: a trailing section cannot begin before it
    int lastLong = -1;
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      if (b.text().length() >= 300 && b.linkDensity() < 0.2) {
        lastLong = i;
      }
    }
    int seen = 0;
    int index = -1;
    List<Boolean> dropFollows = new ArrayList<>();
    for (Block b : blocks) {
      index++;
      String text = b.text();
      int len = text.length();
      seen += len;
      double density = b.linkDensity();
      if (density > 0.5 && !(b.kind() == Block.Kind.PARAGRAPH && len > 200 && density < 0.8)) {
        markDropped(dropFollows);
        continue;
      }
      if (len <= SHORT_LINE) {
        if (lexicon.tailLine().matcher(text).find()) {
          if (total - seen < seen - len && index > lastLong) {
            markDropped(dropFollows);
            break;
          }
          markDropped(dropFollows);
          continue;
        }
        if (lexicon.dropLine().matcher(text).find() || isDateLine(text)) {
          markDropped(dropFollows);
          continue;
        }
      }
      if (len <= PITCH_LINE && lexicon.insideLine().matcher(text).find()) {
        markDropped(dropFollows);
        continue;
      }
      out.add(b);
      dropFollows.add(false);
    }
    if (!dropFollows.isEmpty() && out.size() < blocks.size()) {
      // whatever follows the last kept block was dropped (or cut)
      dropFollows.set(dropFollows.size() - 1, true);
    }
    cutTrailingSection(out, dropFollows);
    // a short heading with no text under it introduced something that was dropped
    for (int i = out.size() - 1; i >= 0; i--) {
      Block b = out.get(i);
      if (b.kind() == Block.Kind.HEADING && b.text().length() <= SHORT_LINE && dropFollows.get(i)
          && (i == out.size() - 1 || out.get(i + 1).kind() == Block.Kind.HEADING)) {
        out.remove(i);
        dropFollows.remove(i);
      }
    }
    return out;
  }

  /**
   * Drops a section that opens with a heading after the article's last long paragraph and holds little text: the
   * "Upcoming events", "Top stories", "Sources" lists that close a page.
   */
  private static void cutTrailingSection(List<Block> out, List<Boolean> dropFollows) {
    int lastLong = -1;
    for (int i = 0; i < out.size(); i++) {
      if (out.get(i).text().length() >= 150 && out.get(i).linkDensity() < 0.2 && out.get(i).kind() != Block.Kind.HEADING) {
        lastLong = i;
      }
    }
    if (lastLong < 0) {
      return;
    }
    int heading = -1;
    for (int i = lastLong + 1; i < out.size(); i++) {
      if (out.get(i).kind() == Block.Kind.HEADING) {
        heading = i;
        break;
      }
    }
    if (heading < 0) {
      return;
    }
    int before = 0;
    int after = 0;
    for (int i = 0; i < out.size(); i++) {
      if (i < heading) {
        before += out.get(i).text().length();
      } else {
        after += out.get(i).text().length();
      }
    }
    if (after < before * TRAILING_SHARE) {
      out.subList(heading, out.size()).clear();
      dropFollows.subList(heading, dropFollows.size()).clear();
      if (!dropFollows.isEmpty()) {
        dropFollows.set(dropFollows.size() - 1, true);
      }
    }
  }

  private static final double TRAILING_SHARE = 0.1;

  private static void markDropped(List<Boolean> dropFollows) {
    if (!dropFollows.isEmpty()) {
      dropFollows.set(dropFollows.size() - 1, true);
    }
  }

  private static final int SHORT_LINE = 120;
  private static final int PITCH_LINE = 200;
  private static final Pattern DATE_LINE = Pattern.compile(
      "\\b\\d{1,4}[./-]\\d{1,2}[./-]\\d{2,4}\\b|\\b\\d{1,2}\\.?\\s+\\p{L}{3,10}\\.?,?\\s+\\d{4}\\b|\\b\\p{L}{3,10}\\.?\\s+\\d{1,2},?\\s+\\d{4}\\b");

  /** A short line that is mostly a date ("05. Februar 2020", "Updated 11 Jan 2019, 10:32"). */
  private static boolean isDateLine(String text) {
    if (text.length() > 40) {
      return false;
    }
    Matcher m = DATE_LINE.matcher(text);
    return m.find() && m.end() - m.start() >= text.length() / 3;
  }

  private static final class Candidate {
    final Element element;
    double score;
    int chars;
    int linkChars;
    boolean scored;

    Candidate(Element element) {
      this.element = element;
    }

    double finalScore() {
      double density = chars == 0 ? 0 : (double) linkChars / chars;
      return score * (1 - density);
    }
  }
}
