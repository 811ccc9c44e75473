package nc.provincenord.pilotage.lifecycle;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import nc.provincenord.pilotage.lifecycle.events.ApprovalEscalated;
import nc.provincenord.pilotage.lifecycle.events.ApprovalReminder;
import nc.provincenord.pilotage.lifecycle.events.LifecycleNotification;
import nc.provincenord.pilotage.lifecycle.events.ProjectApproved;
import nc.provincenord.pilotage.lifecycle.events.ProjectClosed;
import nc.provincenord.pilotage.lifecycle.events.ProjectPostponed;
import nc.provincenord.pilotage.lifecycle.events.ProjectRequestRefused;
import nc.provincenord.pilotage.lifecycle.events.ProjectTurnedRed;
import nc.provincenord.pilotage.lifecycle.events.ProjectWithdrawn;
import nc.provincenord.pilotage.notification.Notifications;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns the lifecycle's events into mails through the outbox, in the transaction of
 * the step that published them (a synchronous listener: a step that rolls back
 * enqueues nothing). Texts live in {@code templates/mail/project-*}. Escalations and
 * red alerts reach every member of the group, opt-outs notwithstanding.
 */
@Component
class LifecycleMails {

  private final Notifications notifications;
  private final Clock clock;

  LifecycleMails(Notifications notifications, Clock clock) {
    this.notifications = notifications;
    this.clock = clock;
  }

  @EventListener
  void on(ProjectRequestRefused event) {
    send(event, "project-refused", "project-refused:" + event.businessKey(), false,
        Map.of("stage", event.stageLabel(), "reason", event.reason(), "decidedBy", nullToEmpty(event.decidedBy())));
  }

  @EventListener
  void on(ProjectWithdrawn event) {
    send(event, "project-withdrawn", "project-withdrawn:" + event.businessKey(), false,
        Map.of("requester", event.requester(), "reason", event.reason()));
  }

  @EventListener
  void on(ProjectApproved event) {
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("track", event.trackLabel());
    model.put("allocatedBudget", event.allocatedBudget());
    model.put("priority", event.priorityLabel());
    send(event, "project-approved", "project-approved:" + event.businessKey(), false, model);
  }

  @EventListener
  void on(ProjectPostponed event) {
    send(event, "project-postponed", "project-postponed:" + event.businessKey() + ":" + event.postponedUntil(), false,
        Map.of("postponedUntil", event.postponedUntil(), "comment", nullToEmpty(event.comment())));
  }

  @EventListener
  void on(ProjectClosed event) {
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("plannedBudget", event.plannedBudget());
    model.put("consumedBudget", event.consumedBudget());
    model.put("plannedEndDate", event.plannedEndDate());
    model.put("actualEndDate", event.actualEndDate());
    model.put("daysPerStage", event.daysPerStage());
    model.put("lessonsLearned", nullToEmpty(event.lessonsLearned()));
    send(event, "project-closed", "project-closed:" + event.businessKey(), false, model);
  }

  /** Each red report is its own event: the key carries the moment it was filed. */
  @EventListener
  void on(ProjectTurnedRed event) {
    send(event, "project-red", "project-red:" + event.businessKey() + ":" + clock.millis(), true, Map.of(
        "costHealth", event.costHealth(), "scheduleHealth", event.scheduleHealth(),
        "qualityHealth", event.qualityHealth(), "reasons", event.reasons()));
  }

  @EventListener
  void on(ApprovalReminder event) {
    send(event, "approval-reminder", "approval-reminder:" + event.businessKey() + ":" + event.stageLabel() + ":"
        + event.dueDate(), false, Map.of("stage", event.stageLabel(), "pendingTasks", event.pendingTasks(),
        "dueDate", event.dueDate()));
  }

  @EventListener
  void on(ApprovalEscalated event) {
    send(event, "approval-escalated", "approval-escalated:" + event.businessKey() + ":" + event.stageLabel() + ":"
        + event.dueDate(), true, Map.of("stage", event.stageLabel(), "pendingTasks", event.pendingTasks(),
        "dueDate", event.dueDate()));
  }

  private void send(LifecycleNotification event, String template, String eventKey, boolean mandatory,
                    Map<String, ?> details) {
    Map<String, Object> model = new LinkedHashMap<>(details);
    model.put("businessKey", event.businessKey());
    model.put("title", event.title());
    notifications.send(event.recipients(), eventKey, template, mandatory, model);
  }

  private static String nullToEmpty(String value) {
    return value == null ? "" : value;
  }
}
