package nc.provincenord.pilotage.lifecycle;

import static nc.provincenord.pilotage.lifecycle.LifecycleVariables.APPROVAL_DUE_DATE;
import static nc.provincenord.pilotage.lifecycle.LifecycleVariables.APPROVAL_REMINDER_DATE;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Sets the due date of the coming approval ({@code pilotage.lifecycle.approval-delay} from now)
 * and the reminder date before it: the approval tasks and their boundary timers read them.
 */
@Component
class SetApprovalDeadlineDelegate implements JavaDelegate {

  private final LifecycleSettings settings;
  private final Clock clock;

  SetApprovalDeadlineDelegate(LifecycleSettings settings, Clock clock) {
    this.settings = settings;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Instant due = clock.instant().plus(settings.approvalDelay());
    APPROVAL_DUE_DATE.set(execution, Date.from(due));
    APPROVAL_REMINDER_DATE.set(execution, Date.from(due.minus(settings.approvalReminderBefore())));
  }
}
