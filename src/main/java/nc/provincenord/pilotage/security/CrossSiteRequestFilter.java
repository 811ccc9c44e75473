package nc.provincenord.pilotage.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A state-changing request that a browser says comes from another site ({@code Sec-Fetch-Site}
 * other than {@code same-origin}/{@code none}, or an {@code Origin} that is not Pilotage's own) is
 * refused 403, whatever credentials it carries. Programs such as Camunda Modeler send neither header.
 */
final class CrossSiteRequestFilter extends OncePerRequestFilter {

  static final String MESSAGE = "Requête refusée : elle vient d'un autre site.";
  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
  private static final Set<String> OWN_SITE = Set.of("same-origin", "none");

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (!SAFE_METHODS.contains(request.getMethod()) && isCrossSite(request)) {
      JsonRefusal.write(response, HttpServletResponse.SC_FORBIDDEN, "CrossSiteRequest", MESSAGE);
      return;
    }
    chain.doFilter(request, response);
  }

  static boolean isCrossSite(HttpServletRequest request) {
    String site = request.getHeader("Sec-Fetch-Site");
    if (site != null && !OWN_SITE.contains(site.trim().toLowerCase(Locale.ROOT))) {
      return true;
    }
    String origin = request.getHeader("Origin");
    return origin != null && !sameOrigin(origin.trim(), request);
  }

  private static boolean sameOrigin(String origin, HttpServletRequest request) {
    try {
      URI uri = URI.create(origin);
      if (uri.getScheme() == null || uri.getHost() == null) {
        return false;
      }
      return uri.getScheme().equalsIgnoreCase(request.getScheme())
          && uri.getHost().equalsIgnoreCase(request.getServerName())
          && port(uri.getPort(), uri.getScheme()) == port(request.getServerPort(), request.getScheme());
    } catch (IllegalArgumentException notAnOrigin) {
      return false;
    }
  }

  private static int port(int port, String scheme) {
    if (port > 0) {
      return port;
    }
    return "https".equalsIgnoreCase(scheme) ? 443 : 80;
  }
}
