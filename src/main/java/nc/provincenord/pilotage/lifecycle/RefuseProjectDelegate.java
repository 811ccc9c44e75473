package nc.provincenord.pilotage.lifecycle;

import nc.provincenord.pilotage.lifecycle.events.ProjectRequestRefused;
import nc.provincenord.pilotage.notification.Recipients;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import static nc.provincenord.pilotage.lifecycle.LifecycleVariables.PROJECT_MANAGER;
import static nc.provincenord.pilotage.lifecycle.LifecycleVariables.REQUESTER;
import static nc.provincenord.pilotage.lifecycle.LifecycleVariables.TITLE;

/** Ends a refused or rejected project and tells the requester why (the last refusal recorded). */
@Component
class RefuseProjectDelegate implements JavaDelegate {

  private final ProjectPortfolio portfolio;
  private final ApplicationEventPublisher events;

  RefuseProjectDelegate(ProjectPortfolio portfolio, ApplicationEventPublisher events) {
    this.portfolio = portfolio;
    this.events = events;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String businessKey = execution.getProcessBusinessKey();
    ProjectPortfolio.Decision refusal = portfolio.lastRefusal(businessKey);
    portfolio.finish(businessKey, Choices.ProjectStatus.REFUSED);
    events.publishEvent(new ProjectRequestRefused(businessKey, TITLE.get(execution),
        Recipients.users(REQUESTER.get(execution), PROJECT_MANAGER.get(execution)),
        refusal.stage().label(), refusal.comment(), refusal.decidedBy()));
  }
}
