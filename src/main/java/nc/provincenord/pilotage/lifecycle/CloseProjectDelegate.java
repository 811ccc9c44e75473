package nc.provincenord.pilotage.lifecycle;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nc.provincenord.pilotage.lifecycle.events.ProjectClosed;
import nc.provincenord.pilotage.notification.Recipients;
import nc.provincenord.pilotage.security.Role;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import static nc.provincenord.pilotage.lifecycle.LifecycleVariables.ACTUAL_END_DATE;
import static nc.provincenord.pilotage.lifecycle.LifecycleVariables.LESSONS_LEARNED;
import static nc.provincenord.pilotage.lifecycle.LifecycleVariables.PROJECT_MANAGER;
import static nc.provincenord.pilotage.lifecycle.LifecycleVariables.REQUESTER;
import static nc.provincenord.pilotage.lifecycle.LifecycleVariables.TITLE;

/** Closes the project: lessons learned, closing report (planned against actual), stakeholders told. */
@Component
class CloseProjectDelegate implements JavaDelegate {

  private final ProjectPortfolio portfolio;
  private final ApplicationEventPublisher events;

  CloseProjectDelegate(ProjectPortfolio portfolio, ApplicationEventPublisher events) {
    this.portfolio = portfolio;
    this.events = events;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String businessKey = execution.getProcessBusinessKey();
    ProjectPortfolio.ClosingFigures figures = portfolio.recordClosure(businessKey, LESSONS_LEARNED.get(execution),
        LocalDate.parse(ACTUAL_END_DATE.get(execution)));
    portfolio.finish(businessKey, Choices.ProjectStatus.CLOSED);
    Map<String, Long> days = new LinkedHashMap<>();
    figures.timePerStage().forEach((stage, time) -> days.put(stage.label(), time.toDays()));
    events.publishEvent(new ProjectClosed(businessKey, TITLE.get(execution),
        Recipients.users(REQUESTER.get(execution), PROJECT_MANAGER.get(execution))
            .andGroups(List.of(Role.STEERING_COMMITTEE.groupId(), Role.BUSINESS_OWNERS.groupId())),
        figures.plannedBudget(), figures.consumedBudget(), figures.plannedEndDate(), figures.actualEndDate(), days,
        LESSONS_LEARNED.get(execution)));
  }
}
