package nc.provincenord.pilotage.security;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
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
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Requests carry values, never code. In front of Camunda's REST layer ({@code /engine-rest/**} and
 * the web apps' {@code /camunda/api/**}), after Spring Security: a request whose query string, form
 * or JSON body holds a key ending in {@code Expression}, at any depth (or-queries, a filter's extending
 * query), is answered 400 with a French message naming the key, before anything is evaluated.
 *
 * <p>One exception: an administrator saving a Tasklist filter ({@code POST …/filter/create},
 * {@code PUT …/filter/{id}}) may put in its {@code query} the expressions of {@link TasklistExpressions},
 * in exactly those forms. The engine checks the same again ({@code engine.QueryExpressionGuard}).
 */
@Configuration(proxyBeanMethods = false)
class ExpressionFreeRequests {

  /** After Spring Security's chain (-100), before Camunda's authentication filters (101) and servlets. */
  static final int ORDER = 0;

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> expressionFreeRequestFilter() {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new ExpressionFilter());
    registration.setName("pilotage-expression-free-requests");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
    registration.setOrder(ORDER);
    return registration;
  }

  static final class ExpressionFilter extends OncePerRequestFilter {

    private static final String SUFFIX = "expression";
    private static final Pattern FILTER_SAVE = Pattern.compile(
        "/(?:engine-rest(?:/engine/[^/]+)?|camunda/api/engine/engine/[^/]+)/filter/(create|[^/]+)/?");
    /** Lenient on purpose: whatever Camunda's own JSON reader accepts, this one reads too. */
    private static final ObjectMapper JSON = JsonMapper.builder(JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_YAML_COMMENTS,
                JsonReadFeature.ALLOW_SINGLE_QUOTES, JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES,
                JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS,
                JsonReadFeature.ALLOW_LEADING_ZEROS_FOR_NUMBERS, JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS,
                JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .build())
        .build();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      Optional<String> refusal = refusalOfQueryString(request.getQueryString());
      HttpServletRequest forwarded = request;
      if (refusal.isEmpty() && hasBody(request)) {
        byte[] body = request.getInputStream().readAllBytes();
        forwarded = new ReplayedBody(request, body);
        refusal = refusalOfBody(request, body);
      }
      if (refusal.isPresent()) {
        refuse(response, refusal.get());
        return;
      }
      chain.doFilter(forwarded, response);
    }

    private static boolean hasBody(HttpServletRequest request) {
      String contentType = request.getContentType();
      boolean multipart = contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/");
      // Deployments (multipart) carry models, checked by the model policy; their file names are no JSON keys.
      return !multipart && (request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null);
    }

    private Optional<String> refusalOfQueryString(String queryString) {
      if (queryString == null || queryString.isEmpty()) {
        return Optional.empty();
      }
      for (Map.Entry<String, String> parameter : parameters(queryString).entrySet()) {
        if (endsWithExpression(parameter.getKey())) {
          return Optional.of(generalRefusal(parameter.getKey()));
        }
        Optional<String> nested = refusalOfJsonValue(parameter.getKey(), parameter.getValue());
        if (nested.isPresent()) {
          return nested;
        }
      }
      return Optional.empty();
    }

    /** A parameter value that is itself JSON (e.g. {@code orQueries=[…]}) is read as such. */
    private Optional<String> refusalOfJsonValue(String name, String value) {
      String trimmed = value.trim();
      if (!trimmed.startsWith("{") && !trimmed.startsWith("[")) {
        return Optional.empty();
      }
      try {
        return refusalIn(JSON.readTree(trimmed), name, null);
      } catch (JsonProcessingException notJson) {
        return Optional.empty();
      }
    }

    private Optional<String> refusalOfBody(HttpServletRequest request, byte[] body) {
      if (request.getHeader("Content-Encoding") != null && !"identity".equalsIgnoreCase(request.getHeader("Content-Encoding"))) {
        return Optional.of("Contenu compressé refusé : envoyez la requête sans Content-Encoding.");
      }
      String contentType = Optional.ofNullable(request.getContentType()).orElse("").toLowerCase(Locale.ROOT);
      if (contentType.startsWith("application/x-www-form-urlencoded")) {
        return refusalOfQueryString(new String(body, charset(request)));
      }
      if (!contentType.isEmpty() && !contentType.contains("json")) {
        return Optional.empty(); // Camunda's REST layer reads no JSON from other types
      }
      if (RawJson.blank(body)) {
        return Optional.empty();
      }
      try {
        return refusalIn(JSON.readTree(body), "", filterSave(request));
      } catch (IOException unreadable) {
        return Optional.of("Le contenu envoyé n'est pas un JSON valable.");
      }
    }

    /** The user's groups when the request saves a Tasklist filter, else null. */
    private static FilterSave filterSave(HttpServletRequest request) {
      String path = request.getRequestURI().substring(request.getContextPath().length());
      var matcher = FILTER_SAVE.matcher(path);
      if (!matcher.matches()) {
        return null;
      }
      boolean create = "create".equals(matcher.group(1));
      if (create ? !"POST".equals(request.getMethod()) : !"PUT".equals(request.getMethod())) {
        return null;
      }
      return new FilterSave(isAdministrator());
    }

    private static boolean isAdministrator() {
      Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
      return authentication != null && authentication.getAuthorities().stream()
          .anyMatch(authority -> Role.ADMINISTRATORS.groupId().equals(authority.getAuthority()));
    }

    private Optional<String> refusalIn(JsonNode node, String path, FilterSave save) {
      if (node.isObject()) {
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
          Map.Entry<String, JsonNode> field = fields.next();
          String key = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
          if (endsWithExpression(field.getKey())) {
            Optional<String> refusal = save != null && (key.startsWith("query.") || key.equals("query"))
                ? save.refusalOf(key, field.getValue())
                : Optional.of(generalRefusal(key));
            if (refusal.isPresent()) {
              return refusal;
            }
          }
          Optional<String> nested = refusalIn(field.getValue(), key, save);
          if (nested.isPresent()) {
            return nested;
          }
        }
      } else if (node.isArray()) {
        for (int i = 0; i < node.size(); i++) {
          Optional<String> nested = refusalIn(node.get(i), path + "[" + i + "]", save);
          if (nested.isPresent()) {
            return nested;
          }
        }
      }
      return Optional.empty();
    }

    private static boolean endsWithExpression(String key) {
      return key.trim().toLowerCase(Locale.ROOT).endsWith(SUFFIX);
    }

    private static String generalRefusal(String key) {
      return "La requête contient une expression (« " + key + " ») : les requêtes ne portent que des valeurs, "
          + "jamais d'expression. Retirez ce critère.";
    }

    private static void refuse(HttpServletResponse response, String message) throws IOException {
      JsonRefusal.write(response, HttpServletResponse.SC_BAD_REQUEST, "ExpressionInRequestException", message);
    }

    private static Map<String, String> parameters(String encoded) {
      Map<String, String> parameters = new LinkedHashMap<>();
      for (String pair : encoded.split("&")) {
        int equals = pair.indexOf('=');
        String name = equals < 0 ? pair : pair.substring(0, equals);
        String value = equals < 0 ? "" : pair.substring(equals + 1);
        parameters.merge(decode(name), decode(value), (first, second) -> first + "," + second);
      }
      return parameters;
    }

    private static String decode(String text) {
      try {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
      } catch (IllegalArgumentException malformed) {
        return text;
      }
    }

    private static Charset charset(HttpServletRequest request) {
      try {
        return request.getCharacterEncoding() == null ? StandardCharsets.UTF_8 : Charset.forName(request.getCharacterEncoding());
      } catch (IllegalArgumentException unknown) {
        return StandardCharsets.UTF_8;
      }
    }
  }

  /** An administrator's filter may keep Tasklist's expressions; nobody else's may hold any. */
  private record FilterSave(boolean administrator) {

    Optional<String> refusalOf(String key, JsonNode value) {
      if (!administrator) {
        return Optional.of("Seul un administrateur peut enregistrer un filtre qui contient une expression (« " + key + " »).");
      }
      if (!value.isTextual() || !TasklistExpressions.isAllowed(value.asText())) {
        return Optional.of("L'expression de « " + key + " » n'est pas permise dans un filtre. Expressions permises : "
            + TasklistExpressions.PERMITTED + ".");
      }
      return Optional.empty();
    }
  }

}
