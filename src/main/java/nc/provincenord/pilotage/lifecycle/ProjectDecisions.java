package nc.provincenord.pilotage.lifecycle;

import static nc.provincenord.pilotage.lifecycle.LifecycleVariables.ROLLOUT_SITE;

import nc.provincenord.pilotage.lifecycle.Choices.AcceptanceDecision;
import nc.provincenord.pilotage.process.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Complete listener of the deciding tasks, after the form check: records who decided what,
 * when and with which comment, e.g. {@code ${projectDecisions.record(task, 'MOA_VALIDATION')}}.
 */
@Component("projectDecisions")
public class ProjectDecisions {

  private final ProjectPortfolio portfolio;

  public ProjectDecisions(ProjectPortfolio portfolio) {
    this.portfolio = portfolio;
  }

  public void record(DelegateTask task, String kindName) {
    DecisionKind kind = DecisionKind.valueOf(kindName);
    String businessKey = task.getExecution().getProcessBusinessKey();
    String decision = kind.decision().get(task.getExecution());
    String subject = kind == DecisionKind.SITE_ACCEPTANCE ? (String) task.getExecution().getVariable(ROLLOUT_SITE) : null;
    portfolio.recordDecision(businessKey, kind, subject, decision, kind.comment().get(task.getExecution()), decidedBy(task));
    if (kind == DecisionKind.SITE_ACCEPTANCE && AcceptanceDecision.ACCEPT.name().equals(decision)) {
      portfolio.recordSiteAccepted(businessKey, subject);
    }
  }

  /** The installation in a commune is done. */
  public void installed(DelegateTask task) {
    portfolio.recordSiteInstalled(task.getExecution().getProcessBusinessKey(), (String) task.getExecution().getVariable(ROLLOUT_SITE));
  }

  private static String decidedBy(DelegateTask task) {
    return CurrentUser.id(task.getProcessEngineServices()).orElse(task.getAssignee());
  }
}
