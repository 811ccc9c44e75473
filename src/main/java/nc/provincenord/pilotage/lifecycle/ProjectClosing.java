package nc.provincenord.pilotage.lifecycle;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nc.provincenord.pilotage.lifecycle.events.ProjectClosed;
import nc.provincenord.pilotage.notification.Recipients;
import nc.provincenord.pilotage.security.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * A project closed: its lessons and end date recorded, its status {@code CLOSED}, and the requester,
 * the project manager, the steering committee and the business owners told, with planned against
 * actual and the days spent in each stage (French stage names).
 */
@Service
class ProjectClosing {

  private final ProjectPortfolio portfolio;
  private final ApplicationEventPublisher events;

  ProjectClosing(ProjectPortfolio portfolio, ApplicationEventPublisher events) {
    this.portfolio = portfolio;
    this.events = events;
  }

  /** The project's people as the process holds them, and what the closure form gave. */
  record Closure(String title, String requester, String projectManager, String lessonsLearned, LocalDate actualEndDate) {
  }

  void close(String businessKey, Closure closure) {
    ProjectPortfolio.ClosingFigures figures = portfolio.recordClosure(businessKey, closure.lessonsLearned(), closure.actualEndDate());
    portfolio.finish(businessKey, Choices.ProjectStatus.CLOSED);
    Map<String, Long> days = new LinkedHashMap<>();
    figures.timePerStage().forEach((stage, time) -> days.put(stage.label(), time.toDays()));
    events.publishEvent(new ProjectClosed(businessKey, closure.title(),
        Recipients.users(closure.requester(), closure.projectManager())
            .andGroups(List.of(Role.STEERING_COMMITTEE.groupId(), Role.BUSINESS_OWNERS.groupId())),
        figures.plannedBudget(), figures.consumedBudget(), figures.plannedEndDate(), figures.actualEndDate(), days,
        closure.lessonsLearned()));
  }
}
