package nc.provincenord.pilotage.steering;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import nc.provincenord.pilotage.process.FormCheck;
import nc.provincenord.pilotage.process.ProcessVariable;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;

/**
 * The rows of a dynamic list as submitted (a {@code Json} variable, a JSON text or Java lists and maps),
 * each read field by field with a French refusal naming the list, the row and the field.
 */
final class JsonRows {

  static final int MAX_ROWS = 100;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ProcessVariable<?> variable;
  private final String label;
  private final List<JsonNode> rows;

  private JsonRows(ProcessVariable<?> variable, String label, List<JsonNode> rows) {
    this.variable = variable;
    this.label = label;
    this.rows = rows;
  }

  static JsonRows of(VariableScope scope, ProcessVariable<?> variable, String label) {
    Object raw = variable.raw(scope);
    JsonNode node;
    try {
      if (raw == null) {
        node = JSON.createArrayNode();
      } else if (raw instanceof SpinJsonNode json) {
        node = JSON.readTree(json.toString());
      } else if (raw instanceof String text) {
        node = text.isBlank() ? JSON.createArrayNode() : JSON.readTree(text);
      } else if (raw instanceof Collection<?> || raw instanceof Map<?, ?>) {
        node = JSON.valueToTree(raw);
      } else {
        throw FormCheck.invalid(variable, "Le champ « " + label + " » doit être une liste.");
      }
    } catch (JsonProcessingException | IllegalArgumentException unreadable) {
      throw FormCheck.invalid(variable, "Le champ « " + label + " » doit être une liste (JSON illisible).");
    }
    if (node == null || node.isNull()) {
      node = JSON.createArrayNode();
    }
    if (!node.isArray()) {
      throw FormCheck.invalid(variable, "Le champ « " + label + " » doit être une liste.");
    }
    if (node.size() > MAX_ROWS) {
      throw FormCheck.invalid(variable, "Le champ « " + label + " » compte au plus " + MAX_ROWS + " lignes (" + node.size() + " reçues).");
    }
    List<JsonNode> rows = new ArrayList<>();
    for (JsonNode row : node) {
      if (!row.isObject()) {
        throw FormCheck.invalid(variable, "Chaque ligne du champ « " + label + " » doit être un ensemble de champs.");
      }
      rows.add(row);
    }
    return new JsonRows(variable, label, rows);
  }

  int size() {
    return rows.size();
  }

  Row row(int index) {
    return new Row(index + 1, rows.get(index));
  }

  List<Row> all() {
    List<Row> all = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      all.add(row(i));
    }
    return all;
  }

  RuntimeException refused(String message) {
    return FormCheck.invalid(variable, label + " : " + message + " Rien n'a été enregistré.");
  }

  static SpinJsonNode toJson(List<Map<String, Object>> rows) {
    ArrayNode array = JSON.valueToTree(rows);
    return Spin.JSON(array.toString());
  }

  /** One row, read field by field. */
  final class Row {

    private final int number;
    private final JsonNode fields;

    private Row(int number, JsonNode fields) {
      this.number = number;
      this.fields = fields;
    }

    int number() {
      return number;
    }

    RuntimeException refused(String message) {
      return JsonRows.this.refused("ligne " + number + ", " + message);
    }

    String optionalLine(String key, String fieldLabel, int maxLength) {
      JsonNode value = fields.get(key);
      if (value == null || value.isNull()) {
        return null;
      }
      if (!value.isTextual() && !value.isNumber()) {
        throw refused("le champ « " + fieldLabel + " » doit être un texte.");
      }
      String text = value.asText().strip();
      if (text.isEmpty()) {
        return null;
      }
      if (text.length() > maxLength) {
        throw refused("le champ « " + fieldLabel + " » ne doit pas dépasser " + maxLength + " caractères (" + text.length() + " saisis).");
      }
      if (text.chars().anyMatch(c -> Character.isISOControl(c) && (maxLength <= 500 || (c != '\n' && c != '\r' && c != '\t')))) {
        throw refused("le champ « " + fieldLabel + " » contient un retour à la ligne ou un caractère de contrôle : retirez-le.");
      }
      return text;
    }

    String requiredLine(String key, String fieldLabel, int maxLength) {
      String text = optionalLine(key, fieldLabel, maxLength);
      if (text == null) {
        throw refused("le champ « " + fieldLabel + " » est obligatoire.");
      }
      return text;
    }

    Long optionalWhole(String key, String fieldLabel, long min, long max) {
      JsonNode value = fields.get(key);
      if (value == null || value.isNull() || (value.isTextual() && value.asText().isBlank())) {
        return null;
      }
      long number;
      if (value.isIntegralNumber() && value.canConvertToLong()) {
        number = value.asLong();
      } else if (value.isNumber() && value.asDouble() == Math.rint(value.asDouble()) && Math.abs(value.asDouble()) < 1e15) {
        number = (long) value.asDouble();
      } else if (value.isTextual() && value.asText().strip().matches("[+-]?\\d{1,15}")) {
        number = Long.parseLong(value.asText().strip());
      } else {
        throw refused("le champ « " + fieldLabel + " » doit être un nombre entier (reçu : « " + FormCheck.shown(value.asText()) + " »).");
      }
      if (number < min || number > max) {
        throw refused("le champ « " + fieldLabel + " » doit être compris entre " + min + " et " + max + " (reçu : " + number + ").");
      }
      return number;
    }

    long requiredWhole(String key, String fieldLabel, long min, long max) {
      Long number = optionalWhole(key, fieldLabel, min, max);
      if (number == null) {
        throw refused("le champ « " + fieldLabel + " » est obligatoire.");
      }
      return number;
    }

    LocalDate optionalDate(String key, String fieldLabel) {
      String text = optionalLine(key, fieldLabel, 40);
      if (text == null) {
        return null;
      }
      LocalDate date = FormCheck.parseDate(text);
      if (date == null) {
        throw refused("le champ « " + fieldLabel + " » doit être une date au format JJ/MM/AAAA (reçu : « " + FormCheck.shown(text) + " »).");
      }
      if (!FormCheck.sensibleYear(date.getYear())) {
        throw refused("le champ « " + fieldLabel + " » doit être une date entre " + FormCheck.FIRST_YEAR + " et " + FormCheck.LAST_YEAR + ".");
      }
      return date;
    }

    LocalDate requiredDate(String key, String fieldLabel) {
      LocalDate date = optionalDate(key, fieldLabel);
      if (date == null) {
        throw refused("le champ « " + fieldLabel + " » est obligatoire.");
      }
      return date;
    }

    <E extends Enum<E>> E optionalChoice(String key, String fieldLabel, Class<E> choices) {
      String text = optionalLine(key, fieldLabel, 40);
      if (text == null) {
        return null;
      }
      try {
        return Enum.valueOf(choices, text.toUpperCase(java.util.Locale.ROOT));
      } catch (IllegalArgumentException unknown) {
        throw refused("la valeur « " + FormCheck.shown(text) + " » n'est pas un choix possible pour « " + fieldLabel + " ».");
      }
    }

    <E extends Enum<E>> E requiredChoice(String key, String fieldLabel, Class<E> choices) {
      E choice = optionalChoice(key, fieldLabel, choices);
      if (choice == null) {
        throw refused("le champ « " + fieldLabel + " » est obligatoire.");
      }
      return choice;
    }
  }
}
