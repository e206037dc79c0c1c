package dev.dateline.nlp.events;

import dev.dateline.model.Entities;
import dev.dateline.model.EntityType;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
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

  private final Map<String, String> actors;
  private final Map<String, String> agents;

  ActorCoder(Map<String, String> actors, Map<String, String> agents) {
    this.actors = Map.copyOf(actors);
    this.agents = Map.copyOf(agents);
  }

  static ActorCoder standard() {
    return new ActorCoder(table("actors.tsv.gz"), table("agents.tsv.gz"));
  }

  /** The code of an entity, if its name or titles give one. */
  Optional<String> code(Entities.Entity entity) {
    String name = entity.name().toLowerCase(Locale.ROOT);
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
    String[] words = text.replace("'s", "").replace("’s", "").split("[\\s,]+");
    String institution = null;
    String country = null;
    String sector = null;
    for (int i = 0; i < words.length; i++) {
      for (int n = Math.min(LONGEST, words.length - i); n >= 1; n--) {
        String key = join(words, i, n);
        if (key.isEmpty()) {
          continue;
        }
        String a = actors.get(key);
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
        String s = agents.get(key);
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

  /** Whether a lower-case word or phrase is an agent ("protesters", "officials"). */
  boolean isAgent(String phrase) {
    return agents.containsKey(phrase);
  }

  private static String join(String[] words, int from, int n) {
    StringBuilder b = new StringBuilder();
    for (int k = from; k < from + n; k++) {
      if (k > from) {
        b.append(' ');
      }
      b.append(words[k].toLowerCase(Locale.ROOT));
    }
    return b.toString();
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
