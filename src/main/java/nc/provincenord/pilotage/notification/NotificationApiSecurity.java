package nc.provincenord.pilotage.notification;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * The JSON API of notifications is for scripts, like {@code /engine-rest}: HTTP Basic,
 * no session, hence no CSRF token to fetch. Administrators only for the outbox
 * (checked by the controller, 403 otherwise); any user for their own preferences.
 */
@Configuration(proxyBeanMethods = false)
class NotificationApiSecurity {

  @Bean
  @Order(1)
  SecurityFilterChain notificationApiChain(HttpSecurity http) throws Exception {
    return http
        .securityMatcher(PathPatternRequestMatcher.withDefaults().matcher("/api/notifications/**"))
        .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
        .httpBasic(basic -> basic.realmName("Pilotage"))
        .exceptionHandling(errors -> errors.authenticationEntryPoint((request, response, exception) -> {
          response.setHeader("WWW-Authenticate", "Basic realm=\"Pilotage\"");
          response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
          response.setContentType("application/json;charset=UTF-8");
          response.getWriter().write("{\"message\":\"Authentification requise.\"}");
        }))
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(csrf -> csrf.disable())
        .build();
  }
}
