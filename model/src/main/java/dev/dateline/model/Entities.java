package dev.dateline.model;

import java.util.List;
import java.util.Objects;

/**
 * Who is who within one article: each person, organisation, place or other named thing once, with its canonical
 * name, its titles and every mention of it (name variants, pronouns, descriptions).
 */
public record Entities(List<Entity> items) implements Layer {
  public static final LayerKey<Entities> KEY = new LayerKey<>("entities", Entities.class);

  public Entities {
    items = List.copyOf(items);
  }

  /** One entity; its span is that of its first mention, and {@code mentions} are sorted by span. */
  public record Entity(String id, Span span, String name, EntityType type, List<String> titles, List<Mention> mentions)
      implements Annotation {
    public Entity {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(type, "type");
      titles = List.copyOf(titles);
      mentions = List.copyOf(mentions);
      if (mentions.isEmpty()) {
        throw new IllegalArgumentException("entity " + id + " has no mention");
      }
    }
  }

  /** How an entity is mentioned: by a name, by a description ("the top US diplomat"), or by a pronoun. */
  public enum MentionKind {
    NAME,
    DESCRIPTION,
    PRONOUN
  }

  public record Mention(Span span, MentionKind kind) {
    public Mention {
      Objects.requireNonNull(span, "span");
      Objects.requireNonNull(kind, "kind");
    }
  }
}
