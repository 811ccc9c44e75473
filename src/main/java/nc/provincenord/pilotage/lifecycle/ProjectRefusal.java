package nc.provincenord.pilotage.lifecycle;

import nc.provincenord.pilotage.lifecycle.events.ProjectRequestRefused;
import nc.provincenord.pilotage.notification.Recipients;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * A project refused or rejected: it ends as {@code REFUSED}, and the requester and the project manager
 * are told why, from the last refusal recorded (its stage in French, its comment, who decided).
 */
@Service
class ProjectRefusal {

  private final ProjectPortfolio portfolio;
  private final ApplicationEventPublisher events;

  ProjectRefusal(ProjectPortfolio portfolio, ApplicationEventPublisher events) {
    this.portfolio = portfolio;
    this.events = events;
  }

  void refuse(String businessKey, String title, String requester, String projectManager) {
    ProjectPortfolio.Decision refusal = portfolio.lastRefusal(businessKey);
    portfolio.finish(businessKey, Choices.ProjectStatus.REFUSED);
    events.publishEvent(new ProjectRequestRefused(businessKey, title, Recipients.users(requester, projectManager),
        refusal.stage().label(), refusal.comment(), refusal.decidedBy()));
  }
}
