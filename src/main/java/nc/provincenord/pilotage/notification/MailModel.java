package nc.provincenord.pilotage.notification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The variables of a mail kept in its outbox row until the dispatcher renders it: texts, numbers,
 * yes/no and instants only (an instant is shown in Pacific/Noumea either way). A model holding
 * anything else is not kept: its mail is rendered at once, as before.
 */
final class MailModel {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String INSTANT = "@instant";

  private MailModel() {
  }

  static Optional<String> write(Map<String, ?> model) {
    Map<String, Object> kept = new LinkedHashMap<>();
    for (Map.Entry<String, ?> entry : model.entrySet()) {
      Object value = entry.getValue();
      Instant instant = instant(value);
      if (instant != null) {
        kept.put(entry.getKey(), Map.of(INSTANT, instant.toString()));
      } else if (value == null || value instanceof String || value instanceof Boolean || value instanceof Long
          || value instanceof Integer) {
        kept.put(entry.getKey(), value);
      } else {
        return Optional.empty();
      }
    }
    try {
      return Optional.of(JSON.writeValueAsString(kept));
    } catch (JsonProcessingException unexpected) {
      return Optional.empty();
    }
  }

  static Map<String, Object> read(String json) {
    try {
      Map<String, Object> model = JSON.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() { });
      model.replaceAll((name, value) -> value instanceof Map<?, ?> tagged && tagged.get(INSTANT) instanceof String text
          ? Instant.parse(text) : value);
      return model;
    } catch (JsonProcessingException corrupt) {
      throw new IllegalStateException("Données du courriel illisibles : " + corrupt.getOriginalMessage(), corrupt);
    }
  }

  private static Instant instant(Object value) {
    if (value instanceof Date date) {
      return date.toInstant();
    }
    if (value instanceof Instant instant) {
      return instant;
    }
    if (value instanceof OffsetDateTime offset) {
      return offset.toInstant();
    }
    if (value instanceof ZonedDateTime zoned) {
      return zoned.toInstant();
    }
    return null;
  }
}
