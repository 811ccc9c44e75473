package nc.provincenord.pilotage.availability;

import static org.assertj.core.api.Assertions.assertThat;

import nc.provincenord.pilotage.PilotageIntegrationTest;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;

/**
 * The outage witness is the outermost of Pilotage's engine interceptors: the task and start guards run
 * their check and the command in one Spring transaction, and when the database goes away its failed
 * rollback is thrown by that transaction — outside the witness, it was answered as a bare 500
 * (« JDBC rollback failed ») instead of the French 503 (seen once in DatabaseOutagePostgresTest).
 */
class OutageWitnessPlacementTest extends PilotageIntegrationTest {

  @Test
  void theWitnessSeesEveryFailureOfTheGuardedCommands() {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    assertThat(configuration.getCustomPreCommandInterceptorsTxRequired()).first().isInstanceOf(OutageWitness.class);
    assertThat(configuration.getCustomPreCommandInterceptorsTxRequired()).filteredOn(OutageWitness.class::isInstance).hasSize(1);
  }
}
