package nc.provincenord.pilotage.lifecycle;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nc.provincenord.pilotage.lifecycle.ProjectPortfolio.AlertKind;
import nc.provincenord.pilotage.lifecycle.events.ApprovalEscalated;
import nc.provincenord.pilotage.lifecycle.events.ApprovalReminder;
import nc.provincenord.pilotage.notification.Recipients;
import nc.provincenord.pilotage.security.Role;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import static nc.provincenord.pilotage.lifecycle.LifecycleVariables.APPROVAL_DUE_DATE;
import static nc.provincenord.pilotage.lifecycle.LifecycleVariables.TITLE;

/** Reminder before an approval's due date and escalation after it: an alert row and an event. */
@Component
class ApprovalFollowUp {

  private final ProjectPortfolio portfolio;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  ApprovalFollowUp(ProjectPortfolio portfolio, ApplicationEventPublisher events, Clock clock) {
    this.portfolio = portfolio;
    this.events = events;
    this.clock = clock;
  }

  void remind(DelegateExecution execution) {
    Pending pending = pending(execution);
    Recipients recipients = Recipients.none().andUsers(pending.assignees()).andGroups(pending.groups());
    ProjectStage stage = portfolio.currentStage(execution.getProcessBusinessKey());
    portfolio.recordAlert(execution.getProcessBusinessKey(), AlertKind.APPROVAL_REMINDER, stage, recipients.describe(),
        "Relance avant échéance (" + dueDate(execution) + ") : " + String.join(", ", pending.taskNames()));
    events.publishEvent(new ApprovalReminder(execution.getProcessBusinessKey(), TITLE.get(execution), recipients, stage.label(),
        pending.taskNames(), dueDate(execution)));
  }

  void escalate(DelegateExecution execution) {
    Pending pending = pending(execution);
    Recipients recipients = Recipients.group(Role.STEERING_COMMITTEE.groupId());
    ProjectStage stage = portfolio.currentStage(execution.getProcessBusinessKey());
    portfolio.recordAlert(execution.getProcessBusinessKey(), AlertKind.APPROVAL_ESCALATION, stage, recipients.describe(),
        "Échéance dépassée (" + dueDate(execution) + ") : " + String.join(", ", pending.taskNames()));
    events.publishEvent(new ApprovalEscalated(execution.getProcessBusinessKey(), TITLE.get(execution), recipients, stage.label(),
        pending.taskNames(), dueDate(execution)));
  }

  private OffsetDateTime dueDate(DelegateExecution execution) {
    Date due = APPROVAL_DUE_DATE.get(execution);
    return due == null ? null : OffsetDateTime.ofInstant(due.toInstant(), clock.getZone());
  }

  /** The approval tasks still open in the process instance, and who holds them. */
  private static Pending pending(DelegateExecution execution) {
    TaskService tasks = execution.getProcessEngineServices().getTaskService();
    List<String> names = new ArrayList<>();
    Set<String> groups = new LinkedHashSet<>();
    Set<String> assignees = new LinkedHashSet<>();
    for (Task task : tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId()).active().list()) {
      names.add(task.getName());
      if (task.getAssignee() != null) {
        assignees.add(task.getAssignee());
      }
      for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
        if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
          groups.add(link.getGroupId());
        }
      }
    }
    return new Pending(names, groups, assignees);
  }

  private record Pending(List<String> taskNames, Set<String> groups, Set<String> assignees) {
  }
}
