package nc.provincenord.pilotage.process;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * A process variable named once, with its type. Delegates, listeners and tests
 * read and write variables through these constants, never through raw strings.
 * {@link #getLocal}/{@link #setLocal} read and write the same variable on the scope's own level
 * (a multi-instance body's element, a task), never on a parent's.
 */
public final class ProcessVariable<T> {

  /**
   * The most characters a {@code String} variable holds: Camunda stores it in {@code TEXT_},
   * {@code varchar(4000)} in ACT_RU_VARIABLE, ACT_HI_VARINST and ACT_HI_DETAIL on H2 and PostgreSQL
   * (Camunda's own Liquibase changelog); a longer value fails when the step is flushed (a 500), so
   * forms refuse it first (a French 400).
   */
  public static final int TEXT_MAX = 4000;

  private enum Kind { PLAIN, NUMBER, TEXT_LIST, OBJECT_LIST, JSON }

  private final String name;
  private final Class<T> type;
  private final Kind kind;

  private ProcessVariable(String name, Class<T> type, Kind kind) {
    this.name = Objects.requireNonNull(name);
    this.type = Objects.requireNonNull(type);
    this.kind = kind;
  }

  public static ProcessVariable<String> text(String name) {
    return new ProcessVariable<>(name, String.class, Kind.PLAIN);
  }

  public static ProcessVariable<Long> number(String name) {
    return new ProcessVariable<>(name, Long.class, Kind.NUMBER);
  }

  public static ProcessVariable<Boolean> flag(String name) {
    return new ProcessVariable<>(name, Boolean.class, Kind.PLAIN);
  }

  /** A point in time, as timers ({@code timeDate}) and due dates ({@code camunda:dueDate}) read it. */
  public static ProcessVariable<Date> date(String name) {
    return new ProcessVariable<>(name, Date.class, Kind.PLAIN);
  }

  /**
   * A list of values kept as a Java list serialized to JSON by Spin ({@code application/json}):
   * a multi-instance {@code camunda:collection} iterates it, Cockpit shows it as JSON.
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public static <E> ProcessVariable<List<E>> objectList(String name, Class<E> elementType) {
    Objects.requireNonNull(elementType);
    return new ProcessVariable<>(name, (Class) List.class, Kind.OBJECT_LIST);
  }

  /**
   * A list of texts, as a Camunda Forms checklist submits it (a {@code Json} array). Read from a
   * {@code Json} variable, a Java collection or a JSON text; written back as a {@code Json} array
   * so that Tasklist shows it again in a checklist.
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public static ProcessVariable<List<String>> textList(String name) {
    return new ProcessVariable<>(name, (Class) List.class, Kind.TEXT_LIST);
  }

  /**
   * A list of records, as a Camunda Forms dynamic list submits it (a {@code Json} array of objects).
   * Read with {@link #raw}; written back as a {@code Json} value so that Tasklist shows it again.
   */
  public static ProcessVariable<SpinJsonNode> json(String name) {
    return new ProcessVariable<>(name, SpinJsonNode.class, Kind.JSON);
  }

  public String name() {
    return name;
  }

  public Class<T> type() {
    return type;
  }

  /** The raw value, whatever its type: for validation, which must report wrong types in French. */
  public Object raw(VariableScope scope) {
    return scope.getVariable(name);
  }

  /** The typed value, or {@code null} when absent; numbers of any width are read as {@code Long}. */
  public T get(VariableScope scope) {
    return typed(scope.getVariable(name));
  }

  /** The typed value of the scope's own variable (not a parent's), or {@code null}. */
  public T getLocal(VariableScope scope) {
    return typed(scope.getVariableLocal(name));
  }

  public void set(VariableScope scope, T value) {
    scope.setVariable(name, stored(value));
  }

  /** Writes the variable on the scope's own level, hiding a parent's of the same name. */
  public void setLocal(VariableScope scope, T value) {
    scope.setVariableLocal(name, stored(value));
  }

  /** The value as the engine stores it: what {@link #set} writes, for a start or a completion map. */
  public Object stored(T value) {
    if (value == null) {
      return null;
    }
    return switch (kind) {
      case TEXT_LIST -> SpinValues.jsonValue(Spin.JSON(new ArrayList<>((Collection<?>) value)).toString()).create();
      case OBJECT_LIST -> Variables.objectValue(new ArrayList<>((Collection<?>) value))
          .serializationDataFormat(Variables.SerializationDataFormats.JSON).create();
      case JSON -> SpinValues.jsonValue((SpinJsonNode) value).create();
      default -> value;
    };
  }

  private T typed(Object value) {
    if (value == null) {
      return null;
    }
    return switch (kind) {
      case NUMBER -> value instanceof Number number ? type.cast(number.longValue()) : type.cast(value);
      case TEXT_LIST -> type.cast(texts(value));
      case OBJECT_LIST -> type.cast(value instanceof Collection<?> collection ? java.util.Collections.unmodifiableList(new ArrayList<>(collection)) : null);
      default -> type.cast(value);
    };
  }

  /** The texts of a list value; {@code null} when the value is not a list. */
  static List<String> texts(Object value) {
    if (value instanceof String text) {
      if (text.isBlank()) {
        return List.of();
      }
      try {
        return texts(Spin.JSON(text));
      } catch (RuntimeException notJson) {
        return null;
      }
    }
    List<String> result = new ArrayList<>();
    if (value instanceof SpinJsonNode node) {
      if (!node.isArray()) {
        return null;
      }
      for (SpinJsonNode element : node.elements()) {
        result.add(element.isString() ? element.stringValue() : element.toString());
      }
      return result;
    }
    if (value instanceof Collection<?> collection) {
      for (Object element : collection) {
        result.add(String.valueOf(element));
      }
      return result;
    }
    return null;
  }

  @Override
  public String toString() {
    return name;
  }
}
