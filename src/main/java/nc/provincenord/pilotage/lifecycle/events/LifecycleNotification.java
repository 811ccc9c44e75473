package nc.provincenord.pilotage.lifecycle.events;

import nc.provincenord.pilotage.notification.Recipients;

/**
 * Something people must be told about a project. Published through Spring's
 * {@code ApplicationEventPublisher} inside the engine transaction, so that a
 * {@code @TransactionalEventListener} (the notification outbox) sees it only if
 * the step commits. Texts are in French, ready to be put in a message.
 */
public sealed interface LifecycleNotification
    permits ProjectRequestRefused, ProjectApproved, ProjectPostponed, ProjectClosed, ProjectTurnedRed,
    ApprovalReminder, ApprovalEscalated, ProjectWithdrawn {

  /** {@code PRJ-<year>-<nnnn>}. */
  String businessKey();

  String title();

  Recipients recipients();
}
