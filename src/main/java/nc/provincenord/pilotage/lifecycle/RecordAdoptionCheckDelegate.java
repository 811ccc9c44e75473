package nc.provincenord.pilotage.lifecycle;

import static nc.provincenord.pilotage.lifecycle.LifecycleVariables.ADOPTION_OBSERVATIONS;
import static nc.provincenord.pilotage.lifecycle.LifecycleVariables.ADOPTION_RATE;
import static nc.provincenord.pilotage.lifecycle.LifecycleVariables.ADOPTION_REACHED;
import static nc.provincenord.pilotage.lifecycle.LifecycleVariables.ADOPTION_THRESHOLD;

import nc.provincenord.pilotage.process.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Records an adoption measure through {@link AdoptionCheck}. The gateway reads the recorded measure
 * ({@code projectRecord.adoptionReached}); the variable is for display.
 */
@Component
class RecordAdoptionCheckDelegate implements JavaDelegate {

  private final AdoptionCheck check;

  RecordAdoptionCheckDelegate(AdoptionCheck check) {
    this.check = check;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ADOPTION_REACHED.set(execution, check.record(ProjectRef.of(execution), new AdoptionCheck.Measure(ADOPTION_RATE.get(execution),
        ADOPTION_THRESHOLD.get(execution), ADOPTION_OBSERVATIONS.get(execution),
        CurrentUser.id(execution.getProcessEngineServices()).orElse(null))));
  }
}
