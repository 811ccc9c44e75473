package nc.provincenord.pilotage.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Camunda's REST API prefixes our French validation messages with English
 * ("Cannot submit task form 42: Le champ « Titre » est obligatoire."). Tasklist
 * shows that text to the agent; this filter removes the English prefix from the
 * 400 answers of form submissions, so the person reads French only.
 */
@Configuration(proxyBeanMethods = false)
class FrenchValidationMessages {

  static final Pattern ENGLISH_PREFIX =
      Pattern.compile("^(?:Cannot submit task form|Cannot instantiate process definition) [^ ]+: (.*)$", Pattern.DOTALL);

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> frenchValidationMessagesFilter(ObjectMapper json) {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Filter(json));
    registration.setName("pilotage-french-validation-messages");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    return registration;
  }

  static String withoutEnglishPrefix(String message) {
    Matcher matcher = ENGLISH_PREFIX.matcher(message);
    return matcher.matches() ? matcher.group(1) : message;
  }

  private static final class Filter extends OncePerRequestFilter {

    private final ObjectMapper json;

    Filter(ObjectMapper json) {
      this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
      return !"POST".equals(request.getMethod()) || !request.getRequestURI().endsWith("/submit-form");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
      try {
        chain.doFilter(request, wrapper);
        if (wrapper.getStatus() == HttpServletResponse.SC_BAD_REQUEST && wrapper.getContentSize() > 0) {
          rewrite(wrapper);
        }
      } finally {
        wrapper.copyBodyToResponse();
      }
    }

    private void rewrite(ContentCachingResponseWrapper wrapper) throws IOException {
      JsonNode body;
      try {
        body = json.readTree(wrapper.getContentAsByteArray());
      } catch (IOException notJson) {
        return;
      }
      if (body instanceof ObjectNode error && error.hasNonNull("message")) {
        error.put("message", withoutEnglishPrefix(error.get("message").asText()));
        wrapper.resetBuffer();
        wrapper.getOutputStream().write(json.writeValueAsBytes(error));
      }
    }
  }
}
