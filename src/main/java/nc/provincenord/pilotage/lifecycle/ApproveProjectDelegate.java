package nc.provincenord.pilotage.lifecycle;

import java.util.Map;
import nc.provincenord.pilotage.lifecycle.events.ProjectApproved;
import nc.provincenord.pilotage.notification.Recipients;
import nc.provincenord.pilotage.security.Role;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import static nc.provincenord.pilotage.lifecycle.LifecycleVariables.ALLOCATED_BUDGET;
import static nc.provincenord.pilotage.lifecycle.LifecycleVariables.PRIORITY;
import static nc.provincenord.pilotage.lifecycle.LifecycleVariables.PROJECT_MANAGER;
import static nc.provincenord.pilotage.lifecycle.LifecycleVariables.REQUESTER;
import static nc.provincenord.pilotage.lifecycle.LifecycleVariables.TITLE;

/** The project passed its gates: the arbitration's budget and priority (MAJOR track) are recorded, people are told. */
@Component
class ApproveProjectDelegate implements JavaDelegate {

  static final Map<String, String> TRACK_LABELS = Map.of("LIGHT", "allégée (validation MOA)",
      "STANDARD", "standard (validation MOA et MOE)", "MAJOR", "majeure (arbitrage du comité de pilotage)");
  static final Map<String, String> PRIORITY_LABELS = Map.of("HIGH", "haute", "MEDIUM", "moyenne", "LOW", "basse");

  private final ProjectPortfolio portfolio;
  private final ApplicationEventPublisher events;

  ApproveProjectDelegate(ProjectPortfolio portfolio, ApplicationEventPublisher events) {
    this.portfolio = portfolio;
    this.events = events;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ProjectRef project = ProjectRef.of(execution);
    String track = portfolio.routeFacts(project).map(ProjectPortfolio.RouteFacts::track).orElse(null);
    boolean arbitrated = Choices.Track.MAJOR.name().equals(track)
        && portfolio.lastDecision(project, DecisionKind.ARBITRATION, null).filter("APPROVE"::equals).isPresent();
    Long allocated = arbitrated ? ALLOCATED_BUDGET.get(execution) : null;
    String priority = arbitrated ? PRIORITY.get(execution) : null;
    if (arbitrated) {
      portfolio.recordArbitration(execution.getProcessBusinessKey(), allocated, priority);
    }
    events.publishEvent(new ProjectApproved(execution.getProcessBusinessKey(), TITLE.get(execution),
        Recipients.users(REQUESTER.get(execution), PROJECT_MANAGER.get(execution)).andGroup(Role.BUSINESS_OWNERS.groupId()),
        TRACK_LABELS.get(track), allocated, priority == null ? null : PRIORITY_LABELS.get(priority)));
  }
}
