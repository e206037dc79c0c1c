package dev.dateline.nlp.titles;

import dev.dateline.nlp.DataFile.Row;
import dev.dateline.nlp.DataFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The roles, countries and role modifiers that {@link TitlesStage} recognises, read from three data files, and the
 * grammar of the roles it writes, so that later stages can take a normalised role apart again ({@link #parse}).
 *
 * <p>A normalised role is {@code [modifier ]* [qualifier ]role} for roles whose form is "pre" ("top US diplomat",
 * "Israel Defence Forces Chief of Staff") and {@code [modifier ]* role of qualifier} for roles whose form is "of"
 * ("Prime Minister of Israel"). A country qualifier is written as the country's adjective in front and its of-form
 * after; any other qualifier (an organisation, a city) as it is written. Immutable and thread-safe.
 */
public final class RoleLexicon {
  private static final String RESOURCES = "/dev/dateline/nlp/titles/";

  /** What a role is: a post someone holds, or a common noun that describes a person. */
  public enum Kind {
    OFFICE,
    DESCRIPTOR
  }

  enum Form {
    OF,
    PRE
  }

  enum Casing {
    ANY,
    CAP,
    EXACT
  }

  /** One line of the roles file. */
  record Entry(String phrase, String role, Form form, Kind kind, Optional<String> gender, Casing casing, boolean nameOnly) {}

  /** One line of the countries file. */
  record Country(String name, String ofForm, String adjective) {}

  /**
   * A normalised role taken apart.
   *
   * @param base the role without modifiers and qualifier ("Prime Minister", "diplomat")
   * @param country the country that qualifies it, by canonical name ("United States")
   * @param qualifier the qualifier as written in the normalised role ("US", "Israel Defence Forces")
   * @param gender "m" or "f" when the role implies one ("Crown Prince")
   */
  public record Role(String base, Kind kind, List<String> modifiers, Optional<String> qualifier, Optional<String> country,
      Optional<String> gender) {
    public Role {
      modifiers = List.copyOf(modifiers);
    }
  }

  private final Map<String, List<Entry>> phrases;
  private final Map<String, Entry> roles;
  private final Map<String, Country> aliases;
  private final Set<String> adjectives;
  private final Map<String, Country> forms;
  private final Map<String, String> modifiers;
  private final int longestPhrase;
  private final int longestAlias;
  /** The phrase keys in order, to tell cheaply whether any phrase starts with a word. */
  private final NavigableSet<String> sortedPhrases;

  private RoleLexicon(Map<String, List<Entry>> phrases, Map<String, Entry> roles, Map<String, Country> aliases,
      Set<String> adjectives, Map<String, Country> forms, Map<String, String> modifiers) {
    this.phrases = phrases;
    this.roles = roles;
    this.aliases = aliases;
    this.adjectives = adjectives;
    this.forms = forms;
    this.modifiers = modifiers;
    this.longestPhrase = phrases.keySet().stream().mapToInt(String::length).max().orElse(0);
    this.longestAlias = aliases.keySet().stream().mapToInt(String::length).max().orElse(0);
    this.sortedPhrases = new TreeSet<>(phrases.keySet());
  }

  /** The lexicon bundled with the stage. */
  public static RoleLexicon standard() {
    try (InputStream roles = open("roles.tsv"); InputStream countries = open("countries.tsv");
        InputStream modifiers = open("modifiers.tsv")) {
      return read(utf8(roles), "roles.tsv", utf8(countries), "countries.tsv", utf8(modifiers), "modifiers.tsv");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled titles lexicon", e);
    }
  }

  private static InputStream open(String file) throws IOException {
    InputStream in = RoleLexicon.class.getResourceAsStream(RESOURCES + file);
    if (in == null) {
      throw new IOException("resource " + RESOURCES + file + " is missing");
    }
    return in;
  }

  private static Reader utf8(InputStream in) {
    return new InputStreamReader(in, StandardCharsets.UTF_8);
  }

  /**
   * Reads the three files (formats in their headers: tab-separated, '#' starts a comment line).
   *
   * @throws IOException naming the file and line of a malformed line
   */
  public static RoleLexicon read(Reader roles, String rolesName, Reader countries, String countriesName, Reader modifiers,
      String modifiersName) throws IOException {
    Map<String, List<Entry>> phrases = new HashMap<>();
    Map<String, Entry> byRole = new HashMap<>();
    for (Row line : DataFile.read(roles, rolesName, 7)) {
      String[] f = line.fields();
      Entry entry = new Entry(f[0], f[1], parse(Form.class, f[2], line, "form"), parse(Kind.class, f[3], line, "kind"),
          gender(f[4], line), parse(Casing.class, f[5], line, "case"), attach(f[6], line));
      phrases.computeIfAbsent(key(f[0]), k -> new ArrayList<>()).add(entry);
      byRole.putIfAbsent(entry.role().toLowerCase(Locale.ROOT), entry);
    }
    Map<String, Country> aliases = new HashMap<>();
    Map<String, Country> forms = new HashMap<>();
    Set<String> adjectives = new HashSet<>();
    for (Row line : DataFile.read(countries, countriesName, 5)) {
      String[] f = line.fields();
      Country country = new Country(f[0], f[1], f[2]);
      for (int column = 3; column <= 4; column++) {
        if (column == 4 && f[4].equals("-")) {
          continue;
        }
        for (String alias : f[column].split("\\|")) {
          if (alias.isBlank()) {
            throw line.error("empty alias in '" + f[column] + "'");
          }
          aliases.put(alias.strip(), country);
          if (column == 4) {
            adjectives.add(alias.strip());
          }
        }
      }
      forms.put(f[0], country);
      forms.put(f[1], country);
      forms.put(f[2], country);
    }
    Map<String, String> mods = new HashMap<>();
    for (Row line : DataFile.read(modifiers, modifiersName, 2)) {
      mods.put(line.fields()[0].toLowerCase(Locale.ROOT), line.fields()[1]);
    }
    phrases.replaceAll((k, v) -> List.copyOf(v));
    return new RoleLexicon(Map.copyOf(phrases), Map.copyOf(byRole), Map.copyOf(aliases), Set.copyOf(adjectives),
        Map.copyOf(forms), Map.copyOf(mods));
  }

  /**
   * Takes a normalised role apart: its modifiers, its qualifier (and the country that is, if one is) and its base
   * role. Empty when no known role ends it (pre form) or stands before its " of " (of form).
   */
  public Optional<Role> parse(String role) {
    String[] words = role.strip().split("\\s+");
    int m = 0;
    List<String> mods = new ArrayList<>();
    while (m < words.length - 1 && modifiers.containsKey(words[m].toLowerCase(Locale.ROOT))) {
      mods.add(words[m]);
      m++;
    }
    String rest = String.join(" ", List.of(words).subList(m, words.length));
    Entry whole = roles.get(rest.toLowerCase(Locale.ROOT));
    if (whole != null) {
      return Optional.of(role(whole, mods, Optional.empty()));
    }
    // of form: the longest known role before an " of "
    for (int k = rest.lastIndexOf(" of "); k > 0; k = rest.lastIndexOf(" of ", k - 1)) {
      Entry head = roles.get(rest.substring(0, k).toLowerCase(Locale.ROOT));
      if (head != null) {
        return Optional.of(role(head, mods, Optional.of(rest.substring(k + 4))));
      }
    }
    // pre form: the longest known role at the end
    for (int k = rest.indexOf(' '); k > 0; k = rest.indexOf(' ', k + 1)) {
      Entry tail = roles.get(rest.substring(k + 1).toLowerCase(Locale.ROOT));
      if (tail != null) {
        return Optional.of(role(tail, mods, Optional.of(rest.substring(0, k))));
      }
    }
    return Optional.empty();
  }

  private Role role(Entry entry, List<String> mods, Optional<String> qualifier) {
    Optional<String> country = qualifier.map(forms::get).or(() -> qualifier.map(aliases::get)).map(Country::name);
    return new Role(entry.role(), entry.kind(), mods, qualifier, country, entry.gender());
  }

  /** The canonical country a name, abbreviation or adjective stands for ("U.S." -> "United States"), if any. */
  public Optional<String> country(String alias) {
    return Optional.ofNullable(aliases.get(alias)).map(Country::name);
  }

  /** Whether {@code written} is a nationality adjective of a country ("Israeli", "Saudi"), not a name of it. */
  public boolean nationality(String written) {
    return adjectives.contains(written);
  }

  /** The roles whose phrase is {@code key} (lower case, words joined as {@link #key} does). */
  /**
   * Whether some phrase key starts with {@code lowerWord}: when none does, no phrase can begin at that word (a
   * phrase's key starts with its first word in lower case), so the callers skip joining longer and longer spans.
   */
  boolean mayBeginPhrase(String lowerWord) {
    String next = sortedPhrases.ceiling(lowerWord);
    return next != null && next.startsWith(lowerWord);
  }

  List<Entry> phrase(String key) {
    return phrases.getOrDefault(key, List.of());
  }

  Optional<Country> alias(String written) {
    return Optional.ofNullable(aliases.get(written));
  }

  Optional<String> modifier(String word) {
    return Optional.ofNullable(modifiers.get(word.toLowerCase(Locale.ROOT)));
  }

  int longestPhrase() {
    return longestPhrase;
  }

  int longestAlias() {
    return longestAlias;
  }

  /** The normalised role of {@code entry} with {@code modifiers} and an optional qualifier (a country or a name). */
  static String normalise(Entry entry, List<String> modifiers, Optional<Country> country, Optional<String> other) {
    return normalise(entry, modifiers, country, other, false);
  }

  /**
   * As {@link #normalise(Entry, List, Optional, Optional)}; a qualifier that is not a country and is written in front
   * stays in front when {@code otherInFront}, whatever the form ("African-American President", not "President of
   * African-American").
   */
  static String normalise(Entry entry, List<String> modifiers, Optional<Country> country, Optional<String> other,
      boolean otherInFront) {
    StringBuilder sb = new StringBuilder();
    for (String m : modifiers) {
      sb.append(m).append(' ');
    }
    Optional<String> before = country.map(Country::adjective).or(() -> other);
    Optional<String> after = country.map(Country::ofForm).or(() -> other);
    if ((entry.form() == Form.PRE || (country.isEmpty() && otherInFront)) && before.isPresent()) {
      sb.append(before.get()).append(' ').append(entry.role());
    } else if (entry.form() == Form.OF && after.isPresent()) {
      sb.append(entry.role()).append(" of ").append(after.get());
    } else {
      sb.append(entry.role());
    }
    return sb.toString();
  }

  /** A phrase as the lexicon keys it: lower case, runs of white space as one space. */
  static String key(String phrase) {
    String stripped = phrase.strip();
    // the words callers join hold single spaces only: the regex is needed only for other white space
    return (singleSpaced(stripped) ? stripped : WHITE_SPACE.matcher(stripped).replaceAll(" ")).toLowerCase(Locale.ROOT);
  }

  private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

  private static boolean singleSpaced(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || (c == ' ' && i > 0 && s.charAt(i - 1) == ' ')) {
        return false;
      }
    }
    return true;
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String value, Row line, String column) throws IOException {
    try {
      return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw line.error(column + " must be one of " + List.of(type.getEnumConstants()).toString().toLowerCase(Locale.ROOT)
          + ", found '" + value + "'");
    }
  }

  private static Optional<String> gender(String value, Row line) throws IOException {
    return switch (value) {
      case "m", "f" -> Optional.of(value);
      case "-" -> Optional.empty();
      default -> throw line.error("gender must be m, f or -, found '" + value + "'");
    };
  }

  private static boolean attach(String value, Row line) throws IOException {
    return switch (value) {
      case "free" -> false;
      case "name" -> true;
      default -> throw line.error("attach must be free or name, found '" + value + "'");
    };
  }
}
