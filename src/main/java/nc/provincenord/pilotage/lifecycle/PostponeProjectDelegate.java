package nc.provincenord.pilotage.lifecycle;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import nc.provincenord.pilotage.lifecycle.events.ProjectPostponed;
import nc.provincenord.pilotage.notification.Recipients;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import static nc.provincenord.pilotage.lifecycle.LifecycleVariables.ARBITRATION_COMMENT;
import static nc.provincenord.pilotage.lifecycle.LifecycleVariables.POSTPONED_UNTIL;
import static nc.provincenord.pilotage.lifecycle.LifecycleVariables.POSTPONEMENT_END;
import static nc.provincenord.pilotage.lifecycle.LifecycleVariables.PROJECT_MANAGER;
import static nc.provincenord.pilotage.lifecycle.LifecycleVariables.REQUESTER;
import static nc.provincenord.pilotage.lifecycle.LifecycleVariables.TITLE;

/** The committee postponed the project: it comes back to arbitration on that date at 07:00 (Nouméa). */
@Component
class PostponeProjectDelegate implements JavaDelegate {

  static final LocalTime RESUME_AT = LocalTime.of(7, 0);

  private final ApplicationEventPublisher events;
  private final Clock clock;

  PostponeProjectDelegate(ApplicationEventPublisher events, Clock clock) {
    this.events = events;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate until = LocalDate.parse(POSTPONED_UNTIL.get(execution));
    POSTPONEMENT_END.set(execution, Date.from(until.atTime(RESUME_AT).atZone(clock.getZone()).toInstant()));
    events.publishEvent(new ProjectPostponed(execution.getProcessBusinessKey(), TITLE.get(execution),
        Recipients.users(REQUESTER.get(execution), PROJECT_MANAGER.get(execution)), until,
        ARBITRATION_COMMENT.get(execution)));
  }
}
