package dev.dateline.nlp;

import dev.dateline.model.Document;
import dev.dateline.model.EntityType;
import dev.dateline.model.LayerKey;
import dev.dateline.model.Names;
import dev.dateline.model.Names.Name;
import dev.dateline.model.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Names layers built by hand, standing in for the recogniser in tests: every whole-word occurrence of each given
 * surface string becomes a name of its type; where occurrences overlap the longer one wins ("Israel Defence Forces"
 * over "Israel"). A word boundary is any character that is not a letter or digit, so "Blinken" is found in
 * "Blinken's" and "Israel" in "Israel-Hamas" but not in "Israeli".
 */
public final class TestNames {
  private TestNames() {}

  /** A surface string and the type it gets. */
  public record Surface(String text, EntityType type) {}

  public static Surface of(String text, EntityType type) {
    return new Surface(text, type);
  }

  public static Names find(String text, List<Surface> surfaces) {
    List<Surface> longestFirst = surfaces.stream().sorted(Comparator.comparingInt((Surface s) -> -s.text().length())).toList();
    boolean[] taken = new boolean[text.length()];
    List<Span> spans = new ArrayList<>();
    List<EntityType> types = new ArrayList<>();
    for (Surface s : longestFirst) {
      for (int at = text.indexOf(s.text()); at >= 0; at = text.indexOf(s.text(), at + 1)) {
        int end = at + s.text().length();
        if (boundary(text, at - 1) && boundary(text, end) && free(taken, at, end)) {
          for (int i = at; i < end; i++) {
            taken[i] = true;
          }
          spans.add(new Span(at, end));
          types.add(s.type());
        }
      }
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < spans.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparing(spans::get));
    List<Name> names = new ArrayList<>();
    for (int i : order) {
      names.add(new Name("n" + names.size(), spans.get(i), types.get(i)));
    }
    return new Names(names);
  }

  /** A document with the names of {@code surfaces} added. */
  public static Document add(Document document, List<Surface> surfaces) {
    return document.with(Names.KEY, find(document.text(), surfaces));
  }

  private static boolean boundary(String text, int i) {
    return i < 0 || i >= text.length() || !Character.isLetterOrDigit(text.charAt(i));
  }

  private static boolean free(boolean[] taken, int from, int to) {
    for (int i = from; i < to; i++) {
      if (taken[i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * A test-only recogniser, so that contract tests have a names layer without the real one: runs of capitalised
   * words are names; two words or more a person, one word in capitals an organisation, any other word a place.
   */
  public static final class CapitalisedWordsStage implements Stage {
    @Override
    public String name() {
      return "testnames.v1";
    }

    @Override
    public Set<LayerKey<?>> reads() {
      return Set.of();
    }

    @Override
    public Set<LayerKey<?>> writes() {
      return Set.of(Names.KEY);
    }

    @Override
    public Document apply(Document document) {
      String text = document.text();
      List<Name> names = new ArrayList<>();
      int i = 0;
      int n = text.length();
      while (i < n) {
        if (!Character.isUpperCase(text.charAt(i)) || !boundary(text, i - 1)) {
          i++;
          continue;
        }
        int start = i;
        int words = 0;
        int end = i;
        while (i < n && Character.isUpperCase(text.charAt(i))) {
          int j = i;
          while (j < n && Character.isLetter(text.charAt(j))) {
            j++;
          }
          if (j == i) {
            break;
          }
          words++;
          end = j;
          i = j;
          if (i + 1 < n && text.charAt(i) == ' ' && Character.isUpperCase(text.charAt(i + 1))) {
            i++;
          } else {
            break;
          }
        }
        if (end > start) {
          String s = text.substring(start, end);
          EntityType type = words > 1 ? EntityType.PERSON : s.equals(s.toUpperCase()) ? EntityType.ORG : EntityType.PLACE;
          names.add(new Name("n" + names.size(), new Span(start, end), type));
        }
        i = Math.max(i, end + 1);
      }
      return document.with(Names.KEY, new Names(names));
    }
  }
}
