package dev.dateline.extract.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Finds the main text of a page: drops elements that are never article text, cuts the rest into blocks, scores
 * the containers of those blocks (Readability's paragraph scoring: length and commas, passed up to ancestors,
 * discounted by link density) and keeps the blocks of the best container and its worthy siblings.
 */
final class ContentFinder {
  private static final Set<String> DROP_TAGS = Set.of(
      "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed", "form", "input",
      "button", "select", "textarea", "nav", "aside", "footer", "header", "figcaption", "menu", "dialog", "audio",
      "video", "map", "head", "link", "meta", "picture", "img", "source", "math");

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
      return filter(blocks, null);
    }
    Element root = widen(top, candidates);
    List<Element> roots = withSiblings(root, candidates);
    List<Block> kept = new ArrayList<>();
    for (Block b : blocks) {
      for (Element r : roots) {
        if (b.within(r)) {
          kept.add(b);
          break;
        }
      }
    }
    return filter(kept, roots);
  }

  /** Removes elements that hold no article text: scripts, navigation, asides, and boilerplate by class or id. */
  private void clean(Element body, int bodyText) {
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (!(node instanceof Element e) || e == body) {
          return node instanceof Element || node instanceof org.jsoup.nodes.TextNode ? FilterResult.CONTINUE : FilterResult.REMOVE;
        }
        String tag = e.normalName();
        if (DROP_TAGS.contains(tag)) {
          // A page that wraps everything in <header> or <form> (ASP.NET) keeps it.
          if ((tag.equals("form") || tag.equals("header") || tag.equals("footer") || tag.equals("aside"))
              && textLength(e) > bodyText / 2) {
            return FilterResult.CONTINUE;
          }
          return FilterResult.REMOVE;
        }
        if (e.hasAttr("hidden") || isHiddenStyle(e.attr("style")) || "dialog".equals(e.attr("role"))
            || "navigation".equals(e.attr("role")) || "complementary".equals(e.attr("role"))) {
          return FilterResult.REMOVE;
        }
        String classAndId = e.className() + " " + e.id();
        if (classAndId.length() > 1 && lexicon.remove().matcher(classAndId).find()) {
          boolean protectedByName = lexicon.keep().matcher(classAndId).find();
          if (!protectedByName || textLength(e) < bodyText / 4) {
            return FilterResult.REMOVE;
          }
        }
        return FilterResult.CONTINUE;
      }
    }, body);
  }

  private static boolean isHiddenStyle(String style) {
    if (style.isEmpty()) {
      return false;
    }
    String s = style.replace(" ", "").toLowerCase(java.util.Locale.ROOT);
    return s.contains("display:none") || s.contains("visibility:hidden");
  }

  static int textLength(Element e) {
    int[] n = {0};
    NodeTraversor.traverse((node, depth) -> {
      if (node instanceof org.jsoup.nodes.TextNode t) {
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
    String cls = e.className();
    String id = e.id();
    if (!cls.isEmpty()) {
      if (lexicon.negative().matcher(cls).find()) {
        w -= 25;
      }
      if (lexicon.positive().matcher(cls).find()) {
        w += 25;
      }
    }
    if (!id.isEmpty()) {
      if (lexicon.negative().matcher(id).find()) {
        w -= 25;
      }
      if (lexicon.positive().matcher(id).find()) {
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

  /** Drops blocks that are link lists or too small to be text inside the chosen containers. */
  private List<Block> filter(List<Block> blocks, List<Element> roots) {
    List<Block> out = new ArrayList<>();
    for (Block b : blocks) {
      double density = b.linkDensity();
      int len = b.text().length();
      if (density > 0.5 && !(b.kind() == Block.Kind.PARAGRAPH && len > 200 && density < 0.8)) {
        continue;
      }
      out.add(b);
    }
    return out;
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
