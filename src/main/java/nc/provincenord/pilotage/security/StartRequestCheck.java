package nc.provincenord.pilotage.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code /submit-form} takes the same body as {@code /start} but silently ignores its start
 * instructions and skip flags: for a caller outside {@code camunda-admin} they are refused here,
 * as the engine refuses them on {@code /start} (see {@code engine/ProcessStartGuard}), so nobody
 * believes a start in the middle happened or may happen.
 */
@Configuration(proxyBeanMethods = false)
class StartRequestCheck {

  static final String REFUSED = "Un processus démarre à son début : les instructions de démarrage (startInstructions, "
      + "skipCustomListeners, skipIoMappings) sont réservées aux administrateurs.";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String START_INSTRUCTIONS = "startInstructions";
  private static final String SKIP_CUSTOM_LISTENERS = "skipCustomListeners";
  private static final String SKIP_IO_MAPPINGS = "skipIoMappings";

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> startRequestCheckFilter() {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Filter());
    registration.setName("pilotage-start-request-check");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    registration.setOrder(100);
    return registration;
  }

  private static final class Filter extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
      String uri = request.getRequestURI();
      return !"POST".equals(request.getMethod()) || !uri.contains("/process-definition/")
          || !(uri.endsWith("/submit-form") || uri.endsWith("/start")) || administrator();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      byte[] body = ReplayedBody.of(request);
      if (RawJson.mayHoldKey(body, START_INSTRUCTIONS, SKIP_CUSTOM_LISTENERS, SKIP_IO_MAPPINGS) && startsInTheMiddle(body)) {
        JsonRefusal.write(response, HttpServletResponse.SC_FORBIDDEN, "AuthorizationException", REFUSED);
        return;
      }
      chain.doFilter(ReplayedBody.replaying(request, body), response);
    }

    private static boolean startsInTheMiddle(byte[] body) {
      JsonNode json;
      try {
        json = JSON.readTree(body);
      } catch (IOException notJson) {
        return false; // Camunda answers a malformed body itself
      }
      if (json == null || !json.isObject()) {
        return false;
      }
      JsonNode instructions = json.get(START_INSTRUCTIONS);
      return (instructions != null && !instructions.isNull() && !(instructions.isArray() && instructions.isEmpty()))
          || json.path(SKIP_CUSTOM_LISTENERS).asBoolean(false) || json.path(SKIP_IO_MAPPINGS).asBoolean(false);
    }

    private static boolean administrator() {
      Authentication user = SecurityContextHolder.getContext().getAuthentication();
      return user != null && user.getAuthorities().stream()
          .anyMatch(authority -> Role.ADMINISTRATORS.groupId().equals(authority.getAuthority()));
    }
  }

}
