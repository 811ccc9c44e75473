package nc.provincenord.pilotage;

import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;

/**
 * The in-memory engine of process tests. Its configuration is deliberately NOT
 * named {@code camunda.cfg.xml}: Camunda's REST API would find that file on the
 * classpath and boot a second "default" engine inside the Spring Boot tests.
 *
 * <pre>{@code @RegisterExtension static ProcessEngineExtension engine = ProcessTestEngine.extension();}</pre>
 */
public final class ProcessTestEngine {

  public static final String CONFIGURATION = "process-test.camunda.cfg.xml";

  private ProcessTestEngine() {
  }

  public static ProcessEngineExtension extension() {
    return ProcessEngineExtension.builder().configurationResource(CONFIGURATION).build();
  }
}
