package nc.provincenord.pilotage.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.util.StringUtils;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
class NotificationConfiguration {

  private static final Logger LOG = LoggerFactory.getLogger(NotificationConfiguration.class);

  /** SMTP when {@code spring.mail.host} is set (Spring Boot then provides the sender), the log otherwise. */
  @Bean
  NotificationChannel notificationChannel(Environment environment, ObjectProvider<JavaMailSender> mailSender,
                                          NotificationProperties properties) {
    JavaMailSender sender = mailSender.getIfAvailable();
    if (StringUtils.hasText(environment.getProperty("spring.mail.host")) && sender != null) {
      LOG.info("Notifications envoyées par SMTP via {}:{}", environment.getProperty("spring.mail.host"),
          environment.getProperty("spring.mail.port", "25"));
      return new SmtpChannel(sender, properties.getFrom());
    }
    LOG.info("Aucun serveur SMTP configuré (spring.mail.host) : les notifications sont écrites dans le journal");
    return new LogChannel();
  }
}
