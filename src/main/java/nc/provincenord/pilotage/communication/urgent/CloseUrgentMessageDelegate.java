package nc.provincenord.pilotage.communication.urgent;

import static nc.provincenord.pilotage.communication.urgent.UrgentVariables.AGENT;
import static nc.provincenord.pilotage.communication.urgent.UrgentVariables.STARTED_BY;
import static nc.provincenord.pilotage.communication.urgent.UrgentVariables.TITLE;

import java.time.Clock;
import nc.provincenord.pilotage.process.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Closes the message with what was published ({@link UrgentSteps#close}); the service and the sender are told. */
@Component
class CloseUrgentMessageDelegate implements JavaDelegate {

  private final UrgentSteps steps;
  private final Clock clock;

  CloseUrgentMessageDelegate(UrgentSteps steps, Clock clock) {
    this.steps = steps;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    steps.close(execution.getProcessInstanceId(), UrgentForm.publication(execution, clock), new UrgentSteps.Closing(
        TITLE.get(execution), AGENT.get(execution), STARTED_BY.get(execution),
        CurrentUser.id(execution.getProcessEngineServices()).orElse(null)));
  }
}
