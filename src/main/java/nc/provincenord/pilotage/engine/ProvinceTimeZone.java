package nc.provincenord.pilotage.engine;

import java.util.TimeZone;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Timers (weekly report on Monday 07:00, due dates) and dates shown by the engine
 * follow the JVM's default zone: it is set to the province's before anything starts.
 */
public class ProvinceTimeZone implements EnvironmentPostProcessor {

  static final String PROPERTY = "pilotage.time-zone";
  static final String DEFAULT_ZONE = "Pacific/Noumea";

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    TimeZone.setDefault(TimeZone.getTimeZone(environment.getProperty(PROPERTY, DEFAULT_ZONE)));
  }
}
