package nc.provincenord.pilotage;

import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;

/**
 * The in-memory engine of process tests, measured by camunda-process-test-coverage: each test class
 * writes {@code target/process-test-coverage/<class>/report.html} (and {@code report.json}), and after
 * its last test asserts the floor of every process it covers ({@link CoverageFloor}).
 *
 * <p>The engine's configuration is deliberately NOT named {@code camunda.cfg.xml}: Camunda's REST API
 * would find that file on the classpath and boot a second "default" engine inside the Spring Boot tests.
 *
 * <pre>{@code @RegisterExtension static ProcessTestEngine engine = ProcessTestEngine.covering(
 *     CoverageFloor.of(PublicationVariables.PROCESS_KEY).untaken("Flow_x", "why it cannot be taken"));}</pre>
 *
 * <p>{@link ProcessEngineCoverageExtension} is final, so this class wraps it (same callbacks, in the
 * same order) and adds what the process tests need around it: camunda-bpm-assert pointed at this
 * engine (other engines may live in the same JVM), and the floors checked once the report is written.
 */
public final class ProcessTestEngine implements TestInstancePostProcessor, BeforeAllCallback,
    BeforeTestExecutionCallback, AfterTestExecutionCallback, AfterAllCallback, ParameterResolver {

  public static final String CONFIGURATION = "process-test.camunda.cfg.xml";

  private final ProcessEngineCoverageExtension coverage =
      ProcessEngineCoverageExtension.builder(CONFIGURATION).build();
  private final CoverageFloor[] floors;

  private ProcessTestEngine(CoverageFloor... floors) {
    this.floors = floors;
  }

  /** An engine whose test class must meet these floors (one per process the class deploys and drives). */
  public static ProcessTestEngine covering(CoverageFloor... floors) {
    return new ProcessTestEngine(floors);
  }

  /**
   * Runs the jobs an asynchronous continuation left for the job executor (never timers), until none
   * is left: a path test stays true whether a step runs in the caller's transaction or after it.
   */
  public static void runAsyncContinuations() {
    ManagementService management = BpmnAwareTests.managementService();
    for (List<Job> jobs; !(jobs = management.createJobQuery().messages().list()).isEmpty(); ) {
      BpmnAwareTests.execute(jobs.get(0));
    }
  }

  public ProcessEngine getProcessEngine() {
    return coverage.getProcessEngine();
  }

  /** The wrapped Camunda extension, for its helpers (services, clock). */
  public ProcessEngineExtension extension() {
    return coverage;
  }

  @Override
  public void postProcessTestInstance(Object testInstance, ExtensionContext context) {
    coverage.postProcessTestInstance(testInstance, context);
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    coverage.beforeAll(context);
  }

  @Override
  public void beforeTestExecution(ExtensionContext context) {
    coverage.beforeTestExecution(context);
    BpmnAwareTests.init(coverage.getProcessEngine());
  }

  @Override
  public void afterTestExecution(ExtensionContext context) {
    BpmnAwareTests.reset();
    coverage.afterTestExecution(context);
  }

  @Override
  public void afterAll(ExtensionContext context) {
    coverage.afterAll(context);
    CoverageFloor.Report report = CoverageFloor.Report.of(context.getRequiredTestClass());
    for (CoverageFloor floor : floors) {
      floor.assertMetBy(report);
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return coverage.supportsParameter(parameter, context);
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return coverage.resolveParameter(parameter, context);
  }
}
