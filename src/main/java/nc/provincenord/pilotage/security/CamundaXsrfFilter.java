package nc.provincenord.pilotage.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A state-changing call to the web apps' API ({@code /camunda/api/**}) must carry Camunda's XSRF
 * token. Camunda's own {@code CsrfPreventionFilter} checks it too, but on a missing or wrong token
 * it invalidates the session: any site could log a user out with one forged POST. Refused here,
 * 403, the session untouched.
 */
final class CamundaXsrfFilter extends OncePerRequestFilter {

  /** Camunda's webapp CSRF token (CsrfConstants in camunda-webapp): session attribute and request header. */
  static final String SESSION_ATTRIBUTE = "CAMUNDA_CSRF_TOKEN";
  static final String HEADER = "X-XSRF-TOKEN";
  static final String MESSAGE = "Requête refusée : le jeton de sécurité des applications Camunda est absent ou faux.";
  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return SAFE_METHODS.contains(request.getMethod()) || !path.startsWith("/camunda/api/");
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (!carriesToken(request)) {
      JsonRefusal.write(response, HttpServletResponse.SC_FORBIDDEN, "CsrfException", MESSAGE);
      return;
    }
    chain.doFilter(request, response);
  }

  static boolean carriesToken(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    Object expected = session == null ? null : session.getAttribute(SESSION_ATTRIBUTE);
    String sent = request.getHeader(HEADER);
    return expected != null && sent != null && MessageDigest.isEqual(
        expected.toString().getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
  }
}
