package nc.provincenord.pilotage.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * When an administrator unlocks a user in Admin (Camunda's {@code POST /user/{id}/unlock}, which
 * the engine allows to {@code camunda-admin} only), the {@link LoginThrottle} forgets that account too.
 */
@Configuration(proxyBeanMethods = false)
class UnlockHook {

  private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();
  private static final RequestMatcher UNLOCK = new OrRequestMatcher(
      PATHS.matcher(HttpMethod.POST, "/engine-rest/user/{id}/unlock"),
      PATHS.matcher(HttpMethod.POST, "/camunda/api/engine/engine/{engine}/user/{id}/unlock"));

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> unlockHookFilter(LoginThrottle throttle) {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
      @Override
      protected boolean shouldNotFilter(HttpServletRequest request) {
        return !UNLOCK.matches(request);
      }

      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        chain.doFilter(request, response);
        if (response.getStatus() == HttpServletResponse.SC_NO_CONTENT) {
          throttle.unlock(UNLOCK.matcher(request).getVariables().get("id"));
        }
      }
    });
    registration.setName("pilotage-unlock-hook");
    registration.setOrder(100);
    return registration;
  }
}
