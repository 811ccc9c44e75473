package nc.provincenord.pilotage.lifecycle;

import java.util.Objects;
import nc.provincenord.pilotage.lifecycle.events.ProjectWithdrawn;
import nc.provincenord.pilotage.notification.Recipients;
import nc.provincenord.pilotage.security.Role;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * What a withdrawal leaves: the decision {@code WITHDRAW} with the reason, by the requester recorded
 * for the project; the project ended as {@code WITHDRAWN}; and the project manager who had taken the
 * analysis told, or the project managers' group when nobody had.
 */
@Service
class WithdrawalOutcome {

  static final String DECISION = "WITHDRAW";

  private final ProjectPortfolio portfolio;
  private final HistoryService history;
  private final ApplicationEventPublisher events;

  WithdrawalOutcome(ProjectPortfolio portfolio, HistoryService history, ApplicationEventPublisher events) {
    this.portfolio = portfolio;
    this.history = history;
    this.events = events;
  }

  void record(ProjectRef project, String title, String reason) {
    String requester = portfolio.requester(project).orElse(null);
    portfolio.recordDecision(project, DecisionKind.WITHDRAWAL, null, DECISION, reason, requester);
    portfolio.finish(project.businessKey(), Choices.ProjectStatus.WITHDRAWN);
    String analyst = analyst(project.processInstanceId());
    Recipients recipients = analyst != null ? Recipients.users(analyst) : Recipients.group(Role.PROJECT_MANAGERS.groupId());
    events.publishEvent(new ProjectWithdrawn(project.businessKey(), title, recipients, requester, reason));
  }

  /** The analysis task was claimed in an earlier transaction: its history row already holds the assignee. */
  private String analyst(String processInstanceId) {
    return history.createHistoricTaskInstanceQuery().processInstanceId(processInstanceId)
        .taskDefinitionKey(ProjectWithdrawal.ANALYSIS_TASK).orderByHistoricActivityInstanceStartTime().desc().list().stream()
        .map(HistoricTaskInstance::getAssignee).filter(Objects::nonNull).findFirst().orElse(null);
  }
}
