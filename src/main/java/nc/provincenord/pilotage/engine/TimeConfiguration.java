package nc.provincenord.pilotage.engine;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the whole application, in the province's time zone. */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

  @Bean
  Clock clock(@Value("${pilotage.time-zone:Pacific/Noumea}") String zone) {
    return Clock.system(ZoneId.of(zone));
  }
}
