package nc.provincenord.pilotage.process;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The variables a deployed Camunda Form may submit: the first segment of the key (or path) of each
 * keyed component, groups and dynamic lists included, minus the {@code disabled} and {@code readonly}
 * ones, which only show a value. Tasklist (form-js 1.8.7, {@code Form#_getSubmitData}) does not
 * submit disabled fields; a read-only one is never taken from a request either.
 */
record FormFields(String formId, Set<String> editable, Map<String, String> readOnlyLabels) {

  private static final ObjectMapper JSON = new ObjectMapper();
  /** Components that carry no value even when they have a key. */
  private static final Set<String> NOT_INPUTS = Set.of("button", "text", "html", "image", "separator", "spacer", "iframe");

  static FormFields parse(String fallbackId, InputStream form) {
    try (form) {
      JsonNode schema = JSON.readTree(form);
      Set<String> editable = new HashSet<>();
      Map<String, String> readOnly = new HashMap<>();
      collect(schema.path("components"), "", false, editable, readOnly);
      readOnly.keySet().removeAll(editable);
      return new FormFields(schema.path("id").asText(fallbackId), Set.copyOf(editable), Map.copyOf(readOnly));
    } catch (IOException unreadable) {
      throw new UncheckedIOException("Formulaire illisible : " + fallbackId, unreadable);
    }
  }

  /** A form that submits nothing (no form, or one that only shows values). */
  static FormFields none(String formId) {
    return new FormFields(formId, Set.of(), Map.of());
  }

  boolean isReadOnly(String variable) {
    return readOnlyLabels.containsKey(variable);
  }

  private static void collect(JsonNode components, String prefix, boolean lockedParent, Set<String> editable,
      Map<String, String> readOnly) {
    for (JsonNode component : components) {
      boolean locked = lockedParent || component.path("disabled").asBoolean(false) || isReadOnly(component.get("readonly"));
      String type = component.path("type").asText("");
      String label = component.path("label").asText("");
      if (component.has("components")) {
        String path = component.path("path").asText("");
        if ("dynamiclist".equals(type) && !path.isEmpty()) {
          add(prefix + path, label, locked, editable, readOnly);
        } else {
          collect(component.get("components"), path.isEmpty() ? prefix : prefix + path + ".", locked, editable, readOnly);
        }
      } else if (component.hasNonNull("key") && !NOT_INPUTS.contains(type)) {
        add(prefix + component.get("key").asText(), label, locked, editable, readOnly);
      }
    }
  }

  /** {@code true}, or a FEEL expression that may make the field read-only: read-only either way. */
  private static boolean isReadOnly(JsonNode readonly) {
    return readonly != null && (readonly.asBoolean(false) || (readonly.isTextual() && !readonly.asText().isBlank()
        && !"false".equals(readonly.asText())));
  }

  private static void add(String path, String label, boolean locked, Set<String> editable, Map<String, String> readOnly) {
    String variable = path.split("\\.", 2)[0];
    if (locked) {
      readOnly.putIfAbsent(variable, label);
    } else {
      editable.add(variable);
    }
  }
}
