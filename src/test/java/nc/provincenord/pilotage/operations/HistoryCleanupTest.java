package nc.provincenord.pilotage.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import nc.provincenord.pilotage.PilotageIntegrationTest;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;

/**
 * History cleanup as shipped: a nightly window in Nouméa time, removal time = end + time to live,
 * and an ended instance past its time to live removed by the cleanup job (one still within it kept).
 */
class HistoryCleanupTest extends PilotageIntegrationTest {

  private static final ZoneId NOUMEA = ZoneId.of("Pacific/Noumea");

  @Test
  void theCleanupRunsAtNightInNoumeaWithTheRemovalTimeAtTheEndOfTheInstance() {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    assertThat(configuration.getHistoryCleanupBatchWindowStartTime()).isEqualTo("22:00");
    assertThat(configuration.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00");
    assertThat(configuration.getHistoryRemovalTimeStrategy()).isEqualTo(ProcessEngineConfigurationImpl.HISTORY_REMOVAL_TIME_STRATEGY_END);
    assertThat(configuration.getFailedJobRetryTimeCycle()).isEqualTo("R3/PT5M");

    List<Job> cleanupJobs = processEngine.getHistoryService().findHistoryCleanupJobs();
    assertThat(cleanupJobs).isNotEmpty();
    LocalTime due = cleanupJobs.get(0).getDuedate().toInstant().atZone(NOUMEA).toLocalTime();
    assertThat(!due.isBefore(LocalTime.of(22, 0)) || due.isBefore(LocalTime.of(5, 0)))
        .as("cleanup job due at %s (Nouméa), inside 22:00–05:00", due).isTrue();
  }

  @Test
  void anEndedInstancePastItsTimeToLiveIsRemovedByTheCleanupJob() {
    Deployment deployment = processEngine.getRepositoryService().createDeployment().name("history-cleanup-test")
        .addModelInstance("history-cleanup-test.bpmn", Bpmn.createExecutableProcess("history-cleanup-test")
            .name("Essai de purge de l'historique").camundaHistoryTimeToLiveString("P1D")
            .startEvent("Event_Started").name("Instance démarrée").sequenceFlowId("Flow_ToEnded")
            .endEvent("Event_Ended").name("Instance terminée").done())
        .deploy();
    HistoryService history = processEngine.getHistoryService();
    try {
      ClockUtil.setCurrentTime(Date.from(new Date().toInstant().minus(Duration.ofDays(3))));
      String old = processEngine.getRuntimeService().startProcessInstanceByKey("history-cleanup-test").getId();
      ClockUtil.reset();
      String recent = processEngine.getRuntimeService().startProcessInstanceByKey("history-cleanup-test").getId();
      assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(old).singleResult().getRemovalTime())
          .as("removal time = end + 1 day").isBefore(new Date());

      for (int run = 0; run < 5 && history.createHistoricProcessInstanceQuery().processInstanceId(old).count() > 0; run++) {
        Job cleanup = history.cleanUpHistoryAsync(true);
        processEngine.getManagementService().executeJob(cleanup.getId());
      }

      assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(old).count()).isZero();
      assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(old).count()).isZero();
      assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(recent).count()).isEqualTo(1);
    } finally {
      ClockUtil.reset();
      processEngine.getRepositoryService().deleteDeployment(deployment.getId(), true);
    }
  }
}
