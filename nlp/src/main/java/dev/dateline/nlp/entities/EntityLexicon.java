package dev.dateline.nlp.entities;

import dev.dateline.nlp.DataFile.Row;
import dev.dateline.nlp.DataFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The data the entities stage resolves with: which roles a description may refer to, the gender of common first
 * names, the pronouns it resolves, the words after which a pronoun opens a clause, and well-known people by surname
 * (people.tsv, built by nlp/scripts/build-people.py), and honorifics with their gender. Immutable.
 */
final class EntityLexicon {
  private static final String RESOURCES = "/dev/dateline/nlp/entities/";

  private final Map<String, Set<String>> descriptors;
  private final Map<String, String> firstNames;
  private final Map<String, String> pronouns;
  private final Set<String> clauseOpeners;
  private final Map<String, String> people;
  private final Map<String, Optional<String>> honorifics;

  EntityLexicon(Map<String, Set<String>> descriptors, Map<String, String> firstNames, Map<String, String> pronouns,
      Set<String> clauseOpeners, Map<String, String> people, Map<String, Optional<String>> honorifics) {
    this.honorifics = Map.copyOf(honorifics);
    this.descriptors = Map.copyOf(descriptors);
    this.firstNames = Map.copyOf(firstNames);
    this.pronouns = Map.copyOf(pronouns);
    this.clauseOpeners = Set.copyOf(clauseOpeners);
    this.people = Map.copyOf(people);
  }

  static EntityLexicon standard() {
    try {
      Map<String, Set<String>> descriptors = new HashMap<>();
      for (Row l : read("descriptors.tsv", 2)) {
        Set<String> roles = new HashSet<>();
        for (String r : l.fields()[1].split("\\|")) {
          roles.add(lower(r.strip()));
        }
        descriptors.put(lower(l.fields()[0]), Set.copyOf(roles));
      }
      Map<String, String> firstNames = new HashMap<>();
      for (Row l : read("first-names.tsv", 2)) {
        firstNames.put(l.fields()[0], gender(l, 1));
      }
      Map<String, String> pronouns = new HashMap<>();
      for (Row l : read("pronouns.tsv", 2)) {
        pronouns.put(lower(l.fields()[0]), gender(l, 1));
      }
      Set<String> openers = new HashSet<>();
      for (Row l : read("clause-openers.txt", 1)) {
        openers.add(lower(l.fields()[0]));
      }
      Map<String, String> people = new HashMap<>();
      for (Row l : read("people.tsv", 2)) {
        people.put(lower(l.fields()[0]), l.fields()[1]);
      }
      Map<String, Optional<String>> honorifics = new HashMap<>();
      for (Row l : read("honorifics.tsv", 2)) {
        honorifics.put(l.fields()[0], l.fields()[1].equals("-") ? Optional.empty() : Optional.of(gender(l, 1)));
      }
      return new EntityLexicon(descriptors, firstNames, pronouns, openers, people, honorifics);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled entities lexicon", e);
    }
  }

  /** The roles (lower case) a description with base role {@code base} may refer to, the base itself included. */
  Set<String> compatible(String base) {
    Set<String> out = new HashSet<>(descriptors.getOrDefault(lower(base), Set.of()));
    out.add(lower(base));
    return out;
  }

  /** The words before {@code surname} in the name of the one well-known person with that surname, if there is one. */
  Optional<String> forenames(String surname) {
    return Optional.ofNullable(people.get(lower(surname)));
  }

  /** Whether {@code word} is an honorific ("Mr", "Ms."), as written. */
  boolean honorific(String word) {
    return honorifics.containsKey(word);
  }

  /** The gender an honorific implies, if any. */
  Optional<String> honorificGender(String word) {
    return honorifics.getOrDefault(word, Optional.empty());
  }

  Optional<String> firstNameGender(String firstName) {
    return Optional.ofNullable(firstNames.get(firstName));
  }

  /** The gender a pronoun requires, if it is one this stage resolves. */
  Optional<String> pronoun(String word) {
    return Optional.ofNullable(pronouns.get(lower(word)));
  }

  boolean opensClause(String word) {
    return clauseOpeners.contains(lower(word));
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  private static String gender(Row row, int column) throws IOException {
    String g = row.fields()[column];
    if (!g.equals("m") && !g.equals("f")) {
      throw row.error("gender must be m or f, found '" + g + "'");
    }
    return g;
  }

  private static List<Row> read(String file, int columns) throws IOException {
    InputStream in = EntityLexicon.class.getResourceAsStream(RESOURCES + file);
    if (in == null) {
      throw new IOException("resource " + RESOURCES + file + " is missing");
    }
    try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return DataFile.read(r, file, columns);
    }
  }
}
