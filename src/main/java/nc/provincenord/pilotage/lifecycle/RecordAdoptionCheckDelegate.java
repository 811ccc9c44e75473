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
 * Records an adoption measure; adoption is reached from the configured threshold (%). The gateway
 * reads the recorded measure ({@code projectRecord.adoptionReached}); the variable is for display.
 */
@Component
class RecordAdoptionCheckDelegate implements JavaDelegate {

  private final ProjectPortfolio portfolio;
  private final LifecycleSettings settings;

  RecordAdoptionCheckDelegate(ProjectPortfolio portfolio, LifecycleSettings settings) {
    this.portfolio = portfolio;
    this.settings = settings;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long rate = ADOPTION_RATE.get(execution);
    Long configured = ADOPTION_THRESHOLD.get(execution);
    long threshold = configured == null ? settings.adoptionThreshold() : configured;
    boolean reached = portfolio.recordAdoptionCheck(ProjectRef.of(execution), rate, threshold, ADOPTION_OBSERVATIONS.get(execution),
        CurrentUser.id(execution.getProcessEngineServices()).orElse(null));
    ADOPTION_REACHED.set(execution, reached);
  }
}
