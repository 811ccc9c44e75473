package nc.provincenord.pilotage.notification;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders the mail templates of {@code templates/mail/}: for a template name {@code x},
 * {@code x.subject.txt} (subject line), {@code x.txt} (plain-text part) and {@code x.html}
 * (HTML part), in French. Dates of the model are shown in the province's time zone.
 * A private engine, so that Spring Boot's own Thymeleaf set-up for the web pages stays as it is.
 */
@Component
class MailTemplates {

  static final Locale FRENCH = Locale.FRANCE;
  private static final String PREFIX = "templates/mail/";

  private final TemplateEngine engine = new SpringTemplateEngine();
  private final ZoneId zone;
  private final String baseUrl;

  MailTemplates(Clock clock, @Value("${pilotage.base-url:http://localhost:8080}") String baseUrl) {
    this.zone = clock.getZone();
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    engine.addTemplateResolver(resolver(TemplateMode.HTML, "*.html", 1));
    engine.addTemplateResolver(resolver(TemplateMode.TEXT, "*.txt", 2));
  }

  private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String pattern, int order) {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix(PREFIX);
    resolver.setResolvablePatterns(java.util.Set.of(pattern));
    resolver.setTemplateMode(mode);
    resolver.setCharacterEncoding("UTF-8");
    resolver.setCheckExistence(true);
    resolver.setOrder(order);
    resolver.setCacheable(true);
    return resolver;
  }

  String baseUrl() {
    return baseUrl;
  }

  Rendered render(String template, Map<String, ?> model) {
    Context context = new Context(FRENCH);
    Map<String, Object> variables = new LinkedHashMap<>();
    model.forEach((name, value) -> variables.put(name, inProvinceZone(value)));
    variables.putIfAbsent("baseUrl", baseUrl);
    context.setVariables(variables);
    String subject = engine.process(template + ".subject.txt", context).strip().replaceAll("\\s+", " ");
    String text = engine.process(template + ".txt", context);
    String html = engine.process(template + ".html", context);
    return new Rendered(subject, text, html);
  }

  private Object inProvinceZone(Object value) {
    if (value instanceof Date date) {
      return date.toInstant().atZone(zone);
    }
    if (value instanceof Instant instant) {
      return instant.atZone(zone);
    }
    if (value instanceof OffsetDateTime offset) {
      return offset.atZoneSameInstant(zone);
    }
    if (value instanceof ZonedDateTime zoned) {
      return zoned.withZoneSameInstant(zone);
    }
    if (value instanceof LocalDateTime local) {
      return local.atZone(zone);
    }
    return value;
  }

  record Rendered(String subject, String text, String html) {
  }
}
