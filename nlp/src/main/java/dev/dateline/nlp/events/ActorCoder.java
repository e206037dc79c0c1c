package dev.dateline.nlp.events;

import dev.dateline.model.Entities;
import dev.dateline.model.EntityType;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * CAMEO actor codes ("USAGOV", "ISRMIL", "PSE") for entities and other participants, from PETRARCH2's Phoenix actor
 * dictionaries (countries with their institutions and people, international and non-state actors: actors.tsv.gz)
 * and agent dictionary (sectors such as GOV, MIL, OPP: agents.tsv.gz), both built by
 * nlp/scripts/build-event-lexicons.py. Immutable.
 *
 * <p>An entity's code, in order: its canonical name in the actor dictionary ("Benjamin Netanyahu" is ISRGOV,
 * "Hamas" PSEREBHMS, "Israel" ISR); else, from its titles, an institution the title names ("Israel Defence Forces
 * Chief of Staff": ISRMIL), or the country the title names plus the sector of its role ("US Secretary of State":
 * USA + GOV); else, for a description or a phrase ("Israeli protesters"), the same reading of its words.
 */
final class ActorCoder {
  private static final int LONGEST = 8;

  /** A dated role of a named actor: its code from {@code first} to {@code last} (days as YYYYMMDD, inclusive). */
  record Role(String code, int first, int last) {
    boolean open() {
      return first == 0 && last == 99999999;
    }
  }

  private final Map<String, String> actors;
  private final Map<String, String> agents;
  private final Map<String, List<Role>> roles;
  /** The sector codes of the agents dictionary that are no country's code (GOV, MIL, REB, ...). */
  private final Set<String> sectors;
  /**
   * For each first word of an actor or agent phrase, the most words such a phrase has: {@link #phrase} tries only
   * the lengths a phrase starting there can have, and no lookups at all where none starts.
   */
  private final Map<String, Integer> longestFrom;

  ActorCoder(Map<String, String> actors, Map<String, String> agents) {
    this(actors, agents, Map.of());
  }

  ActorCoder(Map<String, String> actors, Map<String, String> agents, Map<String, List<Role>> roles) {
    this.actors = withPlurals(actors, true);
    this.agents = withPlurals(agents, false);
    this.roles = Map.copyOf(roles);
    Set<String> countries = new HashSet<>();
    for (String code : actors.values()) {
      countries.add(code.substring(0, Math.min(3, code.length())));
    }
    Set<String> s = new HashSet<>();
    for (String code : agents.values()) {
      for (int k = 0; k + 3 <= code.length(); k += 3) {
        if (!countries.contains(code.substring(k, k + 3))) {
          s.add(code.substring(k, k + 3));
        }
      }
    }
    this.sectors = Set.copyOf(s);
    Map<String, Integer> longest = new HashMap<>();
    for (Map<String, String> table : List.of(this.actors, this.agents)) {
      for (String key : table.keySet()) {
        String[] parts = key.split(" ", -1);
        longest.merge(parts[0], parts.length, Math::max);
      }
    }
    this.longestFrom = Map.copyOf(longest);
  }

  static ActorCoder standard() {
    return new ActorCoder(table("actors.tsv.gz"), table("agents.tsv.gz"), roles("actor-roles.tsv.gz"));
  }

  /** The code of an entity, if its name or titles give one, as of today's dictionaries (the latest role). */
  Optional<String> code(Entities.Entity entity) {
    return code(entity, Optional.empty());
  }

