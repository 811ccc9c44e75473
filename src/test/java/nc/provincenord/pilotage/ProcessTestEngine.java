package nc.provincenord.pilotage;

import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
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
    ProcessEngineExtension extension = new BpmnAwareExtension();
    extension.configurationResource(CONFIGURATION);
    return extension;
  }

  /** Points camunda-bpm-assert at this engine: other engines may live in the same JVM. */
  private static final class BpmnAwareExtension extends ProcessEngineExtension {

    @Override
    public void beforeTestExecution(org.junit.jupiter.api.extension.ExtensionContext context) {
      super.beforeTestExecution(context);
      BpmnAwareTests.init(getProcessEngine());
    }

    @Override
    public void afterTestExecution(org.junit.jupiter.api.extension.ExtensionContext context) {
      BpmnAwareTests.reset();
      super.afterTestExecution(context);
    }
  }
}
