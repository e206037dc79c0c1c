package dev.dateline.nlp.entities;

import dev.dateline.model.Document;
import dev.dateline.model.Entities;
import dev.dateline.model.Entities.Entity;
import dev.dateline.model.Entities.Mention;
import dev.dateline.model.Entities.MentionKind;
import dev.dateline.model.EntityType;
import dev.dateline.model.LayerKey;
import dev.dateline.model.Names;
import dev.dateline.model.Names.Name;
import dev.dateline.model.Sentences;
import dev.dateline.model.Span;
import dev.dateline.model.Titles;
import dev.dateline.model.Titles.Title;
import dev.dateline.model.Tokens;
import dev.dateline.nlp.Stage;
import dev.dateline.nlp.titles.NameRepair;
import dev.dateline.nlp.titles.RoleLexicon;
import dev.dateline.nlp.titles.RoleLexicon.Role;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Who is who in one article ("entities.v1"): the names of the {@link Names} layer grouped into entities, with the
 * descriptions of the {@link Titles} layer and subject pronouns resolved to them. The names are read through the
 * titles stage's {@link NameRepair}, as the titles stage reads them: a role run into a name is split off, a name that
 * is only a role ("Defence Minister") or only a weekday or month is none, weekdays are cut from names' ends, name
 * particles join a person's name ("Mohammed bin Salman"), a country's name is a place and a nationality adjective
 * MISC, never a person. Nationality adjectives stay entities of type MISC (CoNLL's convention: "Israeli" names the
 * group), so a reader can count them; they never take pronouns or titles.
 *
 * <p><b>Names.</b> Names of one type and the same text are one entity; places also when they name one country
 * ("US", "United States"). A person's name that is the last word(s) of a longer person's name ("Blinken", "bin
 * Salman") belongs to the nearest such longer name before it, else the nearest after it; a one-word organisation or
 * other name that is a person's surname joins that person too (recognisers often mistype a lone surname). An
 * organisation name of capitals ("IDF") joins the organisation whose initials it spells ("Israel Defense Forces"),
 * and a name of two words or more that ends a longer organisation name joins it. The canonical name is the longest
 * (most words, then characters); a role at the start of a person's name ("President Biden") is not part of it, nor
 * is an honorific ("Ms Hewitt" is Hewitt, and joins "Patricia Hewitt"; its gender is the person's). A
 * place that is a country is named by its canonical name ("US" -> "United States"). A person the article names by a
 * surname only, who holds an office in it ("President Biden"), takes the full name of the one well-known person with
 * that surname, if the people list (people.tsv, from the PETRARCH2/Phoenix actor dictionaries) has exactly one.
 *
 * <p><b>Mentions.</b> A name's mention is its span, widened to the title written right before it and attached to it
 * ("President Biden", "US Secretary of State Antony Blinken"): the whole noun phrase, as coreference corpora mark it.
 *
 * <p><b>Descriptions.</b> A title with no holder that is not indefinite ("the secretary", "the Israeli PM", "the top
 * US diplomat") refers to the person, among those mentioned before it, with a compatible title mentioned most
 * recently: the same base role, or one the descriptor file lists for it ("diplomat" -> "Secretary of State"); when
 * the description names a country or organisation, the title must name the same one.
 *
 * <p><b>Pronouns.</b> "he" and "she" outside quotations that open a clause (at a sentence start, after a comma,
 * colon, semicolon or closing quote mark, or after a word of the clause-openers file: "and", "but", "said") refer to
 * the first compatible person mentioned outside quotations in the same sentence before them, else in the nearest
 * earlier sentence that has one (up to five back). Compatible: a person whose gender is unknown or agrees; gender
 * comes from a title ("Crown Prince"), the first-names file, or an earlier pronoun. Organisations never take them.
 *
 * <p><b>Titles of an entity.</b> The normalised roles of the titles attached to its names and of the office
 * descriptions resolved to it, in order of appearance; then the attached titles as written, without a leading
 * article, where that differs ("Israel's Prime Minister" beside "Prime Minister of Israel").
 */
public final class EntityStage implements Stage {
  private static final int SENTENCES_BACK = 5;

  private final RoleLexicon roles;
  private final NameRepair repair;
  private final EntityLexicon lexicon;

  EntityStage(RoleLexicon roles, NameRepair repair, EntityLexicon lexicon) {
    this.roles = Objects.requireNonNull(roles, "roles");
    this.repair = Objects.requireNonNull(repair, "repair");
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
  }

  /** The stage with its bundled data and the bundled titles lexicon and name repair (the titles stage's own). */
  public static EntityStage standard() {
    RoleLexicon roles = RoleLexicon.standard();
    return new EntityStage(roles, NameRepair.standard(roles), EntityLexicon.standard());
  }

  @Override
  public String name() {
    return "entities.v1";
  }

  @Override
  public Set<LayerKey<?>> reads() {
    return Set.of(Tokens.KEY, Sentences.KEY, Names.KEY, Titles.KEY);
  }

  @Override
  public Set<LayerKey<?>> writes() {
    return Set.of(Entities.KEY);
  }

  @Override
  public Document apply(Document document) {
    return document.with(Entities.KEY, new Run(document).entities());
  }

  /** A mention found so far: where, which entity, which kind. */
  private record Found(Span span, int entity, MentionKind kind) {}

  /** An entity being built. */
  private static final class Group {
    final List<Integer> names = new ArrayList<>();
    final LinkedHashSet<String> roles = new LinkedHashSet<>();
    final LinkedHashSet<String> written = new LinkedHashSet<>();
    final List<Role> facts = new ArrayList<>();
    Optional<String> gender = Optional.empty();
    EntityType type;
    String name;
  }

  /** One document's resolution. */
  private final class Run {
    private final String text;
    private final List<Name> names;
    private final List<Title> titles;
    private final List<Tokens.Token> tokens;
    private final List<Sentences.Sentence> sentences;
    private final Quotes quotes;
    private final String[] nameText;
    private final EntityType[] type;
    private final Optional<String>[] honorificGender;
    private final List<Group> groups = new ArrayList<>();
    private final List<Found> mentions = new ArrayList<>();

    Run(Document d) {
      text = d.text();
      tokens = d.require(Tokens.KEY).items();
      names = repair.repair(text, d.require(Tokens.KEY), d.require(Names.KEY)).items();
      titles = d.require(Titles.KEY).items();
      sentences = d.require(Sentences.KEY).items();
      quotes = Quotes.of(text);
      nameText = new String[names.size()];
      type = new EntityType[names.size()];
      @SuppressWarnings("unchecked")
      Optional<String>[] genders = new Optional[names.size()];
      java.util.Arrays.fill(genders, Optional.empty());
      honorificGender = genders;
    }

    Entities entities() {
      group();
      attachTitles();
      resolve();
      return build();
    }

    // ---- names ----

    private void group() {
      Map<String, Integer> byId = new HashMap<>();
      for (int i = 0; i < names.size(); i++) {
        byId.put(names.get(i).id(), i);
        nameText[i] = names.get(i).span().of(text).strip().replaceAll("\\s+", " ");
      }
      // a role at the start of a person's name is the name's title, not part of the name; a title written right
      // before the name makes one noun phrase with it, and the mention is that phrase ("President Biden")
      Span[] mention = new Span[names.size()];
      for (int i = 0; i < names.size(); i++) {
        mention[i] = names.get(i).span();
      }
      for (Title t : titles) {
        Integer i = t.holder().map(byId::get).orElse(null);
        if (i == null) {
          continue;
        }
        Span n = names.get(i).span();
        if (t.span().begin() == n.begin() && t.span().end() < n.end()) {
          nameText[i] = text.substring(t.span().end(), n.end()).strip().replaceAll("\\s+", " ");
        } else if (t.span().end() <= n.begin() && text.substring(t.span().end(), n.begin()).isBlank()
            && t.span().begin() < mention[i].begin()) {
          mention[i] = new Span(t.span().begin(), n.end());
        }
      }
      // an honorific is no part of the name: "Ms Hewitt" is Hewitt, and a woman; and whatever the recogniser
      // thought, a name after an honorific is a person's ("Lord Ashcroft" is no place)
      for (int i = 0; i < names.size(); i++) {
        type[i] = names.get(i).type();
        int space = nameText[i].indexOf(' ');
        if (space > 0 && lexicon.honorific(nameText[i].substring(0, space))) {
          type[i] = EntityType.PERSON;
          honorificGender[i] = lexicon.honorificGender(nameText[i].substring(0, space));
          nameText[i] = nameText[i].substring(space + 1);
        }
      }
      agreeOnTypes();
      String[] key = new String[names.size()];
      for (int i = 0; i < names.size(); i++) {
        key[i] = ownKey(i);
      }
      int[] target = new int[names.size()];
      for (int i = 0; i < names.size(); i++) {
        target[i] = longerName(i);
      }
      for (int i = 0; i < names.size(); i++) {
        int j = i;
        while (target[j] >= 0) {
          j = target[j]; // each step is to a strictly longer name, so this ends
        }
        key[i] = key[j];
      }
      Map<String, Integer> groupOf = new LinkedHashMap<>();
      for (int i = 0; i < names.size(); i++) {
        int g = groupOf.computeIfAbsent(key[i], k -> {
          groups.add(new Group());
          return groups.size() - 1;
        });
        groups.get(g).names.add(i);
        mentions.add(new Found(mention[i], g, MentionKind.NAME));
      }
      for (Group g : groups) {
        int best = g.names.get(0);
        for (int i : g.names) {
          if (longer(nameText[i], nameText[best])) {
            best = i;
          }
        }
        g.name = nameText[best];
        g.type = type[best];
        if (g.type == EntityType.PLACE) {
          roles.country(g.name).filter(c -> !roles.nationality(g.name)).ifPresent(c -> g.name = c);
        }
      }
    }

    /**
     * One article writes one name for one thing: where the recogniser typed the same name differently in different
     * places ("Lib Dem" as a place here, as MISC there), every occurrence takes the type it has most often, the
     * earliest type on a tie.
     */
    private void agreeOnTypes() {
      Map<String, Map<EntityType, Integer>> counts = new HashMap<>();
      for (int i = 0; i < names.size(); i++) {
        counts.computeIfAbsent(nameText[i], k -> new LinkedHashMap<>()).merge(type[i], 1, Integer::sum);
      }
      for (int i = 0; i < names.size(); i++) {
        Map<EntityType, Integer> c = counts.get(nameText[i]);
        if (c.size() > 1) {
          EntityType best = type[i];
          int most = 0;
          for (Map.Entry<EntityType, Integer> e : c.entrySet()) {
            if (e.getValue() > most) {
              best = e.getKey();
              most = e.getValue();
            }
          }
          type[i] = best;
        }
      }
    }

    private String ownKey(int i) {
      EntityType type = this.type[i];
      String t = nameText[i];
      if (type == EntityType.PLACE) {
        return "PLACE|" + roles.country(t).orElse(t);
      }
      return type + "|" + t;
    }

    /** The longer name {@code i} is short for, by surname, acronym or trailing words, or -1. */
    private int longerName(int i) {
      EntityType type = this.type[i];
      String t = nameText[i];
      int before = -1;
      int after = -1;
      for (int j = 0; j < names.size(); j++) {
        if (j == i || !shortFor(type, t, this.type[j], nameText[j])) {
          continue;
        }
        if (j < i) {
          before = j;
        } else if (after < 0) {
          after = j;
        }
      }
      return before >= 0 ? before : after;
    }

    private boolean shortFor(EntityType type, String s, EntityType longType, String l) {
      if (type == EntityType.PLACE) {
        return false;
      }
      int words = s.split(" ").length;
      if (longType == EntityType.PERSON) {
        boolean acceptable = type == EntityType.PERSON || words == 1;
        return acceptable && endsWithWords(l, s);
      }
      if (longType == EntityType.ORG && type == EntityType.ORG) {
        return (words >= 2 && endsWithWords(l, s)) || (s.matches("[A-Z]{2,6}") && s.equals(initials(l)));
      }
      return false;
    }

    private static boolean endsWithWords(String longer, String shorter) {
      return longer.length() > shorter.length() && longer.endsWith(shorter)
          && longer.charAt(longer.length() - shorter.length() - 1) == ' ';
    }

    private static String initials(String name) {
      StringBuilder sb = new StringBuilder();
      for (String w : name.split("[ -]")) {
        if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
          sb.append(w.charAt(0));
        }
      }
      return sb.length() >= 2 ? sb.toString() : "";
    }

    private static boolean longer(String a, String b) {
      int wa = a.split(" ").length;
      int wb = b.split(" ").length;
      return wa != wb ? wa > wb : a.length() > b.length();
    }

    // ---- titles ----

    private void attachTitles() {
      Map<String, Integer> groupOfName = new HashMap<>();
      for (int g = 0; g < groups.size(); g++) {
        for (int i : groups.get(g).names) {
          groupOfName.put(names.get(i).id(), g);
        }
      }
      for (Title t : titles) {
        if (t.holder().isEmpty() || !groupOfName.containsKey(t.holder().get())) {
          continue;
        }
        Group g = groups.get(groupOfName.get(t.holder().get()));
        g.roles.add(t.role());
        g.written.add(withoutArticle(t.span().of(text)));
        roles.parse(t.role()).ifPresent(g.facts::add);
      }
      for (Group g : groups) {
        for (int i : g.names) {
          if (g.gender.isEmpty() && g.type == EntityType.PERSON) {
            g.gender = honorificGender[i];
          }
        }
        for (Role r : g.facts) {
          if (g.gender.isEmpty()) {
            g.gender = r.gender();
          }
        }
        if (g.type == EntityType.PERSON && !g.name.contains(" ")
            && g.facts.stream().anyMatch(f -> f.kind() == RoleLexicon.Kind.OFFICE)) {
          // a well-known office holder the article names by surname only ("President Biden")
          String surname = g.name;
          lexicon.forenames(surname).ifPresent(f -> g.name = f + " " + surname);
        }
        if (g.gender.isEmpty() && g.type == EntityType.PERSON && g.name.contains(" ")) {
          g.gender = lexicon.firstNameGender(g.name.substring(0, g.name.indexOf(' ')));
        }
      }
    }

    private static String withoutArticle(String s) {
      String t = s.strip().replaceAll("\\s+", " ");
      String lower = t.toLowerCase(Locale.ROOT);
      for (String a : List.of("the ", "a ", "an ")) {
        if (lower.startsWith(a)) {
          return t.substring(a.length());
        }
      }
      return t;
    }

    // ---- descriptions and pronouns, in text order ----

    private void resolve() {
      mentions.sort(Comparator.comparing(Found::span));
      List<Title> descriptions = titles.stream().filter(t -> t.holder().isEmpty()).toList();
      int d = 0;
      for (int k = 0; k < tokens.size() || d < descriptions.size(); ) {
        int tokenAt = k < tokens.size() ? tokens.get(k).span().begin() : Integer.MAX_VALUE;
        if (d < descriptions.size() && descriptions.get(d).span().begin() <= tokenAt) {
          describe(descriptions.get(d++));
        } else {
          pronoun(k++);
        }
      }
    }

    private void describe(Title t) {
      String first = t.span().of(text).split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
      if (first.equals("a") || first.equals("an")) {
        return; // an indefinite description introduces someone new
      }
      Optional<Role> parsed = roles.parse(t.role());
      if (parsed.isEmpty()) {
        return;
      }
      Role d = parsed.get();
      Set<String> compatible = lexicon.compatible(d.base());
      int best = -1;
      int bestEnd = -1;
      for (int g = 0; g < groups.size(); g++) {
        Group group = groups.get(g);
        if (group.type != EntityType.PERSON || !group.facts.stream().anyMatch(f -> fits(d, f, compatible))) {
          continue;
        }
        int last = lastMentionEnd(g, t.span().begin());
        if (last > bestEnd) {
          best = g;
          bestEnd = last;
        }
      }
      if (best < 0) {
        return;
      }
      Group g = groups.get(best);
      add(new Found(t.span(), best, MentionKind.DESCRIPTION));
      if (d.kind() == RoleLexicon.Kind.OFFICE) {
        g.roles.add(t.role());
        g.facts.add(d);
      }
    }

    private static boolean fits(Role description, Role fact, Set<String> compatible) {
      if (!compatible.contains(fact.base().toLowerCase(Locale.ROOT))) {
        return false;
      }
      if (description.country().isPresent()) {
        return description.country().equals(fact.country());
      }
      if (description.qualifier().isPresent()) {
        return fact.qualifier().isPresent()
            && fact.qualifier().get().equalsIgnoreCase(description.qualifier().get());
      }
      return true;
    }

    private int lastMentionEnd(int group, int before) {
      int last = -1;
      for (Found f : mentions) {
        if (f.span().end() > before) {
          break;
        }
        if (f.entity() == group) {
          last = f.span().end();
        }
      }
      return last;
    }

    private void pronoun(int k) {
      Span span = tokens.get(k).span();
      Optional<String> gender = lexicon.pronoun(span.of(text));
      if (gender.isEmpty() || quotes.inside(span.begin())) {
        return;
      }
      int s = sentenceOf(span.begin());
      if (s < 0 || !opensClause(k, sentences.get(s).span().begin())) {
        return;
      }
      int found = firstCompatible(sentences.get(s).span().begin(), span.begin(), gender.get());
      for (int back = 1; found < 0 && back <= SENTENCES_BACK && s - back >= 0; back++) {
        Span earlier = sentences.get(s - back).span();
        found = firstCompatible(earlier.begin(), earlier.end(), gender.get());
      }
      if (found >= 0) {
        add(new Found(span, found, MentionKind.PRONOUN));
        Group g = groups.get(found);
        if (g.gender.isEmpty()) {
          g.gender = gender;
        }
      }
    }

    private boolean opensClause(int k, int sentenceBegin) {
      if (k == 0 || tokens.get(k - 1).span().end() <= sentenceBegin) {
        return true;
      }
      String previous = tokens.get(k - 1).span().of(text);
      return switch (previous) {
        case ",", ";", ":", "”", "\"", "—", "–" -> true;
        default -> lexicon.opensClause(previous);
      };
    }

    /** The entity of the first person mention in {@code [from, to)} outside quotations whose gender fits, or -1. */
    private int firstCompatible(int from, int to, String gender) {
      for (Found f : mentions) {
        if (f.span().begin() >= to) {
          break;
        }
        if (f.span().begin() < from || quotes.inside(f.span().begin())) {
          continue;
        }
        Group g = groups.get(f.entity());
        if (g.type == EntityType.PERSON && (g.gender.isEmpty() || g.gender.get().equals(gender))) {
          return f.entity();
        }
      }
      return -1;
    }

    private int sentenceOf(int offset) {
      int lo = 0;
      int hi = sentences.size() - 1;
      while (lo <= hi) {
        int mid = (lo + hi) >>> 1;
        Span s = sentences.get(mid).span();
        if (offset < s.begin()) {
          hi = mid - 1;
        } else if (offset >= s.end()) {
          lo = mid + 1;
        } else {
          return mid;
        }
      }
      return -1;
    }

    private void add(Found f) {
      int at = 0;
      while (at < mentions.size() && mentions.get(at).span().compareTo(f.span()) <= 0) {
        at++;
      }
      mentions.add(at, f);
    }

    // ---- output ----

    private Entities build() {
      Map<Integer, List<Mention>> byGroup = new LinkedHashMap<>();
      for (Found f : mentions) {
        byGroup.computeIfAbsent(f.entity(), g -> new ArrayList<>()).add(new Mention(f.span(), f.kind()));
      }
      List<Entity> out = new ArrayList<>();
      for (Map.Entry<Integer, List<Mention>> e : byGroup.entrySet()) {
        Group g = groups.get(e.getKey());
        List<String> titleList = new ArrayList<>(g.roles);
        for (String w : g.written) {
          if (!titleList.contains(w)) {
            titleList.add(w);
          }
        }
        List<Mention> ms = e.getValue();
        out.add(new Entity("e" + out.size(), ms.get(0).span(), g.name, g.type, titleList, ms));
      }
      return new Entities(out);
    }
  }
}