  /**
   * The code of an entity in a story of date {@code on}: a person's role on that day when the dictionary dates their
   * roles (only a person's: a country's dated codes are its past unions, not its roles) (Ehud Barak is ISRGOV from 1999 to 2001, ISRELI before), else as {@link #code(Entities.Entity)}.
   */
  Optional<String> code(Entities.Entity entity, Optional<LocalDate> on) {
    String name = entity.name().toLowerCase(Locale.ROOT);
    if (on.isPresent() && entity.type() == EntityType.PERSON && roles.containsKey(name)) {
      int day = on.get().getYear() * 10000 + on.get().getMonthValue() * 100 + on.get().getDayOfMonth();
      Role best = null;
      for (Role r : roles.get(name)) {
        // the narrowest dated role that covers the day: an undated code says nothing of when
        if (!r.open() && r.first() <= day && day <= r.last()
            && (best == null || (long) r.last() - r.first() < (long) best.last() - best.first())) {
          best = r;
        }
      }
      if (best != null) {
        return Optional.of(best.code());
      }
    }
    String direct = actors.get(name);
    if (direct != null && (entity.type() != EntityType.PERSON || direct.length() > 3)) {
      return Optional.of(direct);
    }
    for (String title : entity.titles()) {
      Optional<String> c = phrase(title);
      if (c.isPresent() && c.get().length() > 3) {
        return c;
      }
    }
    if (entity.type() == EntityType.PERSON) {
      return Optional.empty();
    }
    return Optional.ofNullable(direct).or(() -> phrase(entity.name()));
  }

  /**
   * The code a phrase gives ("US Secretary of State", "Israeli protesters"): an institution it names, else a country
   * plus a sector, else either alone. A lower-case single word is never a country ("us").
   */
  Optional<String> phrase(String text) {
    String[] words = words(text.replace("'s", "").replace("’s", ""));
    String[] lower = new String[words.length];
    for (int i = 0; i < words.length; i++) {
      lower[i] = words[i].toLowerCase(Locale.ROOT);
    }
    String institution = null;
    String country = null;
    String sector = null;
    for (int i = 0; i < words.length; i++) {
      Integer longest = longestFrom.get(lower[i]);
      if (longest == null) {
        continue; // no phrase of either dictionary starts with this word
      }
      for (int n = Math.min(Math.min(LONGEST, longest), words.length - i); n >= 1; n--) {
        String key = join(lower, i, n);
        if (key.isEmpty()) {
          continue;
        }
        String a = actor(key);
        if (a != null && !(n == 1 && Character.isLowerCase(words[i].charAt(0)))) {
          if (a.length() == 3) {
            country = country == null ? a : country;
          } else if (institution == null && n > 1) {
            institution = a;
          } else if (country == null) {
            country = a.substring(0, 3);
          }
          i += n - 1;
          break;
        }
        String s = agent(key);
        if (s != null) {
          sector = sector == null ? s : sector;
          i += n - 1;
          break;
        }
      }
    }
    if (institution != null) {
      return Optional.of(institution);
    }
    if (country != null) {
      return Optional.of(sector == null ? country : country + sector);
    }
    return Optional.ofNullable(sector);
  }

  /** An actor phrase's code, demonyms also in the plural ("Albanians", "Kurds"). */
  private String actor(String key) {
    return actors.get(key);
  }

  /**
   * Whether a code names sectors alone ("GOV", "GOVJUD"), no country or organisation: "the government" gives GOV,
   * and which country's government only the context can tell.
   */
  boolean isBareSector(String code) {
    if (code.isEmpty() || code.length() % 3 != 0) {
      return false;
    }
    for (int k = 0; k < code.length(); k += 3) {
      if (!sectors.contains(code.substring(k, k + 3))) {
        return false;
      }
    }
    return true;
  }

  /** Whether a code is a bare country (or IGO-like bloc) code: three letters, not a sector. */
  boolean isCountry(String code) {
    return code.length() == 3 && !sectors.contains(code);
  }

  /** Whether a lower-case word or phrase is an agent ("protesters", "officials"). */
  boolean isAgent(String phrase) {
    return agent(phrase) != null;
  }

  /** The sector of an agent phrase, also in the plural (see {@link #withPlurals}). */
  private String agent(String key) {
    return agents.get(key);
  }

  /**
   * A table with the plurals of its phrases added (the singular's code; an entry of the table itself wins): Phoenix
   * lists agents and demonyms in the singular and matches by prefix ("SOLDIER" finds "soldiers"). Plurals are made
   * once here, not tried at each lookup. For actors, only single words coded with a bare country ("albanian" ALB:
   * "Albanians"), not names.
   */
  private static Map<String, String> withPlurals(Map<String, String> table, boolean demonymsOnly) {
    Map<String, String> out = new HashMap<>(table);
    for (Map.Entry<String, String> e : table.entrySet()) {
      String k = e.getKey();
      if (k.length() < 3 || demonymsOnly && (e.getValue().length() != 3 || k.indexOf(' ') >= 0)) {
        continue;
      }
      for (String plural : plurals(k)) {
        out.putIfAbsent(plural, e.getValue());
      }
    }
    return Map.copyOf(out);
  }

