package nc.provincenord.pilotage.engine;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nc.provincenord.pilotage.web.HeldErrorResponse;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A form refused by our server-side validation is the user's mistake: the REST API and
 * Tasklist must answer 400 with the French message alone. Camunda's REST layer does not
 * always: {@code /start} turns any engine exception into a 500, and {@code /submit-form}
 * prefixes the message with English ("Cannot submit task form 42: …").
 *
 * <p>An engine command interceptor notes the {@link FormFieldValidationException} of the
 * current request; a filter on the REST paths then answers 400 with that message. Nothing
 * else is touched: a request without a rejected form passes through unchanged, and a successful
 * response streams through ({@link HeldErrorResponse} holds back only errors).
 */
@Configuration(proxyBeanMethods = false)
class RejectedFormResponses {

  private static final ThreadLocal<List<String>> REJECTIONS = new ThreadLocal<>();

  @Bean
  PreCommandInterceptorPlugin rejectedFormRecorder() {
    return new PreCommandInterceptorPlugin() {
      @Override
      protected CommandInterceptor interceptor() {
        return new Recorder();
      }
    };
  }

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> rejectedFormResponseFilter(ObjectMapper json) {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new ResponseFilter(json));
    registration.setName("pilotage-rejected-form-responses");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    return registration;
  }

  static final class Recorder extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
      try {
        return next.execute(command);
      } catch (RuntimeException failure) {
        List<String> rejections = REJECTIONS.get();
        FormFieldValidationException rejected = rejectedForm(failure);
        if (rejections != null && rejected != null) {
          rejections.add(rejected.getMessage());
        }
        throw failure;
      }
    }

    private static FormFieldValidationException rejectedForm(Throwable failure) {
      for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
        if (cause instanceof FormFieldValidationException rejected) {
          return rejected;
        }
      }
      return null;
    }
  }

  private static final class ResponseFilter extends OncePerRequestFilter {

    private final ObjectMapper json;

    ResponseFilter(ObjectMapper json) {
      this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
      return !"POST".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      List<String> rejections = new ArrayList<>();
      REJECTIONS.set(rejections);
      HeldErrorResponse wrapper = new HeldErrorResponse(response);
      try {
        chain.doFilter(request, wrapper);
        if (!rejections.isEmpty() && wrapper.getStatus() >= HttpServletResponse.SC_BAD_REQUEST && !wrapper.isCommitted()) {
          Map<String, Object> error = new LinkedHashMap<>();
          error.put("type", FormFieldValidationException.class.getSimpleName());
          error.put("message", rejections.get(0));
          error.put("code", null);
          wrapper.resetBuffer();
          wrapper.setStatus(HttpServletResponse.SC_BAD_REQUEST);
          wrapper.setContentType("application/json;charset=UTF-8");
          wrapper.getOutputStream().write(json.writeValueAsBytes(error));
        }
      } finally {
        REJECTIONS.remove();
        wrapper.release();
      }
    }
  }
}
