package nc.provincenord.pilotage.lifecycle;

import nc.provincenord.pilotage.engine.ModelHelper;
import static nc.provincenord.pilotage.lifecycle.LifecycleVariables.ROLLOUT_SITE;

import nc.provincenord.pilotage.lifecycle.Choices.AcceptanceDecision;
import nc.provincenord.pilotage.process.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * End listener of the deciding tasks, after the form check: records who decided what,
 * when and with which comment, e.g. {@code ${projectDecisions.record(execution, 'MOA_VALIDATION')}}.
 */
@ModelHelper
@Component("projectDecisions")
public class ProjectDecisions {

  private final ProjectPortfolio portfolio;

  public ProjectDecisions(ProjectPortfolio portfolio) {
    this.portfolio = portfolio;
  }

  public void record(DelegateExecution execution, String kindName) {
    if (execution.isCanceled()) {
      return;
    }
    DecisionKind kind = DecisionKind.valueOf(kindName);
    String businessKey = execution.getProcessBusinessKey();
    String decision = kind.decision().get(execution);
    String subject = kind == DecisionKind.SITE_ACCEPTANCE ? ROLLOUT_SITE.get(execution) : null;
    portfolio.recordDecision(ProjectRef.of(execution), kind, subject, decision, kind.comment().get(execution), decidedBy(execution));
    if (kind == DecisionKind.SITE_ACCEPTANCE && AcceptanceDecision.ACCEPT.name().equals(decision)) {
      portfolio.recordSiteAccepted(businessKey, subject);
    }
  }

  /** The installation in a commune is done. */
  public void installed(DelegateExecution execution) {
    if (!execution.isCanceled()) {
      portfolio.recordSiteInstalled(execution.getProcessBusinessKey(), ROLLOUT_SITE.get(execution));
    }
  }

  private static String decidedBy(DelegateExecution execution) {
    return CurrentUser.id(execution.getProcessEngineServices()).orElse(null);
  }
}
