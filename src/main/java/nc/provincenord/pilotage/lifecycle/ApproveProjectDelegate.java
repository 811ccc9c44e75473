package nc.provincenord.pilotage.lifecycle;

import static nc.provincenord.pilotage.lifecycle.LifecycleVariables.ALLOCATED_BUDGET;
import static nc.provincenord.pilotage.lifecycle.LifecycleVariables.PRIORITY;
import static nc.provincenord.pilotage.lifecycle.LifecycleVariables.PROJECT_MANAGER;
import static nc.provincenord.pilotage.lifecycle.LifecycleVariables.REQUESTER;
import static nc.provincenord.pilotage.lifecycle.LifecycleVariables.TITLE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The project passed its gates: {@link ProjectApproval} records the arbitration and tells people. */
@Component
class ApproveProjectDelegate implements JavaDelegate {

  private final ProjectApproval approval;

  ApproveProjectDelegate(ProjectApproval approval) {
    this.approval = approval;
  }

  @Override
  public void execute(DelegateExecution execution) {
    approval.approve(ProjectRef.of(execution), new ProjectApproval.Approved(TITLE.get(execution), REQUESTER.get(execution),
        PROJECT_MANAGER.get(execution), ALLOCATED_BUDGET.get(execution), PRIORITY.get(execution)));
  }
}
