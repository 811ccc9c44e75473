package nc.provincenord.pilotage.lifecycle;

import nc.provincenord.pilotage.lifecycle.events.ProjectWithdrawn;
import nc.provincenord.pilotage.notification.Recipients;
import nc.provincenord.pilotage.security.Role;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import static nc.provincenord.pilotage.lifecycle.LifecycleVariables.TITLE;
import static nc.provincenord.pilotage.lifecycle.LifecycleVariables.WITHDRAWAL_REASON;

/**
 * After « Demande retirée par le demandeur »: records the withdrawal (decision {@code WITHDRAW}
 * with the reason, by the requester), ends the project as {@code WITHDRAWN} and tells the project
 * manager who had taken the analysis, or the project managers' group when nobody had.
 */
@Component
class WithdrawProjectDelegate implements JavaDelegate {

  static final String DECISION = "WITHDRAW";

  private final ProjectPortfolio portfolio;
  private final ApplicationEventPublisher events;

  WithdrawProjectDelegate(ProjectPortfolio portfolio, ApplicationEventPublisher events) {
    this.portfolio = portfolio;
    this.events = events;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ProjectRef project = ProjectRef.of(execution);
    String businessKey = project.businessKey();
    String requester = portfolio.requester(project).orElse(null);
    String reason = WITHDRAWAL_REASON.get(execution);
    portfolio.recordDecision(project, DecisionKind.WITHDRAWAL, null, DECISION, reason, requester);
    portfolio.finish(businessKey, Choices.ProjectStatus.WITHDRAWN);
    // The analysis task was claimed in an earlier transaction: its history row already holds the assignee.
    String analyst = execution.getProcessEngineServices().getHistoryService().createHistoricTaskInstanceQuery()
        .processInstanceId(execution.getProcessInstanceId()).taskDefinitionKey(ProjectWithdrawal.ANALYSIS_TASK)
        .orderByHistoricActivityInstanceStartTime().desc().list().stream()
        .map(HistoricTaskInstance::getAssignee).filter(java.util.Objects::nonNull).findFirst().orElse(null);
    Recipients recipients = analyst != null ? Recipients.users(analyst) : Recipients.group(Role.PROJECT_MANAGERS.groupId());
    events.publishEvent(new ProjectWithdrawn(businessKey, TITLE.get(execution), recipients, requester, reason));
  }
}
