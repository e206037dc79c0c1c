package dev.dateline.nlp.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a PETRARCH2 verb dictionary (CAMEO.verbpatterns, PETR.Validate.verbs): synonym sets ({@code &NAME} then
 * {@code +WORD} lines), verb blocks ({@code --- NAME [code] ---}, a block without a code has no default), the block's
 * verbs ({@code MEET {MEETS MET}}, {@code +MEET_WITH}, optionally with their own {@code [code]}) and patterns
 * ({@code - * WORDS [code]}). A pattern's words before {@code *} and after it are slots; a synonym set is a slot of
 * alternatives, a word joined by '_' a multi-word alternative; PETRARCH's role markers (+ $ % ^) are dropped, since
 * the event stage finds actors and targets by its own syntax. Paired codes ({@code [036:036]}) keep the first.
 */
final class PetrarchVerbs {
  private static final Pattern BLOCK = Pattern.compile("^---\\s*(\\S+)\\s*(?:\\[([^\\]]*)\\])?");
  private static final Pattern CODE = Pattern.compile("\\[([^\\]]*)\\]");
  /** A one-word verb line with its inflected forms: "EXPEL {EXPELS EXPELLING EXPELLED }". */
  private static final Pattern FORMS = Pattern.compile("^\\+?([A-Za-z][A-Za-z'\\-]*)\\s*\\{([^}]*)\\}");
  private static final Pattern VERB_WORD = Pattern.compile("^[a-z][a-z'\\-]*$");

  final Map<String, List<CameoLexicon.Verb>> verbs = new HashMap<>();
  final Map<String, List<CameoLexicon.Pattern>> patterns = new HashMap<>();
  /** The inflected forms a verb line lists ("EXPEL {EXPELS EXPELLING EXPELLED}"), each to its verb. */
  final Map<String, String> forms = new HashMap<>();

  private PetrarchVerbs() {}

  /**
   * The verbs and patterns of a dictionary; {@code own} holds codes ("lemma particle" to code) that replace a verb's
   * default code.
   *
   * @throws IOException naming {@code source} and the line when a pattern has no '*' or no code
   */
  static PetrarchVerbs read(Reader reader, String source, Map<String, String> own, Set<String> modalWords)
      throws IOException {
    List<String> lines = new BufferedReader(reader).lines().toList();
    Map<String, List<List<String>>> synsets = synsets(lines);
    PetrarchVerbs out = new PetrarchVerbs();
    String block = null;
    String blockCode = null;
    int number = 0;
    boolean inSynset = false;
    for (int n = 0; n < lines.size(); n++) {
      String line = lines.get(n).stripTrailing();
      Matcher b = BLOCK.matcher(line);
      if (b.find() && line.startsWith("---")) {
        number++;
        block = String.format(Locale.ROOT, "%04d-%s", number, b.group(1).toLowerCase(Locale.ROOT));
        blockCode = b.group(2) == null ? "---" : first(b.group(2));
        inSynset = false;
        continue;
      }
      if (line.startsWith("&")) {
        inSynset = true; // a synonym set inside the verb section: its "+WORD" lines are no verbs
        continue;
      }
      if (line.isBlank()) {
        inSynset = false;
        continue;
      }
      if (block == null || inSynset || line.startsWith("#") || line.startsWith("<!--")) {
        continue;
      }
      if (line.startsWith("- ")) {
        String body = comment(line.substring(2));
        Matcher c = CODE.matcher(body);
        if (!c.find() || body.indexOf('*') < 0 || body.indexOf('*') > c.start()) {
          continue; // a pattern without a verb slot or a code codes nothing
        }
        String code = first(c.group(1));
        String words = body.substring(0, c.start());
        int star = words.indexOf('*');
        List<List<List<String>>> before = slots(words.substring(0, star), synsets);
        List<List<List<String>>> after = slots(words.substring(star + 1), synsets);
        // patterns with a modality cue before the verb ("will *", "said would not *") code what the stage reads
        // from its own cues (the event, planned or negated), so they are not kept; others ("death toll *", "% have *")
        // are
        if ((!before.isEmpty() || !after.isEmpty()) && !mentions(before, modalWords)) {
          out.patterns.computeIfAbsent(block, k -> new ArrayList<>()).add(CameoLexicon.Pattern.of(before, after, code));
        }
        continue;
      }
      if (line.startsWith("+") && !Character.isLetter(line.charAt(1))) {
        continue;
      }
      Matcher braced = FORMS.matcher(line);
      if (braced.find()) {
        for (String form : braced.group(2).toLowerCase(Locale.ROOT).split("\\s+")) {
          if (!form.isEmpty()) {
            out.forms.putIfAbsent(form, braced.group(1).toLowerCase(Locale.ROOT));
          }
        }
      }
      String entry = comment(line).replaceAll("\\{[^}]*\\}", " ").strip();
      String code = blockCode;
      Matcher c = CODE.matcher(entry);
      if (c.find()) {
        code = first(c.group(1));
        entry = entry.substring(0, c.start()).strip();
      }
      String[] words = entry.replaceFirst("^\\+", "").toLowerCase(Locale.ROOT).split("_+");
      if (entry.isEmpty() || entry.contains(" ") || words.length == 0 || !VERB_WORD.matcher(words[0]).matches()) {
        continue;
      }
      List<String> particle = new ArrayList<>();
      for (int w = 1; w < words.length; w++) {
        if (!words[w].isEmpty()) {
          particle.add(words[w]);
        }
      }
      String key = words[0] + " " + (particle.isEmpty() ? "-" : String.join(" ", particle));
      code = own.getOrDefault(key, code);
      out.verbs.computeIfAbsent(words[0], k -> new ArrayList<>())
          .add(new CameoLexicon.Verb(words[0], List.copyOf(particle), block, code));
    }
    return out;
  }

