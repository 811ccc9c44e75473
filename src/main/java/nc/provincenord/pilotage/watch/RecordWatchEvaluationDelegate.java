package nc.provincenord.pilotage.watch;

import static nc.provincenord.pilotage.watch.WatchVariables.DECISION;
import static nc.provincenord.pilotage.watch.WatchVariables.DECISION_COMMENT;

import nc.provincenord.pilotage.process.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component
class RecordWatchEvaluationDelegate implements JavaDelegate {

  private final WatchItemRepository repository;

  RecordWatchEvaluationDelegate(WatchItemRepository repository) {
    this.repository = repository;
  }

  @Override
  public void execute(DelegateExecution execution) {
    repository.recordDecision(execution.getProcessInstanceId(), WatchDecision.valueOf(DECISION.get(execution)),
        DECISION_COMMENT.get(execution), CurrentUser.id(execution.getProcessEngineServices()).orElse(null));
  }
}
