package dev.dateline.nlp.titles;

import dev.dateline.model.Document;
import dev.dateline.model.EntityType;
import dev.dateline.model.LayerKey;
import dev.dateline.model.Names;
import dev.dateline.model.Names.Name;
import dev.dateline.model.Span;
import dev.dateline.model.Titles;
import dev.dateline.model.Titles.Title;
import dev.dateline.model.Tokens;
import dev.dateline.nlp.Stage;
import dev.dateline.nlp.titles.RoleLexicon.Country;
import dev.dateline.nlp.titles.RoleLexicon.Entry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Titles and roles of people ("titles.v1"), found around the role phrases of a {@link RoleLexicon} with the names
 * of the {@link Names} layer as anchors, repaired first by {@link NameRepair}: a role the recogniser ran into a name
 * ("Israel Defence Forces Chief of Staff Herzi Halevi" as one organisation) is read from the text like any other, and
 * its holder is the person's part of that name, which keeps the name's id. Each role phrase may take, before it, modifiers ("former", "top"), a
 * qualifier (a country adjective or name, "Israeli", "US"; a possessive, "Israel's"; an organisation or place name,
 * "Israel Defence Forces") and an article; after it, "of" and a country or name ("Prime Minister of Israel"). It is
 * attached to a person's name (the holder) when:
 *
 * <ul>
 *   <li>the name follows it directly: "US Secretary of State Antony Blinken", "President Biden"; a person name that
 *       itself starts with a role ("President Biden" tagged as one name) holds that role;
 *   <li>the name follows after a comma and is closed by a comma, full stop or the end, or the role has no article:
 *       "US Secretary of State, Antony Blinken, met";
 *   <li>the name precedes it with a comma and it is closed likewise: "Yoav Gallant, the defence minister,".
 * </ul>
 *
 * <p>In a coordination "Israeli Prime Minister Benjamin Netanyahu and President Isaac Herzog" the country of the
 * first office distributes to an unqualified second office, unless the article gives the second holder that role
 * with another country elsewhere. A role with no holder is written when it has an article or a qualifier ("the
 * secretary", "the top US diplomat", "Israeli PM"): a description for the entities stage to resolve.
 *
 * <p>The role is normalised as {@link RoleLexicon} describes: "Israel's Prime Minister", "Israeli PM" -> "Prime
 * Minister of Israel"; "US Secretary of State" and "Saudi Crown Prince" keep the adjective in front. The span is the
 * title as written, from its article (if any) to its last word, without the holder's name.
 */
public final class TitlesStage implements Stage {
  private final RoleLexicon lexicon;
  private final NameRepair repair;

  public TitlesStage(RoleLexicon lexicon, NameRepair repair) {
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    this.repair = Objects.requireNonNull(repair, "repair");
  }

  /** The stage with its bundled lexicon and name repair. */
  public static TitlesStage standard() {
    RoleLexicon lexicon = RoleLexicon.standard();
    return new TitlesStage(lexicon, NameRepair.standard(lexicon));
  }

  @Override
  public String name() {
    return "titles.v1";
  }

  @Override
  public Set<LayerKey<?>> reads() {
    return Set.of(Tokens.KEY, Names.KEY);
  }

  @Override
  public Set<LayerKey<?>> writes() {
    return Set.of(Titles.KEY);
  }

  @Override
  public Document apply(Document document) {
    String text = document.text();
    Tokens tokens = document.require(Tokens.KEY);
    Words words = Words.of(text, tokens);
    List<Name> names = repair.repair(text, tokens, document.require(Names.KEY)).items();
    List<Found> found = new Scan(words, names).run();
    List<Title> titles = new ArrayList<>(found.size());
    for (Found f : found) {
      titles.add(new Title("ti" + titles.size(), f.span(), f.role(), f.holder().map(k -> names.get(k).id())));
    }
    return document.with(Titles.KEY, new Titles(titles));
  }

  /** A title found: its span, normalised role, holder (index into the sorted names) and what coordination needs. */
  private record Found(Span span, String role, Optional<Integer> holder, Entry entry, Optional<Country> country,
      boolean distributed, String undistributed) {}

  /** A qualifier over words {@code [from, to)}: a country, or another name as written. */
  private record Qualifier(int from, int to, Optional<Country> country, Optional<String> other) {}

  private record Match(Entry entry, int from, int to, int inName) {}

  /** One pass over one document's words; holds the word-to-name map. */
  private final class Scan {
    private static final int NONE = -1;
    private static final int BLOCKED = -2;

    private final Words w;
    private final List<Name> names;
    private final int[] nameAt;
    private final int[] nameFrom;
    private final int[] nameTo;

    Scan(Words w, List<Name> names) {
      this.w = w;
      this.names = names;
      int n = w.size();
      nameAt = new int[n];
      Arrays.fill(nameAt, NONE);
      nameFrom = new int[names.size()];
      nameTo = new int[names.size()];
      Arrays.fill(nameFrom, NONE);
      int[] ends = new int[n];
      for (int i = 0; i < n; i++) {
        ends[i] = w.span(i).end();
      }
      for (int k = 0; k < names.size(); k++) {
        Span s = names.get(k).span();
        int i = firstEndingAfter(ends, s.begin());
        for (; i < n && w.span(i).begin() < s.end(); i++) {
          if (w.span(i).begin() >= s.begin() && w.span(i).end() <= s.end() && nameAt[i] == NONE) {
            nameAt[i] = k;
            if (nameFrom[k] == NONE) {
              nameFrom[k] = i;
            }
            nameTo[k] = i + 1;
          } else {
            // a word that straddles a name's edge ("Israel-Hamas" over "Israel") takes part in no pattern
            nameAt[i] = BLOCKED;
          }
        }
      }
    }

    private static int firstEndingAfter(int[] ends, int offset) {
      int lo = 0;
      int hi = ends.length;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (ends[mid] <= offset) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo;
    }

    List<Found> run() {
      List<Found> out = new ArrayList<>();
      int i = 0;
      while (i < w.size()) {
        Match m = roleAt(i);
        if (m == null) {
          i++;
          continue;
        }
        Found f = build(m, out.isEmpty() ? null : out.get(out.size() - 1));
        if (f != null) {
          out.add(f);
        }
        i = m.to();
      }
      return undoContradictedDistributions(out);
    }

    /** The longest role phrase starting at word {@code i}, outside names or at the start of a person's name. */
    private Match roleAt(int i) {
      int k = nameAt[i];
      if (k == BLOCKED) {
        return null;
      }
      int limit = w.size();
      if (k >= 0) {
        if (names.get(k).type() != EntityType.PERSON || nameFrom[k] != i) {
          return null;
        }
        limit = nameTo[k] - 1;
      }
      Match best = null;
      if (!lexicon.mayBeginPhrase(w.lower(i))) {
        return null;
      }
      for (int j = i + 1; j <= limit; j++) {
        if (nameAt[j - 1] != k) {
          break;
        }
        String joined = w.join(i, j);
        if (joined.length() > lexicon.longestPhrase()) {
          break;
        }
        for (Entry e : lexicon.phrase(RoleLexicon.key(joined))) {
          if (casingFits(e, joined)) {
            best = new Match(e, i, j, k);
            break;
          }
        }
      }
      return best;
    }

    private static boolean casingFits(Entry e, String written) {
      return switch (e.casing()) {
        case ANY -> true;
        case CAP -> Character.isUpperCase(written.charAt(0));
        case EXACT -> written.equals(e.phrase());
      };
    }

    private Found build(Match m, Found previous) {
      Entry entry = m.entry();
      if (m.inName() >= 0) {
        Span span = w.cover(m.from(), m.to());
        String role = RoleLexicon.normalise(entry, List.of(), Optional.empty(), Optional.empty());
        return new Found(span, role, Optional.of(m.inName()), entry, Optional.empty(), false, role);
      }
      List<String> mods = new ArrayList<>();
      int s = modifiersBefore(m.from(), mods);
      Qualifier q = qualifierEndingAt(s);
      if (q != null) {
        s = modifiersBefore(q.from(), mods);
      }
      boolean article = nameAt(s - 1) == NONE && w.is(s - 1, "the", "a", "an");
      if (article) {
        s--;
      }
      int e = m.to();
      boolean inFront = q != null;
      if (q == null && w.is(e, "of")) {
        q = qualifierStartingAt(w.is(e + 1, "the") ? e + 2 : e + 1);
        if (q != null) {
          e = q.to();
        }
      }
      Optional<Integer> holder = Optional.empty();
      boolean before = false;
      int after = e;
      if (personFrom(e) >= 0) {
        holder = Optional.of(personFrom(e));
        before = true;
      } else if (w.is(e, ",") && personFrom(e + 1) >= 0) {
        int k = personFrom(e + 1);
        if (!article || closes(nameTo[k])) {
          holder = Optional.of(k);
          before = true;
        }
      }
      if (holder.isEmpty() && w.is(s - 1, ",") && personTo(s - 1) >= 0 && closes(after)) {
        holder = Optional.of(personTo(s - 1));
      }
      Optional<Country> country = q == null ? Optional.empty() : q.country();
      Optional<String> other = q == null ? Optional.empty() : q.other();
      boolean distributed = false;
      if (before && q == null && w.is(s - 1, "and") && previous != null && previous.holder().isPresent()
          && previous.country().isPresent() && nameTo[previous.holder().get()] == s - 1
          && previous.entry().kind() == RoleLexicon.Kind.OFFICE && entry.kind() == RoleLexicon.Kind.OFFICE) {
        country = previous.country();
        distributed = true;
      }
      if (holder.isEmpty() && (entry.nameOnly() || (!article && q == null))) {
        return null;
      }
      String role = RoleLexicon.normalise(entry, mods, country, other, inFront);
      String plain = RoleLexicon.normalise(entry, mods, Optional.empty(), Optional.empty());
      return new Found(w.cover(s, e), role, holder, entry, country, distributed, plain);
    }

    private int modifiersBefore(int s, List<String> mods) {
      while (nameAt(s - 1) == NONE && s - 1 >= 0) {
        Optional<String> m = lexicon.modifier(w.word(s - 1));
        if (m.isEmpty()) {
          break;
        }
        mods.add(0, m.get());
        s--;
      }
      return s;
    }

    private int nameAt(int i) {
      return i < 0 || i >= w.size() ? BLOCKED : nameAt[i];
    }

    /** A country, or an organisation or place name, ending just before word {@code s}, possessive or not. */
    private Qualifier qualifierEndingAt(int s) {
      int p = s - 1;
      if (w.possessive(p)) {
        p--;
      }
      if (p < 0) {
        return null;
      }
      int k = nameAt(p);
      if (k >= 0) {
        if (nameTo[k] != p + 1 || names.get(k).type() == EntityType.PERSON) {
          return null;
        }
        return named(k);
      }
      if (k != NONE) {
        return null;
      }
      Qualifier best = null;
      for (int a = p; a >= 0 && nameAt[a] == NONE; a--) {
        String joined = w.join(a, p + 1);
        if (joined.length() > lexicon.longestAlias()) {
          break;
        }
        Optional<Country> c = lexicon.alias(joined);
        if (c.isPresent()) {
          best = new Qualifier(a, p + 1, c, Optional.empty());
        }
      }
      return best;
    }

    /** A country, or an organisation or place name, starting at word {@code p} (after "of"). */
    private Qualifier qualifierStartingAt(int p) {
      int k = nameAt(p);
      if (k >= 0) {
        return nameFrom[k] == p && names.get(k).type() != EntityType.PERSON ? named(k) : null;
      }
      if (k != NONE) {
        return null;
      }
      Qualifier best = null;
      for (int b = p + 1; b <= w.size() && nameAt[b - 1] == NONE; b++) {
        String joined = w.join(p, b);
        if (joined.length() > lexicon.longestAlias()) {
          break;
        }
        Optional<Country> c = lexicon.alias(joined);
        if (c.isPresent()) {
          best = new Qualifier(p, b, c, Optional.empty());
        }
      }
      return best;
    }

    private Qualifier named(int k) {
      String written = w.join(nameFrom[k], nameTo[k]);
      Optional<Country> c = lexicon.alias(written);
      return new Qualifier(nameFrom[k], nameTo[k], c, c.isPresent() ? Optional.empty() : Optional.of(written));
    }

    /** The person name starting at word {@code i}, or -1. */
    private int personFrom(int i) {
      int k = nameAt(i);
      return k >= 0 && nameFrom[k] == i && names.get(k).type() == EntityType.PERSON ? k : -1;
    }

    /** The person name whose last word comes just before word {@code comma}, or -1. */
    private int personTo(int comma) {
      int k = nameAt(comma - 1);
      return k >= 0 && nameTo[k] == comma && names.get(k).type() == EntityType.PERSON ? k : -1;
    }

    /** Whether an apposition may end before word {@code i}: at the end of the text or at a punctuation mark. */
    private boolean closes(int i) {
      return i >= w.size() || w.is(i, ",", ".", ")", ";", ":", "—", "–");
    }

    /**
     * Takes back a distributed country when the article elsewhere gives the same holder (by last word of the name)
     * the same role with another country: "US President Joe Biden ... Israeli PM Netanyahu and President Biden".
     */
    private List<Found> undoContradictedDistributions(List<Found> found) {
      List<Found> out = new ArrayList<>(found.size());
      for (Found f : found) {
        if (f.distributed() && contradicted(f, found)) {
          out.add(new Found(f.span(), f.undistributed(), f.holder(), f.entry(), Optional.empty(), false, f.undistributed()));
        } else {
          out.add(f);
        }
      }
      out.sort(Comparator.comparing(Found::span));
      return out;
    }

    private boolean contradicted(Found f, List<Found> all) {
      String surname = lastWord(f.holder().get());
      for (Found g : all) {
        if (g != f && !g.distributed() && g.holder().isPresent() && g.entry().role().equals(f.entry().role())
            && g.country().isPresent() && !g.country().equals(f.country()) && lastWord(g.holder().get()).equals(surname)) {
          return true;
        }
      }
      return false;
    }

    private String lastWord(int k) {
      return w.word(nameTo[k] - 1);
    }
  }
}
