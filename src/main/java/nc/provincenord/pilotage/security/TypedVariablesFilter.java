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
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.DeserializationTypeValidator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Typed variables only: a JSON call to the engine's REST APIs that carries, at any depth, a variable
 * of type {@code Object} whose {@code objectTypeName} names a class outside the engine's allowed list
 * ({@code deserializationTypeValidationEnabled}, {@code deserialization-allowed-*}) is refused 400
 * before the engine stores it. Camunda checks the list only when it reads a value back (and
 * answers 500 there); this makes the refusal immediate and readable.
 */
@Configuration(proxyBeanMethods = false)
class TypedVariablesFilter {

  private static final int AFTER_SPRING_SECURITY = 100;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String OBJECT_TYPE_NAME = "objectTypeName";
  private static final Pattern TYPE_SEPARATORS = Pattern.compile("[<>,\\s\\[\\]?]+");

  @Bean
  FilterRegistrationBean<Check> typedVariablesCheck(ObjectProvider<ProcessEngine> engine) {
    FilterRegistrationBean<Check> registration = new FilterRegistrationBean<>(new Check(engine));
    registration.setName("pilotage-typed-variables");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    registration.setOrder(AFTER_SPRING_SECURITY);
    return registration;
  }

  static final class Check extends OncePerRequestFilter {

    private final ObjectProvider<ProcessEngine> engine;

    Check(ObjectProvider<ProcessEngine> engine) {
      this.engine = engine;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
      String type = request.getContentType();
      return "GET".equals(request.getMethod()) || type == null || !type.toLowerCase().contains("json");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      byte[] body = ReplayedBody.of(request);
      Optional<String> refused = Optional.empty();
      if (RawJson.mayHoldKey(body, OBJECT_TYPE_NAME)) {
        try {
          refused = firstRefusedType(JSON.readTree(body));
        } catch (IOException notJson) {
          // Not JSON: the engine answers it itself.
        }
      }
      if (refused.isPresent()) {
        JsonRefusal.write(response, HttpServletResponse.SC_BAD_REQUEST, "InvalidRequestException",
            "Le type « " + refused.get() + " » n'est pas autorisé pour une variable Object : "
                + "seuls les listes et tables de textes, nombres et booléens le sont.");
        return;
      }
      chain.doFilter(ReplayedBody.replaying(request, body), response);
    }

    private Optional<String> firstRefusedType(JsonNode node) {
      if (node == null) {
        return Optional.empty();
      }
      if (node.isObject()) {
        JsonNode type = node.get("type");
        JsonNode info = node.get("valueInfo");
        if (type != null && type.isTextual() && "object".equalsIgnoreCase(type.asText())
            && info != null && info.get(OBJECT_TYPE_NAME) != null) {
          String typeName = info.get(OBJECT_TYPE_NAME).asText();
          if (!allowed(typeName)) {
            return Optional.of(typeName);
          }
        }
      }
      Iterator<JsonNode> children = node.elements();
      while (children.hasNext()) {
        Optional<String> refused = firstRefusedType(children.next());
        if (refused.isPresent()) {
          return refused;
        }
      }
      return Optional.empty();
    }

    /** Every class named in the type, generic parameters included, must be allowed. */
    private boolean allowed(String typeName) {
      ProcessEngineConfigurationImpl configuration =
          (ProcessEngineConfigurationImpl) engine.getObject().getProcessEngineConfiguration();
      DeserializationTypeValidator validator = configuration.getDeserializationTypeValidator();
      if (!configuration.isDeserializationTypeValidationEnabled() || validator == null) {
        return true;
      }
      for (String name : TYPE_SEPARATORS.split(typeName)) {
        if (!name.isEmpty() && !"extends".equals(name) && !"super".equals(name) && !validator.validate(name)) {
          return false;
        }
      }
      return !typeName.isBlank();
    }
  }

}
