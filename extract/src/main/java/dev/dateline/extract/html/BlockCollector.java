package dev.dateline.extract.html;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** Cuts a cleaned page body into blocks at block-level elements, collapsing white space inside each. */
final class BlockCollector implements NodeVisitor {
  /** Elements that end the running paragraph where they open and where they close. */
  static final Set<String> BLOCK_TAGS = Set.of(
      "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog", "dir", "div", "dl",
      "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
      "hgroup", "hr", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "thead",
      "tfoot", "tr", "ul", "caption", "legend", "option", "html", "noscript", "frameset", "listing", "plaintext", "xmp");

  private final String html;
  private final List<Block> blocks = new ArrayList<>();
  private final StringBuilder text = new StringBuilder();
  private int[] raw = new int[256];
  private int linkChars;
  private int linkDepth;
  private boolean pendingSpace;
  private int pendingSpaceRaw;
  private Element current;

  private BlockCollector(String html) {
    this.html = html;
  }

  static List<Block> collect(Element root, String html) {
    BlockCollector collector = new BlockCollector(html);
    collector.current = root;
    NodeTraversor.traverse(collector, root);
    collector.flush();
    return collector.blocks;
  }

  @Override
  public void head(Node node, int depth) {
    if (node instanceof TextNode t) {
      append(t);
    } else if (node instanceof Element e) {
      String tag = e.normalName();
      if (BLOCK_TAGS.contains(tag)) {
        flush();
        current = e;
      } else if (tag.equals("br")) {
        space(e);
      } else if (tag.equals("td") || tag.equals("th")) {
        space(e);
      } else if (tag.equals("a")) {
        linkDepth++;
      }
    }
  }

  @Override
  public void tail(Node node, int depth) {
    if (node instanceof Element e) {
      String tag = e.normalName();
      if (BLOCK_TAGS.contains(tag)) {
        flush();
        current = e.parent() != null ? e.parent() : e;
      } else if (tag.equals("a")) {
        linkDepth--;
      } else if (tag.equals("td") || tag.equals("th")) {
        space(e);
      }
    }
  }

  private void space(Element e) {
    if (text.length() > 0 && !pendingSpace) {
      pendingSpace = true;
      pendingSpaceRaw = e.sourceRange().isTracked() ? e.sourceRange().startPos() : 0;
    }
  }

  private void append(TextNode node) {
    String s = node.getWholeText();
    if (s.isEmpty()) {
      return;
    }
    int[] offsets = RawText.offsets(node, html);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\u200b' || c == '\ufeff') {
        continue; // invisible: zero-width space, byte-order mark (a soft hyphen stays: it is the page's text)
      }
      if (isSpace(c)) {
        if (text.length() > 0 && !pendingSpace) {
          pendingSpace = true;
          pendingSpaceRaw = offsets[i];
        }
        continue;
      }
      if (pendingSpace) {
        push(' ', pendingSpaceRaw);
        pendingSpace = false;
      }
      push(c, offsets[i]);
    }
  }

  private void push(char c, int rawOffset) {
    if (text.length() == raw.length) {
      raw = Arrays.copyOf(raw, raw.length * 2);
    }
    raw[text.length()] = rawOffset;
    text.append(c);
    if (linkDepth > 0) {
      linkChars++;
    }
  }

  static boolean isSpace(char c) {
    return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\u00a0' || c == '\u2007'
        || c == '\u202f' || Character.isWhitespace(c);
  }

  private void flush() {
    pendingSpace = false;
    if (text.length() > 0) {
      blocks.add(new Block(current, text.toString(), Arrays.copyOf(raw, text.length()), linkChars, kindOf(current)));
      text.setLength(0);
    }
    linkChars = 0;
  }

  private static Block.Kind kindOf(Element e) {
    for (Element x = e; x != null; x = x.parent()) {
      switch (x.normalName()) {
        case "h1", "h2", "h3", "h4", "h5", "h6" -> {
          return Block.Kind.HEADING;
        }
        case "li", "dd", "dt" -> {
          return Block.Kind.LIST_ITEM;
        }
        case "pre" -> {
          return Block.Kind.PREFORMATTED;
        }
        case "tr" -> {
          return Block.Kind.TABLE_ROW;
        }
        case "blockquote" -> {
          return Block.Kind.QUOTE;
        }
        case "p", "div", "section", "article", "body", "main" -> {
          return Block.Kind.PARAGRAPH;
        }
        default -> { }
      }
    }
    return Block.Kind.PARAGRAPH;
  }
}
