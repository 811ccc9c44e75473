package nc.provincenord.pilotage;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class PilotageApplication {

  public static void main(String[] args) {
    SpringApplication.run(PilotageApplication.class, args);
  }
}
