package nc.provincenord.pilotage.watch;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

@Component
class ValidateWatchEvaluationListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    WatchItemForm.evaluation(task.getExecution());
  }
}
