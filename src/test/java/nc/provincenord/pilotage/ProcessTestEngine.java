package nc.provincenord.pilotage;

import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The in-memory engine of process tests. Its configuration is deliberately NOT
 * named {@code camunda.cfg.xml}: Camunda's REST API would find that file on the
 * classpath and boot a second "default" engine inside the Spring Boot tests. The
 * engine itself is named {@code process-test} (not "default"), so it never replaces
 * the Spring Boot engine behind /engine-rest when both kinds of tests share a JVM;
 * camunda-bpm-assert is therefore told explicitly which engine to use.
 *
 * <pre>{@code @RegisterExtension static ProcessEngineExtension engine = ProcessTestEngine.extension();}</pre>
 */
public final class ProcessTestEngine {

  public static final String CONFIGURATION = "process-test.camunda.cfg.xml";

  private ProcessTestEngine() {
  }

  public static ProcessEngineExtension extension() {
    return new ProcessEngineExtension() {
      {
        configurationResource = CONFIGURATION;
      }

      @Override
      public void beforeTestExecution(ExtensionContext context) {
        super.beforeTestExecution(context);
        BpmnAwareTests.init(processEngine);
      }
    };
  }
}
