package dev.dateline.extract.html;

import org.jsoup.nodes.Element;

/**
 * One paragraph-like run of text in the page: its nearest block-level element, its text with white space
 * collapsed, the raw offset of each char, and how many of its chars sit inside links.
 */
record Block(Element element, String text, int[] raw, int linkChars, Kind kind) {

  enum Kind { PARAGRAPH, HEADING, LIST_ITEM, PREFORMATTED, TABLE_ROW, QUOTE }

  double linkDensity() {
    return text.isEmpty() ? 0 : (double) linkChars / text.length();
  }

  /** Whether {@code ancestor} is this block's element or contains it. */
  boolean within(Element ancestor) {
    for (Element e = element; e != null; e = e.parent()) {
      if (e == ancestor) {
        return true;
      }
    }
    return false;
  }
}
