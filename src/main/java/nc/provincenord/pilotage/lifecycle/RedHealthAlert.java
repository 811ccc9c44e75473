package nc.provincenord.pilotage.lifecycle;

import java.util.Arrays;
import java.util.List;
import nc.provincenord.pilotage.lifecycle.HealthService.HealthLevel;
import nc.provincenord.pilotage.lifecycle.ProjectPortfolio.AlertKind;
import nc.provincenord.pilotage.lifecycle.events.ProjectTurnedRed;
import nc.provincenord.pilotage.notification.Recipients;
import nc.provincenord.pilotage.security.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * A red health: an alert row kept by the portfolio, and the steering committee and the project
 * manager told, with the last report's levels in French and its reasons one a line.
 */
@Service
class RedHealthAlert {

  private final ProjectPortfolio portfolio;
  private final ApplicationEventPublisher events;

  RedHealthAlert(ProjectPortfolio portfolio, ApplicationEventPublisher events) {
    this.portfolio = portfolio;
    this.events = events;
  }

  /** The last report as the process holds it: levels are {@link HealthLevel} names, reasons one a line. */
  record LastReport(String cost, String schedule, String quality, String reasons) {
  }

  void alert(String businessKey, String title, String projectManager, LastReport report) {
    List<String> reasons = report.reasons() == null ? List.of()
        : Arrays.stream(report.reasons().split("\n")).filter(line -> !line.isBlank()).toList();
    Recipients recipients = Recipients.group(Role.STEERING_COMMITTEE.groupId()).andUsers(projectManager);
    portfolio.recordAlert(businessKey, AlertKind.HEALTH_RED, ProjectStage.REALISATION, recipients.describe(),
        "Santé du projet passée au rouge. " + String.join(" ", reasons));
    events.publishEvent(new ProjectTurnedRed(businessKey, title, recipients, label(report.cost()), label(report.schedule()),
        label(report.quality()), reasons));
  }

  private static String label(String level) {
    return level == null ? null : HealthLevel.valueOf(level).label();
  }
}
