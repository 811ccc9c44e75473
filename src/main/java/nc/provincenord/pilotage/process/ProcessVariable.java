package nc.provincenord.pilotage.process;

import java.util.Objects;
import org.camunda.bpm.engine.delegate.VariableScope;

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
   * A list or object submitted by a form (a checklist): Tasklist sends it as a Spin {@code Json}
   * value, a Java caller may pass a collection. Read it with {@link FormCheck}.
   */
  public static ProcessVariable<Object> json(String name) {
    return new ProcessVariable<>(name, Object.class);
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
    return type.cast(value);
  }

  public void set(VariableScope scope, T value) {
    scope.setVariable(name, value);
  }

  @Override
  public String toString() {
    return name;
  }
}
