package dev.dateline.nlp.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
  private static final Pattern VERB_WORD = Pattern.compile("^[a-z][a-z'\\-]*$");

  final Map<String, List<CameoLexicon.Verb>> verbs = new HashMap<>();
  final Map<String, List<CameoLexicon.Pattern>> patterns = new HashMap<>();

  private PetrarchVerbs() {}

  /**
   * The verbs and patterns of a dictionary; {@code own} holds codes ("lemma particle" to code) that replace a verb's
   * default code.
   *
   * @throws IOException naming {@code source} and the line when a pattern has no '*' or no code
   */
  static PetrarchVerbs read(Reader reader, String source, Map<String, String> own) throws IOException {
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
        // patterns with words before the verb ("will *", "said would not *") are modality, which the stage reads
        // from its own cues, so they are not kept
        if (before.isEmpty() && !after.isEmpty()) {
          out.patterns.computeIfAbsent(block, k -> new ArrayList<>()).add(CameoLexicon.Pattern.of(before, after, code));
        }
        continue;
      }
      if (line.startsWith("+") && !Character.isLetter(line.charAt(1))) {
        continue;
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

  private static List<List<List<String>>> slots(String side, Map<String, List<List<String>>> synsets) {
    List<List<List<String>>> out = new ArrayList<>();
    for (String token : side.strip().split("\\s+")) {
      String t = token.strip();
      if (t.isEmpty() || t.equals("+") || t.equals("$") || t.equals("%") || t.equals("^") || t.startsWith("{")) {
        continue;
      }
      if (t.contains("&") && !synsets.containsKey(t.substring(t.indexOf('&') + 1).replaceAll("_+$", "")
          .toUpperCase(Locale.ROOT)) && t.indexOf('_') > 0 && t.indexOf('_') < t.length() - 1) {
        // a synonym set joined to words ("&TIETYPES_MEMOS", "MEMOS_ON_&TIETYPES"): each part is a slot
        out.addAll(slots(t.replaceAll("_+$", "").replace('_', ' '), synsets));
        continue;
      }
      if (t.startsWith("&")) {
        List<List<String>> alternatives = synsets.get(t.substring(1).replaceAll("_+$", "").toUpperCase(Locale.ROOT));
        if (alternatives != null && !alternatives.isEmpty()) {
          out.add(List.copyOf(alternatives));
        }
        continue;
      }
      String word = t.replaceAll("^[+$%^]+", "").toLowerCase(Locale.ROOT);
      // a multi-word item ("diplomatic_relations") is one slot of consecutive words
      for (String w : word.split("_+")) {
        if (!w.isEmpty()) {
          out.add(List.of(List.of(w)));
        }
      }
    }
    return List.copyOf(out);
  }

  /** A synonym such as "cease_fire_" as words; a final '_' (match whole) stays on the last word. */
  private static List<String> words(String synonym) {
    boolean whole = synonym.endsWith("_");
    List<String> out = new ArrayList<>();
    for (String w : synonym.split("_+")) {
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
