package nc.provincenord.pilotage.portfolio;

import nc.provincenord.pilotage.lifecycle.ProjectReads;
import nc.provincenord.pilotage.web.PilotagePages;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who may open a project's page: the portfolio's readers (project managers, steering committee,
 * administrators) every project; anyone else only a project of their own — its requester, its
 * project manager, or whoever recorded a decision on it (MOA, MOE, référent…). Read from the
 * lifecycle's read API, never from the request.
 */
@Component
public class ProjectAccess {

  private final ProjectReads projects;

  ProjectAccess(ProjectReads projects) {
    this.projects = projects;
  }

  public boolean mayRead(Authentication user, String businessKey) {
    return PilotagePages.isPortfolioReader(user) || (user != null && takesPart(user.getName(), businessKey));
  }

  /** The whole page, budgets included: the portfolio's readers only. */
  public boolean seesBudgets(Authentication user) {
    return PilotagePages.isPortfolioReader(user);
  }

  boolean takesPart(String userId, String businessKey) {
    return projects.takesPart(userId, businessKey);
  }
}
