package nc.provincenord.pilotage.accounts;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Open sessions carry on while the directory is down. Camunda's web apps re-read a session's
 * user and groups from the identity service once its cache has expired (AuthenticationFilter,
 * AuthenticationUtil.updateCache); with the directory unreachable that read throws, and every
 * Tasklist request of the session would be a 500. Placed before that filter, this one checks
 * the directory only when a refresh is due, and if it is unreachable keeps the groups already
 * known for another minute.
 */
class DirectoryOutageSessions extends OncePerRequestFilter {

  static final long GRACE_MILLIS = 60_000;
  private static final Logger LOG = LoggerFactory.getLogger(DirectoryOutageSessions.class);

  private final DirectoryHealthIndicator directory;

  DirectoryOutageSessions(DirectoryHealthIndicator directory) {
    this.directory = directory;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    HttpSession session = request.getSession(false);
    if (session != null) {
      Date now = ClockUtil.getCurrentTime();
      Boolean reachable = null;
      for (UserAuthentication authentication : AuthenticationUtil.getAuthsFromSession(session).getAuthentications()) {
        Date due = authentication.getCacheValidationTime();
        if (due == null || now.after(due)) {
          if (reachable == null) {
            reachable = directory.isReachable();
          }
          if (!reachable) {
            authentication.setCacheValidationTime(new Date(now.getTime() + GRACE_MILLIS));
            LOG.warn("Annuaire injoignable : la session de {} garde ses groupes connus", authentication.getIdentityId());
          }
        }
      }
    }
    chain.doFilter(request, response);
  }
}
