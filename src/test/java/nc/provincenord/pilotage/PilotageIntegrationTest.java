package nc.provincenord.pilotage;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the tests of the whole application on H2, started once and shared by
 * every subclass (keep the annotations identical so Spring reuses the context).
 * The demo profile is on: the demo users of product.md exist with password "demo".
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:pilotage-it;DB_CLOSE_DELAY=-1",
    "pilotage.demo.password=" + PilotageIntegrationTest.DEMO_PASSWORD,
    "camunda.bpm.job-execution.enabled=false"
})
public abstract class PilotageIntegrationTest {

  public static final String DEMO_PASSWORD = "demo";

  /**
   * Tag of the tests that boot a Pilotage of their own and close it before they end: they run one after
   * another in a JVM apart from this shared context (see pom.xml).
   */
  public static final String OWN_ENGINE = "own-engine";

  @LocalServerPort
  protected int port;

  @Autowired
  protected org.camunda.bpm.engine.ProcessEngine processEngine;

  protected EngineRestClient rest() {
    return new EngineRestClient("http://localhost:" + port, DEMO_PASSWORD);
  }
}
