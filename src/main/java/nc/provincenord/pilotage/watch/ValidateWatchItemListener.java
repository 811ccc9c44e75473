package nc.provincenord.pilotage.watch;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

@Component
class ValidateWatchItemListener implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    WatchItemForm.submission(execution);
  }
}
