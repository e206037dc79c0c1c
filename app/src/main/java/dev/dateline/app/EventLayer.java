package dev.dateline.app;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dateline.model.Events;
import dev.dateline.model.Span;
import java.util.List;
import java.util.Locale;

/**
 * The JSON of the events layer, as docs/events-codebook.md documents it: {@code [{id, type, mode, cameo, actors,
 * targets, place, date, modality, trigger, sentence, quote, confidence}]}.
 */
final class EventLayer {
  private EventLayer() {}

  static LayerMapper<Events> mapper() {
    return LayerMapper.of(Events.KEY, (layer, document, nodes) -> {
      String text = document.text();
      ArrayNode items = nodes.arrayNode();
      for (Events.Event e : layer.items()) {
        ObjectNode item = items.addObject().put("id", e.id()).put("type", e.type().name());
        if (e.mode().isPresent()) {
          item.put("mode", e.mode().get());
        } else {
          item.putNull("mode");
        }
        if (e.coded()) {
          item.putObject("cameo").put("root", e.cameoRoot()).put("code", e.cameo());
        } else {
          item.putNull("cameo"); // an OTHER event: an action no CAMEO code covers
        }
        participants(item.putArray("actors"), e.actors(), text);
        participants(item.putArray("targets"), e.targets(), text);
        if (e.place().isPresent()) {
          Events.Place p = e.place().get();
          ObjectNode place = span(item.putObject("place").put("name", p.name()), p.span(), text);
          place.put("entity", p.entity().orElse(null));
        } else {
          item.putNull("place");
        }
        if (e.date().isPresent()) {
          Events.EventDate d = e.date().get();
          ObjectNode date = item.putObject("date").put("value", d.value())
              .put("granularity", lower(d.granularity().name())).put("source", lower(d.source().name()));
          if (d.evidence().isPresent()) {
            span(date.putObject("evidence"), d.evidence().get(), text);
          }
        } else {
          item.putNull("date");
        }
        item.put("modality", lower(e.modality().name()));
        span(item.putObject("trigger"), e.span(), text);
        item.putObject("sentence").put("begin", e.sentence().begin()).put("end", e.sentence().end());
        item.put("quote", e.quote().orElse(null));
        item.put("confidence", e.confidence());
      }
      return items;
    });
  }

  private static void participants(ArrayNode array, List<Events.Participant> participants, String text) {
    for (Events.Participant p : participants) {
      ObjectNode node = array.addObject().put("entity", p.entity().orElse(null)).put("name", p.name())
          .put("code", p.code().orElse(null));
      span(node, p.span(), text);
    }
  }

  private static ObjectNode span(ObjectNode item, Span span, String text) {
    return item.put("text", span.of(text)).put("begin", span.begin()).put("end", span.end());
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
