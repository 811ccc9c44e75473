package nc.provincenord.pilotage.process;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nc.provincenord.pilotage.engine.TaskCompletionRule;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * An id that the process gives a task (the action, the site it is about) and that its form may
 * carry back: any other value is refused, so a task never acts on another task's item.
 */
public class FixedByTheProcess implements TaskCompletionRule {

  static final String REFUSED = "« %s » n'est pas %s de cette tâche : une tâche ne traite que ce que le processus lui a confié.";
  private static final int SHOWN = 40;

  private final String variable;
  private final String what;
  private final Set<String> taskKeys;

  protected FixedByTheProcess(String variable, String what, Set<String> taskKeys) {
    this.variable = variable;
    this.what = what;
    this.taskKeys = Set.copyOf(taskKeys);
  }

  @Override
  public Optional<String> refusal(DelegateTask task, String userId, Map<String, Object> submitted) {
    if (!taskKeys.contains(task.getTaskDefinitionKey()) || !submitted.containsKey(variable)) {
      return Optional.empty();
    }
    Object sent = submitted.get(variable);
    Object given = task.getVariable(variable);
    if (Objects.equals(text(sent), text(given))) {
      return Optional.empty();
    }
    return Optional.of(REFUSED.formatted(shown(text(sent)), what));
  }

  private static String text(Object value) {
    return value == null ? null : String.valueOf(value);
  }

  private static String shown(String value) {
    if (value == null) {
      return "";
    }
    String clean = value.replaceAll("\\p{Cntrl}", " ");
    return clean.length() <= SHOWN ? clean : clean.substring(0, SHOWN) + "…";
  }
}
