package dev.dateline.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The rules of one robots.txt for one agent (RFC 9309): the groups naming the agent, else the {@code *} groups;
 * the longest matching Allow or Disallow decides, Allow on a tie; {@code *} matches any run, {@code $} the end.
 */
final class Robots {
  static final Robots ALLOW_ALL = new Robots(List.of());
  static final Robots DISALLOW_ALL = new Robots(List.of(new Rule(false, "/", Pattern.compile("/"))));

  private record Rule(boolean allow, String path, Pattern pattern) {}

  private record Group(List<String> agents, List<Rule> rules) {}

  private final List<Rule> rules;

  private Robots(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  /** The rules in {@code text} that apply to {@code agent}, a product token such as "Dateline". */
  static Robots parse(String text, String agent) {
    String me = agent.toLowerCase(Locale.ROOT);
    List<Group> groups = new ArrayList<>();
    Group current = null;
    boolean lastWasAgent = false;
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    for (String raw : body.split("\r\n|\r|\n")) {
      int hash = raw.indexOf('#');
      String line = (hash >= 0 ? raw.substring(0, hash) : raw).strip();
      int colon = line.indexOf(':');
      if (colon <= 0) {
        continue;
      }
      String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
      String value = line.substring(colon + 1).strip();
      switch (key) {
        case "user-agent" -> {
          if (current == null || !lastWasAgent) {
            current = new Group(new ArrayList<>(), new ArrayList<>());
            groups.add(current);
          }
          current.agents().add(value.toLowerCase(Locale.ROOT));
          lastWasAgent = true;
        }
        case "allow", "disallow" -> {
          lastWasAgent = false;
          if (current != null && !value.isEmpty()) {
            current.rules().add(new Rule(key.equals("allow"), value, compile(value)));
          }
        }
        default -> {
          // sitemap, crawl-delay and unknown lines neither open nor close a group
        }
      }
    }
    List<Rule> mine = new ArrayList<>();
    boolean named = false;
    for (Group g : groups) {
      if (g.agents().stream().anyMatch(a -> names(a, me))) {
        named = true;
        mine.addAll(g.rules());
      }
    }
    if (!named) {
      for (Group g : groups) {
        if (g.agents().contains("*")) {
          mine.addAll(g.rules());
        }
      }
    }
    return new Robots(mine);
  }

  // a group names us when its agent is our product token or the start of it, ignoring case (RFC 9309 2.2.1)
  private static boolean names(String groupAgent, String me) {
    return !groupAgent.isEmpty() && !groupAgent.equals("*") && me.startsWith(groupAgent);
  }

  /** Whether {@code pathAndQuery} (the raw path, plus "?query" when there is one) may be fetched. */
  boolean allows(String pathAndQuery) {
    String target = pathAndQuery.isEmpty() ? "/" : pathAndQuery;
    if (target.equals("/robots.txt")) {
      return true;
    }
    Rule best = null;
    for (Rule rule : rules) {
      if (rule.pattern().matcher(target).lookingAt()) {
        if (best == null
            || rule.path().length() > best.path().length()
            || (rule.path().length() == best.path().length() && rule.allow() && !best.allow())) {
          best = rule;
        }
      }
    }
    return best == null || best.allow();
  }

  private static Pattern compile(String path) {
    boolean anchored = path.endsWith("$");
    String body = anchored ? path.substring(0, path.length() - 1) : path;
    StringBuilder regex = new StringBuilder();
    for (String part : body.split("\\*", -1)) {
      if (!regex.isEmpty()) {
        regex.append(".*");
      }
      regex.append(Pattern.quote(part));
    }
    if (anchored) {
      regex.append('$');
    }
    return Pattern.compile(regex.toString(), Pattern.DOTALL);
  }
}
