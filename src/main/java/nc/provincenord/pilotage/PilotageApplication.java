package nc.provincenord.pilotage;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/**
 * Each top-level package is a module (checked by {@code ModuleStructureTest}); the shared ones are
 * the platform every capability builds on: the hardened engine, process helpers, security, the
 * notification outbox, the page layout and reference data.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(systemName = "Pilotage",
    sharedModules = {"engine", "process", "security", "notification", "web", "reference"})
public class PilotageApplication {

  public static void main(String[] args) {
    SpringApplication.run(PilotageApplication.class, args);
  }
}
