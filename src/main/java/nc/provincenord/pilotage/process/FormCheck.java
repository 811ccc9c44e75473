package nc.provincenord.pilotage.process;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * Server-side validation of a submitted form. Camunda Forms validate only in the
 * browser; every start and complete listener checks again here. A failure throws
 * {@link FormFieldValidationException}: the REST API answers 400 with the French
 * message and the engine rolls the whole step back.
 */
public final class FormCheck {

  /** The longest text a Camunda string variable stores (its column holds 4 000 characters). */
  public static final int MAX_TEXT_VARIABLE = 4000;

  private final VariableScope scope;

  private FormCheck(VariableScope scope) {
    this.scope = scope;
  }

  public static FormCheck of(VariableScope scope) {
    return new FormCheck(scope);
  }

  public String requiredText(ProcessVariable<String> variable, String label, int maxLength) {
    String value = optionalText(variable, label, maxLength);
    if (value == null) {
      throw invalid(variable, "Le champ « " + label + " » est obligatoire.");
    }
    return value;
  }

  /** The trimmed text, or {@code null} when empty. */
  public String optionalText(ProcessVariable<String> variable, String label, int maxLength) {
    Object raw = variable.raw(scope);
    if (raw == null) {
      return null;
    }
    if (!(raw instanceof String text)) {
      throw invalid(variable, "Le champ « " + label + " » doit être un texte.");
    }
    String trimmed = text.strip();
    if (trimmed.isEmpty()) {
      return null;
    }
    if (trimmed.length() > maxLength) {
      throw invalid(variable,
          "Le champ « " + label + " » ne doit pas dépasser " + maxLength + " caractères (" + trimmed.length() + " saisis).");
    }
    if (trimmed.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
      throw invalid(variable, "Le champ « " + label + " » contient un caractère de contrôle : retirez-le.");
    }
    return trimmed;
  }

  /** A single-line text (a title, a name): line breaks and control characters are refused. */
  public String requiredLine(ProcessVariable<String> variable, String label, int maxLength) {
    String value = optionalLine(variable, label, maxLength);
    if (value == null) {
      throw invalid(variable, "Le champ « " + label + " » est obligatoire.");
    }
    return value;
  }

  public String optionalLine(ProcessVariable<String> variable, String label, int maxLength) {
    String value = optionalText(variable, label, maxLength);
    if (value != null && value.chars().anyMatch(Character::isISOControl)) {
      throw invalid(variable, "Le champ « " + label + " » tient sur une ligne : retirez les retours à la ligne et tabulations.");
    }
    return value;
  }

  private static final int SHOWN = 40;
  private static final int MAX_NUMBER_CHARACTERS = 25;
  private static final java.util.regex.Pattern WHOLE_NUMBER = java.util.regex.Pattern.compile("[+-]?\\d{1,19}(\\.0{1,5})?");
  /** Dates outside these years are typing mistakes (0000-01-01) or attempts (+999999999-12-31). */
  public static final int FIRST_YEAR = 2000;
  public static final int LAST_YEAR = 2100;

  /**
   * A bad value as a message may echo it: at most a short prefix, control characters made visible,
   * so an answer or a log line never carries a whole payload or a forged line.
   */
  public static String shown(Object value) {
    String text = String.valueOf(value);
    StringBuilder shown = new StringBuilder();
    int i = 0;
    for (; i < text.length() && i < SHOWN; i++) {
      char c = text.charAt(i);
      shown.append(Character.isISOControl(c) ? String.format("\\u%04x", (int) c) : String.valueOf(c));
    }
    return i < text.length() ? shown + "…" : shown.toString();
  }

  public String requiredHttpUrl(ProcessVariable<String> variable, String label) {
    String value = requiredText(variable, label, 2000);
    if (!isHttpUrl(value)) {
      throw invalid(variable, "Le champ « " + label + " » doit être une adresse web commençant par http:// ou https:// (reçu : « "
          + shown(value) + " »).");
    }
    return value;
  }

  public String optionalHttpUrl(ProcessVariable<String> variable, String label) {
    String value = optionalText(variable, label, 2000);
    if (value != null && !isHttpUrl(value)) {
      throw invalid(variable, "Le champ « " + label + " » doit être une adresse web commençant par http:// ou https:// (reçu : « "
          + shown(value) + " »).");
    }
    return value;
  }

