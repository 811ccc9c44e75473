package nc.provincenord.pilotage.availability;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import nc.provincenord.pilotage.engine.PreCommandInterceptorPlugin;
import nc.provincenord.pilotage.web.HeldErrorResponse;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request that fails because the database is unreachable (restart, network cut, pool exhausted)
 * answers 503 with a French message, never a 500 with the engine's English "An exception occurred
 * in the persistence layer": JSON in Camunda's error shape for API callers, a French page for
 * browsers, with {@code Retry-After}. The failed transaction has rolled back, so nothing of the
 * request is written; the user retries once the pool has reconnected by itself.
 *
 * <p>The filter wraps every request, outside the security gate (a password check needs the
 * database too). Failures that escape as exceptions (pages, login, JSON API) are recognised
 * from their causes; on the engine's REST APIs, which answer exceptions themselves, an error
 * response is held back ({@link HeldErrorResponse}: a success streams through) and replaced when
 * {@link OutageWitness} saw a command fail for that reason.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseOutageResponses {

  static final String MESSAGE = "La base de données de Pilotage est momentanément injoignable : votre demande "
      + "n'a pas abouti. Réessayez dans quelques instants ; si cela dure, prévenez le support de la DSI.";
  static final String TYPE = "DatabaseUnavailable";
  static final String RETRY_AFTER_SECONDS = "10";

  private static final Logger LOG = LoggerFactory.getLogger(DatabaseOutageResponses.class);

  @Bean
  PreCommandInterceptorPlugin databaseOutageWitness() {
    return new PreCommandInterceptorPlugin() {
      @Override
      protected CommandInterceptor interceptor() {
        return new OutageWitness();
      }

      /** In front of the guards too: their check and command share one Spring transaction, whose failed rollback is thrown there. */
      @Override
      protected boolean outermost() {
        return true;
      }
    };
  }

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> databaseOutageResponseFilter(ObjectMapper json) {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new ResponseFilter(json, page()));
    registration.setName("pilotage-database-outage-responses");
    // Outside Spring Security (-100) and the other Pilotage filters, inside the character encoding filter.
    registration.setOrder(-1000);
    return registration;
  }

  private static byte[] page() {
    try (InputStream page = new ClassPathResource("availability/database-unavailable.html").getInputStream()) {
      return page.readAllBytes();
    } catch (IOException missing) {
      throw new UncheckedIOException(missing);
    }
  }

  private static final class ResponseFilter extends OncePerRequestFilter {

    private final ObjectMapper json;
    private final byte[] page;

    ResponseFilter(ObjectMapper json, byte[] page) {
      this.json = json;
      this.page = page;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      OutageWitness.watch();
      HeldErrorResponse engineApi = answersItsOwnErrors(request) ? new HeldErrorResponse(response) : null;
      HttpServletResponse target = engineApi != null ? engineApi : response;
      try {
        chain.doFilter(request, target);
        // Any error, not only 5xx: Camunda answers some engine failures with 404 (job execute: InvalidRequestException).
        if (engineApi != null && engineApi.getStatus() >= 400 && OutageWitness.seen() && !engineApi.isCommitted()) {
          answer(request, engineApi);
        }
      } catch (IOException | ServletException | RuntimeException failure) {
        if (!(DatabaseOutage.causedBy(failure) || OutageWitness.seen()) || target.isCommitted()) {
          throw failure;
        }
        answer(request, target);
      } finally {
        OutageWitness.forget();
        if (engineApi != null) {
          engineApi.release();
        }
      }
    }

    /** The engine's REST API and the web apps' API turn exceptions into responses of their own. */
    private static boolean answersItsOwnErrors(HttpServletRequest request) {
      String path = request.getRequestURI().substring(request.getContextPath().length());
      return path.startsWith("/engine-rest/") || path.startsWith("/camunda/api/");
    }

    private void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
      LOG.warn("Base de données injoignable pendant {} {} : réponse 503", request.getMethod(), request.getRequestURI());
      response.resetBuffer();
      response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
      response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
      response.setHeader("Cache-Control", "no-store");
      if (wantsPage(request)) {
        response.setContentType("text/html;charset=UTF-8");
        response.getOutputStream().write(page);
        return;
      }
      Map<String, Object> error = new LinkedHashMap<>();
      error.put("type", TYPE);
      error.put("message", MESSAGE);
      error.put("code", null);
      write(response, "application/json;charset=UTF-8", json.writeValueAsBytes(error));
    }

    /** Its own length: a body begun before the failure may have declared another one. */
    private static void write(HttpServletResponse response, String type, byte[] body) throws IOException {
      response.setContentType(type);
      response.setContentLength(body.length);
      response.getOutputStream().write(body);
    }

    /** A browser asking for a page (not the web apps' XHR calls, not the APIs). */
    private static boolean wantsPage(HttpServletRequest request) {
      String path = request.getRequestURI().substring(request.getContextPath().length());
      if (path.startsWith("/engine-rest/") || path.startsWith("/camunda/api/") || path.startsWith("/api/")
          || path.startsWith("/actuator")) {
        return false;
      }
      String accept = request.getHeader("Accept");
      return accept != null && accept.contains(MediaType.TEXT_HTML_VALUE);
    }
  }
}
