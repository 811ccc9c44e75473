package nc.provincenord.pilotage.lifecycle;

import java.util.Map;
import nc.provincenord.pilotage.lifecycle.events.ProjectApproved;
import nc.provincenord.pilotage.notification.Recipients;
import nc.provincenord.pilotage.security.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * A project passed its gates. The arbitration's budget and priority count only on the MAJOR track
 * whose last arbitration (as recorded, never as a variable says) approved it; the requester, the
 * project manager and the business owners are told, with the track and priority in French.
 */
@Service
class ProjectApproval {

  static final Map<String, String> TRACK_LABELS = Map.of("LIGHT", "allégée (validation MOA)",
      "STANDARD", "standard (validation MOA et MOE)", "MAJOR", "majeure (arbitrage du comité de pilotage)");
  static final Map<String, String> PRIORITY_LABELS = Map.of("HIGH", "haute", "MEDIUM", "moyenne", "LOW", "basse");

  private final ProjectPortfolio portfolio;
  private final ApplicationEventPublisher events;

  ProjectApproval(ProjectPortfolio portfolio, ApplicationEventPublisher events) {
    this.portfolio = portfolio;
    this.events = events;
  }

  /** The project's people as the process holds them, and what the arbitration form gave (ignored off the MAJOR track). */
  record Approved(String title, String requester, String projectManager, Long allocatedBudget, String priority) {
  }

  void approve(ProjectRef project, Approved approved) {
    String track = portfolio.routeFacts(project).map(ProjectPortfolio.RouteFacts::track).orElse(null);
    boolean arbitrated = Choices.Track.MAJOR.name().equals(track)
        && portfolio.lastDecision(project, DecisionKind.ARBITRATION, null).filter("APPROVE"::equals).isPresent();
    Long allocated = arbitrated ? approved.allocatedBudget() : null;
    String priority = arbitrated ? approved.priority() : null;
    if (arbitrated) {
      portfolio.recordArbitration(project.businessKey(), allocated, priority);
    }
    events.publishEvent(new ProjectApproved(project.businessKey(), approved.title(),
        Recipients.users(approved.requester(), approved.projectManager()).andGroup(Role.BUSINESS_OWNERS.groupId()),
        TRACK_LABELS.get(track), allocated, priority == null ? null : PRIORITY_LABELS.get(priority)));
  }
}