  private static Map<String, List<List<String>>> synsets(List<String> lines) {
    Map<String, List<List<String>>> out = new HashMap<>();
    String name = null;
    for (String raw : lines) {
      String line = comment(raw).strip();
      if (line.startsWith("&")) {
        name = line.substring(1).replaceAll("_+$", "").toUpperCase(Locale.ROOT);
        out.put(name, new ArrayList<>());
      } else if (name != null && line.startsWith("+")) {
        String word = line.substring(1).strip().toLowerCase(Locale.ROOT);
        if (!word.isEmpty()) {
          out.get(name).add(words(word));
        }
      } else if (line.isEmpty() || line.startsWith("---")) {
        name = null;
      }
    }
    return out;
  }

  /**
   * The slots of one side of a pattern. Words apart ("OVER EFFORTS") match in order with other words between them;
   * words joined by '_' ("DIPLOMATIC_RELATIONS", "NEW_&TIETYPES_RELATIONS") are one slot that matches only where they
   * stand next to each other, as TABARI and PETRARCH read them; a synonym set gives a slot one alternative per entry.
   */
  private static List<List<List<String>>> slots(String side, Map<String, List<List<String>>> synsets) {
    List<List<List<String>>> out = new ArrayList<>();
    for (String token : side.strip().split("\\s+")) {
      String t = token.strip();
      if (t.isEmpty() || t.equals("+") || t.equals("$") || t.equals("%") || t.equals("^") || t.startsWith("{")) {
        continue;
      }
      List<List<String>> group = List.of(List.of());
      for (String part : t.replaceAll("_+$", "").split("_+")) {
        String word = part.replaceAll("^[+$%^]+", "");
        if (word.isEmpty()) {
          continue;
        }
        List<List<String>> alternatives = word.startsWith("&")
            ? synsets.get(word.substring(1).toUpperCase(Locale.ROOT))
            : List.of(List.of(word.toLowerCase(Locale.ROOT)));
        if (alternatives == null || alternatives.isEmpty()) {
          continue; // a synonym set the dictionary does not define matches nothing and is left out
        }
        group = joined(group, alternatives);
      }
      if (!group.get(0).isEmpty()) {
        out.add(group);
      }
    }
    return List.copyOf(out);
  }

  /** Whether any alternative of any slot holds one of {@code words}. */
  private static boolean mentions(List<List<List<String>>> slots, Set<String> words) {
    for (List<List<String>> slot : slots) {
      for (List<String> alternative : slot) {
        for (String w : alternative) {
          if (words.contains(w.endsWith("_") ? w.substring(0, w.length() - 1) : w)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** Each alternative of {@code left} followed by each of {@code right}. */
  private static List<List<String>> joined(List<List<String>> left, List<List<String>> right) {
    List<List<String>> out = new ArrayList<>(left.size() * right.size());
    for (List<String> l : left) {
      for (List<String> r : right) {
        List<String> words = new ArrayList<>(l);
        words.addAll(r);
        out.add(List.copyOf(words));
      }
    }
    return List.copyOf(out);
  }

  /** A synonym such as "cease_fire_" as words; a final '_' (match whole) stays on the last word. */
  private static List<String> words(String synonym) {
    boolean whole = synonym.endsWith("_");
    List<String> out = new ArrayList<>();
    // words are joined by '_' or, in synonym sets, by spaces ("+SWISS FRANCS", "+DID N'T")
    for (String w : synonym.split("[_\\s]+")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    if (whole && !out.isEmpty()) {
      out.set(out.size() - 1, out.get(out.size() - 1) + "_");
    }
    return List.copyOf(out);
  }

  private static String first(String code) {
    return code.split(":")[0].strip();
  }

  private static String comment(String line) {
    int hash = line.indexOf('#');
    return hash < 0 ? line : line.substring(0, hash);
  }
}
