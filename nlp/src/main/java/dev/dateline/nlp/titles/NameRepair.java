package dev.dateline.nlp.titles;

import dev.dateline.model.EntityType;
import dev.dateline.model.Names.Name;
import dev.dateline.model.Names;
import dev.dateline.model.Span;
import dev.dateline.model.Tokens;
import dev.dateline.nlp.DataFile;
import dev.dateline.nlp.titles.RoleLexicon.Entry;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The recogniser's names repaired where a CoNLL-trained recogniser goes wrong in news, around titles above all; the
 * titles and entities stages both read the names through it, so that a title's holder id means the same to both.
 *
 * <ol>
 *   <li>Weekday words are cut from the ends of a name ("Salman Monday" -> "Salman"); a name that is only a weekday is
 *       dropped, and so is one that is only a month, unless a longer person's name in the article ends with it
 *       ("Theresa May" ... "May").
 *   <li>A role phrase of the {@link RoleLexicon} at the start or inside a name is taken out of it ("Israel Defence
 *       Forces Chief of Staff Herzi Halevi", "Saudi Crown Prince Mohammed", "US Secretary of State", "Defence
 *       Minister"). The words before it, less role modifiers ("Deputy") and a possessive, become a name of their own:
 *       a place for a country's name ("US"), MISC for a nationality adjective ("Saudi"), else an organisation ("Israel
 *       Defence Forces"); so do the words after an "of" that follows it ("Prime Minister of Israel"). The words after
 *       it become a person's name, when they look like one: capitalised words or name particles, no word of an
 *       organisation's head ("General Assembly" stays whole) and, unless the recogniser called the whole a person,
 *       two words or more, or a word that ends another person's name in the article, or one followed by a name
 *       particle. A person's name whose words before the role are not a country's keeps the role word as a name
 *       ("Martin Luther King"). A name that is only a role, with or without a qualifier, is no person's name: it is dropped and
 *       the titles stage reads the role from the text.
 *   <li>A name that starts inside a role phrase written just before it ("Chief of" [Staff Herzi Halevi]) loses the
 *       role's words; what is left is a person's name on the same terms, or the name is dropped when nothing is left.
 *   <li>A name that is only a country's name is a place ("US" tagged ORG); a nationality adjective is MISC, never a
 *       person.
 *   <li>A person's name, one or two name particles and the capitalised name after them make one person's name
 *       ("Mohammed" "bin" "Salman").
 * </ol>
 *
 * <p>Ids: a name kept, trimmed or retyped keeps its id; the person's part of a split name keeps the id of the name
 * it came from; the part before the role takes that id with ".q" after, the part after "of" with ".o"; joined names
 * keep the first one's id. Immutable and thread-safe.
 */
public final class NameRepair {
  private static final String RESOURCE = "/dev/dateline/nlp/titles/name-words.tsv";
  private static final int LONGEST_PERSON = 5;

  enum WordClass {
    WEEKDAY,
    MONTH,
    PARTICLE,
    ORG_HEAD
  }

  private final RoleLexicon roles;
  private final Map<String, WordClass> words;

  NameRepair(RoleLexicon roles, Map<String, WordClass> words) {
    this.roles = Objects.requireNonNull(roles, "roles");
    this.words = Map.copyOf(words);
  }

  /** The repair with the bundled word classes (name-words.tsv) and the given role lexicon. */
  public static NameRepair standard(RoleLexicon roles) {
    try (InputStream in = NameRepair.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IOException("resource " + RESOURCE + " is missing");
      }
      return read(roles, new InputStreamReader(in, StandardCharsets.UTF_8), "name-words.tsv");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled name words", e);
    }
  }

  /**
   * Reads the word classes: lines of a word, a tab and its class (weekday, month, particle, org-head); '#' starts a
   * comment line.
   *
   * @throws IOException naming the file and line of a malformed line
   */
  public static NameRepair read(RoleLexicon roles, Reader reader, String name) throws IOException {
    Map<String, WordClass> classes = new HashMap<>();
    for (DataFile.Row row : DataFile.read(reader, name, 2)) {
      String[] f = row.fields();
      WordClass c = switch (f[1]) {
        case "weekday" -> WordClass.WEEKDAY;
        case "month" -> WordClass.MONTH;
        case "particle" -> WordClass.PARTICLE;
        case "org-head" -> WordClass.ORG_HEAD;
        default -> throw row.error("class must be weekday, month, particle or org-head, found '" + f[1] + "'");
      };
      classes.put(f[0].toLowerCase(Locale.ROOT), c);
    }
    return new NameRepair(roles, classes);
  }

  /** The names of {@code names} repaired as the class describes, in text order. */
  public Names repair(String text, Tokens tokens, Names names) {
    return new Names(new Run(Words.of(text, tokens), names).run());
  }

  /** A name being repaired: words [from, to), or a name whose edges fall inside words, kept as it is. */
  private record Piece(String id, int from, int to, EntityType type, Name whole) {
    Piece with(int newFrom, int newTo, EntityType newType) {
      return new Piece(id, newFrom, newTo, newType, null);
    }
  }

  private final class Run {
    private final Words w;
    private final List<Name> names;
    private final Set<String> personEnds = new HashSet<>();
    private boolean[] inName;

    Run(Words w, Names names) {
      this.w = w;
      this.names = names.items().stream().sorted(Comparator.comparing(Name::span)).toList();
    }

    List<Name> run() {
      List<Piece> pieces = new ArrayList<>();
      for (Name n : names) {
        pieces.add(align(n));
      }
      inName = new boolean[w.size()];
      for (Piece p : pieces) {
        if (p.whole() == null && p.type() == EntityType.PERSON && p.to() - p.from() >= 2) {
          personEnds.add(w.lower(p.to() - 1));
        }
        for (int i = Math.max(p.from(), 0); i < p.to(); i++) {
          inName[i] = true;
        }
      }
      List<Piece> out = new ArrayList<>();
      for (Piece p : pieces) {
        if (p.whole() != null) {
          out.add(p);
          continue;
        }
        Piece t = trim(p);
        if (t != null) {
          split(t, out);
        }
      }
      out.replaceAll(this::retype);
      List<Piece> joined = join(out);
      List<Name> result = new ArrayList<>(joined.size());
      for (Piece p : joined) {
        result.add(p.whole() != null ? p.whole() : new Name(p.id(), w.cover(p.from(), p.to()), p.type()));
      }
      result.sort(Comparator.comparing(Name::span));
      return result;
    }

    private Piece align(Name n) {
      Span s = n.span();
      int from = -1;
      int to = -1;
      for (int i = 0; i < w.size(); i++) {
        Span ws = w.span(i);
        if (ws.end() <= s.begin()) {
          continue;
        }
        if (ws.begin() >= s.end()) {
          break;
        }
        if (ws.begin() < s.begin() || ws.end() > s.end()) {
          return new Piece(n.id(), -1, -1, n.type(), n);
        }
        if (from < 0) {
          from = i;
        }
        to = i + 1;
      }
      return from < 0 ? new Piece(n.id(), -1, -1, n.type(), n) : new Piece(n.id(), from, to, n.type(), null);
    }

    private WordClass classOf(int i) {
      return i < 0 || i >= w.size() ? null : words.get(w.lower(i));
    }

    /** Cuts weekdays off the ends; null when nothing is left, or when only a month is that ends no person's name. */
    private Piece trim(Piece p) {
      int from = p.from();
      int to = p.to();
      while (from < to && classOf(from) == WordClass.WEEKDAY) {
        from++;
      }
      while (to > from && classOf(to - 1) == WordClass.WEEKDAY) {
        to--;
      }
      if (from == to) {
        return null;
      }
      if (to - from == 1 && classOf(from) == WordClass.MONTH && !personEnds.contains(w.lower(from))) {
        return null;
      }
      return from == p.from() && to == p.to() ? p : p.with(from, to, p.type());
    }

    /** Takes the first role phrase out of {@code p}, adding what is left of it to {@code out}. */
    private void split(Piece p, List<Piece> out) {
      int lead = roleIntoName(p);
      if (lead > 0) {
        // "Chief of" [Staff Herzi Halevi]: the name starts inside a role written before it
        if (lead < p.to() && personLike(lead, p.to()) && (p.type() == EntityType.PERSON || evidence(lead, p.to()))) {
          out.add(p.with(lead, p.to(), EntityType.PERSON));
        } else if (lead < p.to()) {
          out.add(p);
        }
        return;
      }
      for (int r = p.from(); r < p.to(); r++) {
        int e = roleEnd(r, p.to());
        if (e < 0) {
          continue;
        }
        int m = r;
        while (m > p.from() && roles.modifier(w.word(m - 1)).isPresent()) {
          m--;
        }
        int q = m;
        if (q > p.from() && w.possessive(q - 1)) {
          q--;
        }
        if (!qualifierLike(p.from(), q)
            || (p.type() == EntityType.PERSON && q > p.from() && roles.country(w.join(p.from(), q)).isEmpty())) {
          break; // "Martin Luther King": a person's name with other words before the role word keeps it
        }
        if (e == p.to()) {
          // only a role, perhaps with its qualifier: no one's name
          addQualifier(p.id() + ".q", p.from(), q, out);
          return;
        }
        int o = w.is(e + 1, "the") ? e + 2 : e + 1;
        if (w.is(e, "of") && o < p.to() && qualifierLike(o, p.to())) {
          // "Prime Minister of Israel", perhaps with the holder run in: "... of Israel Benjamin Netanyahu"
          int c = countryEnd(o, p.to());
          boolean holder = c > o && c < p.to() && personLike(c, p.to());
          addQualifier(p.id() + ".q", p.from(), q, out);
          addQualifier(p.id() + ".o", o, holder ? c : p.to(), out);
          if (holder) {
            out.add(p.with(c, p.to(), EntityType.PERSON));
          }
          return;
        }
        if (personLike(e, p.to()) && (p.type() == EntityType.PERSON || evidence(e, p.to()))) {
          addQualifier(p.id() + ".q", p.from(), q, out);
          out.add(p.with(e, p.to(), EntityType.PERSON));
          return;
        }
        break;
      }
      out.add(p);
    }

    /**
     * The end of a role phrase that starts in the words (outside names) just before {@code p} and ends inside it or at
     * its end, or -1.
     */
    private int roleIntoName(Piece p) {
      for (int r = Math.max(0, p.from() - 4); r < p.from(); r++) {
        boolean outside = true;
        for (int i = r; i < p.from(); i++) {
          outside &= !inName[i];
        }
        int e = outside ? roleEnd(r, p.to()) : -1;
        if (e > p.from()) {
          return e;
        }
      }
      return -1;
    }

    /** The end of the longest capitalised role phrase that starts at word {@code r} and ends by {@code limit}, or -1. */
    private int roleEnd(int r, int limit) {
      if (!Character.isUpperCase(w.word(r).charAt(0))) {
        return -1;
      }
      int best = -1;
      if (!roles.mayBeginPhrase(w.lower(r))) {
        return -1;
      }
      for (int j = r + 1; j <= limit; j++) {
        String joined = w.join(r, j);
        if (joined.length() > roles.longestPhrase()) {
          break;
        }
        for (Entry e : roles.phrase(RoleLexicon.key(joined))) {
          if (e.casing() != RoleLexicon.Casing.EXACT || joined.equals(e.phrase())) {
            best = j;
            break;
          }
        }
      }
      return best;
    }

    private void addQualifier(String id, int from, int to, List<Piece> out) {
      if (from >= to) {
        return;
      }
      String written = w.join(from, to);
      EntityType type = roles.country(written).isEmpty() ? EntityType.ORG
          : roles.nationality(written) ? EntityType.MISC : EntityType.PLACE;
      out.add(new Piece(id, from, to, type, null));
    }

    /** Whether words [from, to) may name a qualifier (or there are none): capitalised words, "of", "the", "and". */
    private boolean qualifierLike(int from, int to) {
      for (int i = from; i < to; i++) {
        if (!Character.isUpperCase(w.word(i).charAt(0)) && (i == from || !w.is(i, "of", "the", "and", "for"))) {
          return false;
        }
      }
      return true;
    }

    /** The end of the longest country name or adjective starting at word {@code from} and ending by {@code to}. */
    private int countryEnd(int from, int to) {
      int best = from;
      for (int j = from + 1; j <= to && j - from <= 4; j++) {
        if (roles.country(w.join(from, j)).isPresent()) {
          best = j;
        }
      }
      return best;
    }

    private boolean personLike(int from, int to) {
      if (to - from > LONGEST_PERSON || !Character.isUpperCase(w.word(from).charAt(0))
          || !Character.isUpperCase(w.word(to - 1).charAt(0))) {
        return false;
      }
      for (int i = from; i < to; i++) {
        WordClass c = classOf(i);
        boolean upper = Character.isUpperCase(w.word(i).charAt(0));
        if (c == WordClass.ORG_HEAD || w.possessive(i) || (!upper && c != WordClass.PARTICLE)) {
          return false;
        }
      }
      return true;
    }

    private boolean evidence(int from, int to) {
      return to - from >= 2 || personEnds.contains(w.lower(to - 1)) || particlesThenName(to) > to;
    }

    /** After one or two lower-case name particles at {@code at}, the index of a capitalised word; else -1. */
    private int particlesThenName(int at) {
      int i = at;
      while (i < at + 2 && classOf(i) == WordClass.PARTICLE && Character.isLowerCase(w.word(i).charAt(0))) {
        i++;
      }
      return i > at && i < w.size() && Character.isUpperCase(w.word(i).charAt(0)) && classOf(i) == null ? i : -1;
    }

    private Piece retype(Piece p) {
      if (p.whole() != null) {
        return p;
      }
      String written = w.join(p.from(), p.to());
      if (roles.country(written).isEmpty()) {
        return p;
      }
      EntityType type = roles.nationality(written) ? EntityType.MISC : EntityType.PLACE;
      return type == p.type() ? p : p.with(p.from(), p.to(), type);
    }

    private List<Piece> join(List<Piece> pieces) {
      List<Piece> out = new ArrayList<>();
      for (int k = 0; k < pieces.size(); k++) {
        Piece p = pieces.get(k);
        while (p.whole() == null && p.type() == EntityType.PERSON) {
          int next = particlesThenName(p.to());
          if (next < 0) {
            break;
          }
          if (k + 1 < pieces.size() && pieces.get(k + 1).whole() == null && pieces.get(k + 1).from() == next) {
            p = p.with(p.from(), pieces.get(k + 1).to(), EntityType.PERSON);
            k++;
          } else if (k + 1 >= pieces.size() || pieces.get(k + 1).from() > next) {
            p = p.with(p.from(), next + 1, EntityType.PERSON); // a capitalised word the recogniser left out
          } else {
            break;
          }
        }
        out.add(p);
      }
      return out;
    }
  }
}