  public <E extends Enum<E>> E requiredChoice(ProcessVariable<String> variable, String label, Class<E> choices) {
    String value = requiredText(variable, label, 100);
    try {
      return Enum.valueOf(choices, value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      throw invalid(variable, "La valeur « " + shown(value) + " » n'est pas un choix possible pour « " + label + " ».");
    }
  }

  /** A whole amount or count between the bounds, inclusive. */
  public long requiredWholeNumber(ProcessVariable<Long> variable, String label, long min, long max) {
    Object raw = variable.raw(scope);
    if (raw == null || (raw instanceof String text && text.isBlank())) {
      throw invalid(variable, "Le champ « " + label + " » est obligatoire.");
    }
    long value = wholeNumber(variable, label, raw);
    if (value < min || value > max) {
      throw invalid(variable, "Le champ « " + label + " » doit être compris entre " + min + " et " + max + " (reçu : " + value + ").");
    }
    return value;
  }

  /** Checked by type and shape before any parsing: a huge or odd value costs nothing and is not echoed whole. */
  private long wholeNumber(ProcessVariable<Long> variable, String label, Object raw) {
    if (raw instanceof Long || raw instanceof Integer || raw instanceof Short || raw instanceof Byte) {
      return ((Number) raw).longValue();
    }
    if (raw instanceof Double || raw instanceof Float) {
      double number = ((Number) raw).doubleValue();
      if (Double.isFinite(number) && number == Math.rint(number) && Math.abs(number) < 9.0e18) {
        return (long) number;
      }
      throw notWhole(variable, label, raw);
    }
    if (!(raw instanceof String) && !(raw instanceof Number)) {
      throw notWhole(variable, label, raw);
    }
    String text = raw.toString().strip();
    if (text.length() > MAX_NUMBER_CHARACTERS) {
      throw invalid(variable, "Le champ « " + label + " » doit être un nombre entier d'au plus 19 chiffres (reçu : « "
          + shown(raw) + " », " + text.length() + " caractères).");
    }
    if (!WHOLE_NUMBER.matcher(text).matches()) {
      throw notWhole(variable, label, raw);
    }
    try {
      return new BigDecimal(text).longValueExact();
    } catch (NumberFormatException | ArithmeticException notWhole) {
      throw notWhole(variable, label, raw);
    }
  }

  private static FormFieldValidationException notWhole(ProcessVariable<Long> variable, String label, Object raw) {
    return invalid(variable, "Le champ « " + label + " » doit être un nombre entier (reçu : « " + shown(raw) + " »).");
  }

  /**
   * One or more choices of a checklist: a Spin {@code Json} array (Tasklist), a Java collection,
   * or a comma-separated text (scripts). At least one is required.
   */
  public <E extends Enum<E>> Set<E> requiredChoices(ProcessVariable<?> variable, String label, Class<E> choices) {
    List<String> values = listValues(variable, label);
    if (values.isEmpty()) {
      throw invalid(variable, "Cochez au moins une valeur pour « " + label + " ».");
    }
    Set<E> result = EnumSet.noneOf(choices);
    for (String value : values) {
      try {
        result.add(Enum.valueOf(choices, value.toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException unknown) {
        throw invalid(variable, "La valeur « " + shown(value) + " » n'est pas un choix possible pour « " + label + " ».");
      }
    }
    return result;
  }

  private List<String> listValues(ProcessVariable<?> variable, String label) {
    Object raw = variable.raw(scope);
    List<String> values = new ArrayList<>();
    if (raw == null) {
      return values;
    }
    if (raw instanceof SpinJsonNode json) {
      if (json.isString()) {
        raw = json.stringValue();
      } else if (!json.isArray()) {
        throw invalid(variable, "Le champ « " + label + " » doit être une liste de valeurs.");
      } else {
        json.elements().forEach(element -> values.add(element.isString() ? element.stringValue() : element.toString()));
      }
    }
    if (raw instanceof Collection<?> collection) {
      collection.forEach(element -> values.add(String.valueOf(element)));
    } else if (raw instanceof String text) {
      for (String part : text.split(",")) {
        values.add(part);
      }
    } else if (!(raw instanceof SpinJsonNode)) {
      throw invalid(variable, "Le champ « " + label + " » doit être une liste de valeurs.");
    }
    return values.stream().map(String::strip).filter(value -> !value.isEmpty()).toList();
  }

  /**
   * The values picked in a list (a checklist), each one among the allowed codes (code => label),
   * without duplicates; at least {@code minimum} of them.
   */
  public List<String> selection(ProcessVariable<List<String>> variable, String label, Map<String, String> allowed, int minimum) {
    Object raw = variable.raw(scope);
    List<String> values = raw == null ? List.of() : ProcessVariable.texts(raw);
    if (values == null) {
      throw invalid(variable, "Le champ « " + label + " » doit être une liste de valeurs.");
    }
    LinkedHashSet<String> picked = new LinkedHashSet<>();
    for (String value : values) {
      String code = value == null ? "" : value.strip();
      if (!allowed.containsKey(code)) {
        throw invalid(variable, "La valeur « " + shown(code) + " » n'est pas un choix possible pour « " + label + " ».");
      }
      picked.add(code);
    }
    if (picked.size() < minimum) {
      throw invalid(variable, "Le champ « " + label + " » est obligatoire : choisissez au moins " + minimum + " valeur(s).");
    }
    return List.copyOf(picked);
  }

  /** A calendar date as Camunda Forms submits it ({@code 2025-06-30}) or typed ({@code 30/06/2025}), or {@code null} when empty. */
  public LocalDate optionalDate(ProcessVariable<String> variable, String label) {
    String value = optionalText(variable, label, 40);
    if (value == null) {
      return null;
    }
    LocalDate date = parseDate(value);
    if (date == null) {
      throw invalid(variable, "Le champ « " + label + " » doit être une date au format JJ/MM/AAAA (reçu : « " + shown(value) + " »).");
    }
    return withinYears(variable, label, date);
  }

  public LocalDate requiredDate(ProcessVariable<String> variable, String label) {
    LocalDate date = optionalDate(variable, label);
    if (date == null) {
      throw invalid(variable, "Le champ « " + label + " » est obligatoire.");
    }
    return date;
  }

  /** Refuses a date outside {@value #FIRST_YEAR}–{@value #LAST_YEAR}. */
  public static LocalDate withinYears(ProcessVariable<?> variable, String label, LocalDate date) {
    if (!sensibleYear(date.getYear())) {
      throw invalid(variable, "Le champ « " + label + " » doit être une date entre " + FIRST_YEAR + " et " + LAST_YEAR
          + " (reçu : " + shown(date) + ").");
    }
    return date;
  }

  public static boolean sensibleYear(int year) {
    return year >= FIRST_YEAR && year <= LAST_YEAR;
  }

  /** Refuses a date before {@code today} (a date wished for, a date postponed to). */
  public static LocalDate notInThePast(ProcessVariable<?> variable, String label, LocalDate date, LocalDate today) {
    if (date != null && date.isBefore(today)) {
      throw invalid(variable, "Le champ « " + label + " » ne peut pas être une date passée : choisissez aujourd'hui ou une date future.");
    }
    return date;
  }

  /** The date of a text, or {@code null} when it is not one: ISO ({@code 2025-08-01}, time ignored) or {@code 01/08/2025}. */
  public static LocalDate parseDate(String value) {
    String text = value.strip();
    try {
      return LocalDate.parse(text.length() > 10 && text.charAt(10) == 'T' ? text.substring(0, 10) : text);
    } catch (DateTimeParseException notIso) {
      try {
        return LocalDate.parse(text, DateTimeFormatter.ofPattern("dd/MM/uuuu"));
      } catch (DateTimeParseException notFrench) {
        return null;
      }
    }
  }

  /**
   * A date and time, as a form's date-time picker sends it: with an offset
   * ({@code 2025-08-01T09:00+11:00}) or without, then read in the given zone.
   */
  public OffsetDateTime requiredDateTime(ProcessVariable<String> variable, String label, ZoneId zone) {
    String value = requiredText(variable, label, 60);
    OffsetDateTime dateTime;
    try {
      dateTime = OffsetDateTime.parse(value);
    } catch (DateTimeParseException noOffset) {
      try {
        dateTime = LocalDateTime.parse(value).atZone(zone).toOffsetDateTime();
      } catch (DateTimeParseException notDateTime) {
        throw invalid(variable, "Le champ « " + label + " » doit être une date et une heure (reçu : « " + shown(value) + " »).");
      }
    }
    withinYears(variable, label, dateTime.toLocalDate());
    return dateTime;
  }

  /** Optional web links, one per line; each must be an http(s) address. */
  public List<String> optionalHttpUrls(ProcessVariable<String> variable, String label, int maxLength) {
    String value = optionalText(variable, label, maxLength);
    if (value == null) {
      return List.of();
    }
    List<String> links = value.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    for (String link : links) {
      if (!isHttpUrl(link)) {
        throw invalid(variable, "Chaque ligne du champ « " + label
            + " » doit être une adresse web commençant par http:// ou https:// (reçu : « " + shown(link) + " »).");
      }
    }
    return links;
  }

  /** A text that becomes required when a choice calls for it (a refusal needs its reason). */
  public String textRequiredWhen(boolean required, ProcessVariable<String> variable, String label, int maxLength, String why) {
    String value = optionalText(variable, label, maxLength);
    if (required && value == null) {
      throw invalid(variable, why + " : renseignez le champ « " + label + " ».");
    }
    return value;
  }

  /** A yes/no answer (checkbox): absent means no. */
  public boolean flag(ProcessVariable<Boolean> variable, String label) {
    Object raw = variable.raw(scope);
    if (raw == null) {
      return false;
    }
    if (raw instanceof Boolean value) {
      return value;
    }
    if (raw instanceof String text && (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false"))) {
      return Boolean.parseBoolean(text);
    }
    throw invalid(variable, "Le champ « " + label + " » doit valoir oui ou non (reçu : « " + shown(raw) + " »).");
  }

  static boolean isHttpUrl(String value) {
    try {
      URI uri = new URI(value);
      String scheme = uri.getScheme();
      return scheme != null
          && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
          && uri.getHost() != null
          && !uri.getHost().isBlank();
    } catch (URISyntaxException malformed) {
      return false;
    }
  }

  /**
   * Fields of a branch the person did not choose (e.g. the budget of an approval, on a
   * rejection): whatever was sent for them is dropped rather than kept unchecked.
   */
  public void discard(ProcessVariable<?>... variables) {
    for (ProcessVariable<?> variable : variables) {
      scope.removeVariable(variable.name());
    }
  }

  public static FormFieldValidationException invalid(ProcessVariable<?> variable, String message) {
    return new FormFieldValidationException(variable.name(), message);
  }
}
