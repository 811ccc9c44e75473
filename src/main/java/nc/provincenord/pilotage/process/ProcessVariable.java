package nc.provincenord.pilotage.process;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * A process variable named once, with its type. Delegates, listeners and tests
 * read and write variables through these constants, never through raw strings.
 */
public final class ProcessVariable<T> {

  private final String name;
  private final Class<T> type;

  private ProcessVariable(String name, Class<T> type) {
    this.name = Objects.requireNonNull(name);
    this.type = Objects.requireNonNull(type);
  }

  public static ProcessVariable<String> text(String name) {
    return new ProcessVariable<>(name, String.class);
  }

  public static ProcessVariable<Long> number(String name) {
    return new ProcessVariable<>(name, Long.class);
  }

  public static ProcessVariable<Boolean> flag(String name) {
    return new ProcessVariable<>(name, Boolean.class);
  }

  /**
   * A list of texts, as a Camunda Forms checklist submits it (a {@code Json} array). Read from a
   * {@code Json} variable, a Java collection or a JSON text; written back as a {@code Json} array
   * so that Tasklist shows it again in a checklist.
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public static ProcessVariable<List<String>> textList(String name) {
    return new ProcessVariable<>(name, (Class) List.class);
  }

  /**
   * A list of records, as a Camunda Forms dynamic list submits it (a {@code Json} array of objects).
   * Read with {@link #raw}; written back as a {@code Json} value so that Tasklist shows it again.
   */
  public static ProcessVariable<SpinJsonNode> json(String name) {
    return new ProcessVariable<>(name, SpinJsonNode.class);
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
    Object value = scope.getVariable(name);
    if (value == null) {
      return null;
    }
    if (type == Long.class && value instanceof Number number) {
      return type.cast(number.longValue());
    }
    if (type == List.class) {
      return type.cast(texts(value));
    }
    return type.cast(value);
  }

  public void set(VariableScope scope, T value) {
    if (type == List.class && value != null) {
      scope.setVariable(name, SpinValues.jsonValue(Spin.JSON(new ArrayList<>((Collection<?>) value)).toString()).create());
      return;
    }
    if (type == SpinJsonNode.class && value != null) {
      scope.setVariable(name, SpinValues.jsonValue((SpinJsonNode) value).create());
      return;
    }
    scope.setVariable(name, value);
  }

  /** Writes the value on this scope only (a task's own execution), not on its parents. */
  public void setLocal(VariableScope scope, T value) {
    if (type == SpinJsonNode.class && value != null) {
      scope.setVariableLocal(name, SpinValues.jsonValue((SpinJsonNode) value).create());
      return;
    }
    scope.setVariableLocal(name, value);
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
