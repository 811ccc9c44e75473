package nc.provincenord.pilotage.engine;

import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * A rule of a capability on who may complete some of its tasks, checked by the engine when a
 * logged-in user (not an administrator) completes a task, in the completion's transaction, after
 * the general rule (a member of the task's candidates, or the user the process named).
 */
public interface TaskCompletionRule {

  /**
   * The French reason to refuse {@code userId} completing {@code task} with the {@code submitted}
   * variables (plain values, not yet applied), or empty when it may.
   */
  Optional<String> refusal(DelegateTask task, String userId, Map<String, Object> submitted);
}
