package nc.provincenord.pilotage.lifecycle;

import java.util.Arrays;
import java.util.List;
import nc.provincenord.pilotage.lifecycle.ProjectPortfolio.AlertKind;
import nc.provincenord.pilotage.lifecycle.events.ProjectTurnedRed;
import nc.provincenord.pilotage.notification.Recipients;
import nc.provincenord.pilotage.process.ProcessVariable;
import nc.provincenord.pilotage.security.Role;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import static nc.provincenord.pilotage.lifecycle.LifecycleVariables.TITLE;
import static nc.provincenord.pilotage.lifecycle.LifecycleVariables.HEALTH_REASONS;

/** A red health: an alert row for the committee, and the committee and project manager are told. */
@Component
class AlertCommitteeDelegate implements JavaDelegate {

  private final ProjectPortfolio portfolio;
  private final ApplicationEventPublisher events;

  AlertCommitteeDelegate(ProjectPortfolio portfolio, ApplicationEventPublisher events) {
    this.portfolio = portfolio;
    this.events = events;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String businessKey = execution.getProcessBusinessKey();
    String reasonsText = HEALTH_REASONS.get(execution) == null ? "" : HEALTH_REASONS.get(execution);
    List<String> reasons = Arrays.stream(reasonsText.split("\n")).filter(line -> !line.isBlank()).toList();
    Recipients recipients = Recipients.group(Role.STEERING_COMMITTEE.groupId())
        .andUsers(LifecycleVariables.PROJECT_MANAGER.get(execution));
    portfolio.recordAlert(businessKey, AlertKind.HEALTH_RED, ProjectStage.REALISATION, recipients.describe(),
        "Santé du projet passée au rouge. " + String.join(" ", reasons));
    HealthLevels levels = HealthLevels.of(execution);
    events.publishEvent(new ProjectTurnedRed(businessKey, TITLE.get(execution), recipients, levels.cost(), levels.schedule(),
        levels.quality(), reasons));
  }

  /** The French labels of the last report's levels, kept by the portfolio. */
  private record HealthLevels(String cost, String schedule, String quality) {
    static HealthLevels of(DelegateExecution execution) {
      return new HealthLevels(label(execution, LifecycleVariables.HEALTH_COST), label(execution, LifecycleVariables.HEALTH_SCHEDULE),
          label(execution, LifecycleVariables.HEALTH_QUALITY));
    }

    private static String label(DelegateExecution execution, ProcessVariable<String> level) {
      String value = level.get(execution);
      return value == null ? null : HealthService.HealthLevel.valueOf(value).label();
    }
  }
}
