package nc.provincenord.pilotage.lifecycle;

import static nc.provincenord.pilotage.lifecycle.LifecycleVariables.PROJECT_MANAGER;
import static nc.provincenord.pilotage.lifecycle.LifecycleVariables.REQUESTER;
import static nc.provincenord.pilotage.lifecycle.LifecycleVariables.TITLE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Ends a refused or rejected project: {@link ProjectRefusal} records it and tells the requester why. */
@Component
class RefuseProjectDelegate implements JavaDelegate {

  private final ProjectRefusal refusal;

  RefuseProjectDelegate(ProjectRefusal refusal) {
    this.refusal = refusal;
  }

  @Override
  public void execute(DelegateExecution execution) {
    refusal.refuse(execution.getProcessBusinessKey(), TITLE.get(execution), REQUESTER.get(execution),
        PROJECT_MANAGER.get(execution));
  }
}
