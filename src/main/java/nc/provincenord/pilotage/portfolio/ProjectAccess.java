package nc.provincenord.pilotage.portfolio;

import nc.provincenord.pilotage.web.PilotagePages;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who may open a project's page: the portfolio's readers (project managers, steering committee,
 * administrators) every project; anyone else only a project of their own — its requester, its
 * project manager, or whoever recorded a decision on it (MOA, MOE, référent…). Read from the
 * lifecycle's tables, never from the request.
 */
@Component
public class ProjectAccess {

  private final JdbcClient jdbc;

  ProjectAccess(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public boolean mayRead(Authentication user, String businessKey) {
    return PilotagePages.isPortfolioReader(user) || (user != null && takesPart(user.getName(), businessKey));
  }

  /** The whole page, budgets included: the portfolio's readers only. */
  public boolean seesBudgets(Authentication user) {
    return PilotagePages.isPortfolioReader(user);
  }

  boolean takesPart(String userId, String businessKey) {
    return jdbc.sql("""
            select count(*) from project p where p.business_key = :key
            and (p.requester = :me or p.project_manager = :me
                 or exists (select 1 from project_decision d where d.business_key = p.business_key and d.decided_by = :me))""")
        .param("key", businessKey).param("me", userId).query(Long.class).single() > 0;
  }
}
