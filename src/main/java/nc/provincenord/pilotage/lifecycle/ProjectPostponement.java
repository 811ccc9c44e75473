package nc.provincenord.pilotage.lifecycle;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import nc.provincenord.pilotage.lifecycle.events.ProjectPostponed;
import nc.provincenord.pilotage.notification.Recipients;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * The steering committee postponed a project until a date: it comes back to arbitration that day at
 * 07:00 in the province's time zone (the injected clock's, Pacific/Noumea), and the requester and
 * the project manager are told.
 */
@Service
class ProjectPostponement {

  static final LocalTime RESUME_AT = LocalTime.of(7, 0);

  private final ApplicationEventPublisher events;
  private final Clock clock;

  ProjectPostponement(ApplicationEventPublisher events, Clock clock) {
    this.events = events;
    this.clock = clock;
  }

  /** The project's people as the process holds them, and what the arbitration form gave. */
  record Postponed(String title, String requester, String projectManager, LocalDate until, String comment) {
  }

  /** Tells the people and returns when the project comes back to arbitration. */
  Instant postpone(String businessKey, Postponed postponed) {
    events.publishEvent(new ProjectPostponed(businessKey, postponed.title(),
        Recipients.users(postponed.requester(), postponed.projectManager()), postponed.until(), postponed.comment()));
    return postponed.until().atTime(RESUME_AT).atZone(clock.getZone()).toInstant();
  }
}
