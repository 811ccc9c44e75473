package nc.provincenord.pilotage.network;

import static nc.provincenord.pilotage.network.MeetingVariables.*;

import java.time.LocalTime;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Names the action's task after it, assigns it to its owner with its due date, and declares the
 * form's variables locally so that parallel actions never share their answers.
 */
@Component
class PrepareReferentActionListener implements TaskListener {

  private final MeetingRepository repository;

  PrepareReferentActionListener(MeetingRepository repository) {
    this.repository = repository;
  }

  @Override
  public void notify(DelegateTask task) {
    DelegateExecution execution = task.getExecution();
    String actionId = ACTION_ID.get(execution);
    ActionItem action = repository.action(actionId)
        .orElseThrow(() -> new IllegalStateException("Action de réunion introuvable : " + actionId));
    task.setName(truncate("Action : " + action.what(), 255));
    task.setAssignee(action.owner());
    task.setDueDate(Date.from(action.dueDate().atTime(LocalTime.of(17, 0)).atZone(java.time.ZoneId.systemDefault()).toInstant()));
    ACTION_WHAT.setLocal(execution, action.what());
    ACTION_DUE.setLocal(execution, action.dueDate().toString());
    ACTION_OUTCOME.setLocal(execution, null);
    ACTION_COMMENT.setLocal(execution, null);
  }

  private static String truncate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
