package nc.provincenord.pilotage.lifecycle;

import nc.provincenord.pilotage.steering.PlanRepository;
import nc.provincenord.pilotage.steering.PlanValidation;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * When a status report falls due, its form is filled in with the project's milestones, risk register
 * and budget lines from the steering tables, in the task's own execution (two reports due at once
 * never share their answers). Display only: the form's rule checks what comes back against the tables.
 */
@Component
class PrepareStatusReportListener implements TaskListener {

  private final PlanValidation steering;
  private final PlanRepository plans;

  PrepareStatusReportListener(PlanValidation steering, PlanRepository plans) {
    this.steering = steering;
    this.plans = plans;
  }

  @Override
  public void notify(DelegateTask task) {
    steering.prefillStatusReport(task.getExecution(), plans.planOf(task.getExecution().getProcessBusinessKey()));
  }
}