  /** The plural of a phrase's last word: -y -> -ies, -man -> -men, -s/-x/-ch/-sh -> -es, else -s. */
  static List<String> plurals(String key) {
    if (key.endsWith("man")) {
      return List.of(key.substring(0, key.length() - 3) + "men");
    }
    if (key.endsWith("y") && key.length() > 1 && "aeiou".indexOf(key.charAt(key.length() - 2)) < 0) {
      return List.of(key.substring(0, key.length() - 1) + "ies");
    }
    if (key.endsWith("s") || key.endsWith("x") || key.endsWith("ch") || key.endsWith("sh")) {
      return List.of(key + "es");
    }
    return List.of(key + "s");
  }

  /**
   * The words of a phrase between runs of white space and commas, as {@code split("[\\s,]+")} gives them (a leading
   * break gives an empty first word), without a regular expression: this runs for every participant.
   */
  static String[] words(String text) {
    List<String> out = new java.util.ArrayList<>();
    int n = text.length();
    int start = 0;
    int i = 0;
    boolean broken = false;
    while (i < n) {
      if (isBreak(text.charAt(i))) {
        broken = true;
        int end = i;
        while (i < n && isBreak(text.charAt(i))) {
          i++;
        }
        out.add(text.substring(start, end));
        start = i;
      } else {
        i++;
      }
    }
    out.add(text.substring(start));
    int size = out.size();
    while (broken && size > 0 && out.get(size - 1).isEmpty()) {
      size--; // split drops trailing empty strings (all of them when the text is breaks alone)
    }
    return out.subList(0, size).toArray(new String[0]);
  }

  private static boolean isBreak(char c) {
    return c == ' ' || c == ',' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  private static String join(String[] words, int from, int n) {
    StringBuilder b = new StringBuilder();
    for (int k = from; k < from + n; k++) {
      if (k > from) {
        b.append(' ');
      }
      b.append(words[k]);
    }
    return b.toString();
  }

  private static Map<String, List<Role>> roles(String file) {
    Map<String, List<Role>> out = new HashMap<>();
    try (var reader = new java.io.BufferedReader(new InputStreamReader(new GZIPInputStream(open(file)), StandardCharsets.UTF_8))) {
      int line = 0;
      for (String l; (l = reader.readLine()) != null; ) {
        line++;
        String[] f = l.split("\t");
        if (f.length != 4 || !f[2].matches("\\d{8}") || !f[3].matches("\\d{8}")) {
          throw new IllegalStateException(file + ": line " + line + ": expected name, code, first and last day "
              + "(YYYYMMDD) in '" + l + "'");
        }
        out.computeIfAbsent(f[0], k -> new java.util.ArrayList<>())
            .add(new Role(f[1], Integer.parseInt(f[2]), Integer.parseInt(f[3])));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + file, e);
    }
    return out;
  }

  private static InputStream open(String file) {
    InputStream in = ActorCoder.class.getResourceAsStream(CameoLexicon.RESOURCES + file);
    if (in == null) {
      throw new IllegalStateException("resource " + CameoLexicon.RESOURCES + file + " is missing");
    }
    return in;
  }

  private static Map<String, String> table(String file) {
    InputStream in = ActorCoder.class.getResourceAsStream(CameoLexicon.RESOURCES + file);
    if (in == null) {
      throw new IllegalStateException("resource " + CameoLexicon.RESOURCES + file + " is missing");
    }
    Map<String, String> out = new HashMap<>();
    try (var reader = new java.io.BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
      int line = 0;
      for (String l; (l = reader.readLine()) != null; ) {
        line++;
        String[] f = l.split("\t");
        if (f.length != 2) {
          throw new IllegalStateException(file + ": line " + line + ": expected 2 tab-separated columns in '" + l + "'");
        }
        out.put(f[0], f[1]);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + file, e);
    }
    return out;
  }

}
