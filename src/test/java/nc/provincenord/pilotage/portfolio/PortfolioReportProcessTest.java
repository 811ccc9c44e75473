package nc.provincenord.pilotage.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;
import nc.provincenord.pilotage.CoverageFloor;
import nc.provincenord.pilotage.ProcessTestEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * portfolio-report: a timer on Monday 07:00 (Nouméa) compiles the report in one job, then sends it to the committee
 * in another; a changed schedule is followed at the next start ({@link ReportScheduleFollower}).
 */
@Deployment(resources = "processes/portfolio-report.bpmn")
class PortfolioReportProcessTest {

  @RegisterExtension
  static ProcessTestEngine engine = ProcessTestEngine.covering(
      CoverageFloor.of(ReportVariables.PROCESS_KEY));

  private final List<String> calls = new ArrayList<>();
  private TimeZone jvmZone;
  private boolean sendFails;

  @BeforeEach
  void registerBeans() {
    // Pilotage sets the JVM's zone to the province's at start-up (ProvinceTimeZone); the cron follows it.
    jvmZone = TimeZone.getDefault();
    TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Noumea"));
    Mocks.register("portfolioReportSchedule", new ReportSchedule("0 0 7 ? * MON"));
    Mocks.register("compilePortfolioReportDelegate", (JavaDelegate) execution -> {
      calls.add("compile");
      ReportVariables.REPORT_ID.set(execution, 42L);
    });
    Mocks.register("sendPortfolioReportDelegate", (JavaDelegate) execution -> {
      if (sendFails) {
        throw new IllegalStateException("boîte d'envoi indisponible");
      }
      calls.add("send " + ReportVariables.REPORT_ID.get(execution));
    });
  }

  @AfterEach
  void reset() {
    Mocks.reset();
    TimeZone.setDefault(jvmZone);
  }

  @Test
  void shouldCompileThenSendTheReportEveryMondayAtSevenInNoumeaInTwoJobs() {
    Job timer = managementService().createJobQuery().timers().singleResult();
    ZonedDateTime due = timer.getDuedate().toInstant().atZone(ZoneId.of("Pacific/Noumea"));
    assertThat(due.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
    assertThat(due.getHour()).isEqualTo(7);
    assertThat(due.getMinute()).isZero();

    managementService().executeJob(timer.getId());
    assertThat(calls).isEmpty();
    String instanceId = runtimeService().createProcessInstanceQuery().processDefinitionKey(ReportVariables.PROCESS_KEY)
        .singleResult().getId();

    managementService().executeJob(jobAt(instanceId, "Task_CompileReport").getId());
    assertThat(calls).containsExactly("compile");
    // The compiled report is stored between the two jobs: the send job reads its id.
    assertThat(runtimeService().getVariable(instanceId, ReportVariables.REPORT_ID.name())).isEqualTo(42L);

    managementService().executeJob(jobAt(instanceId, "Task_SendReport").getId());
    assertThat(calls).containsExactly("compile", "send 42");
    HistoricProcessInstance instance = historyService().createHistoricProcessInstanceQuery()
        .processInstanceId(instanceId).singleResult();
    assertThat(historyService().createHistoricActivityInstanceQuery().processInstanceId(instance.getId()).finished().list())
        .extracting("activityId")
        .contains("Event_WeeklyReportDue", "Task_CompileReport", "Task_SendReport", "Event_ReportSent");
    assertThat(instance.getState()).isEqualTo("COMPLETED");
    // The next Monday is scheduled.
    assertThat(managementService().createJobQuery().timers().count()).isEqualTo(1);
  }

  @Test
  void shouldRetryOnlyTheSendingWhenTheMailCannotBeQueued() {
    sendFails = true;
    managementService().executeJob(managementService().createJobQuery().timers().singleResult().getId());
    String instanceId = runtimeService().createProcessInstanceQuery().processDefinitionKey(ReportVariables.PROCESS_KEY)
        .singleResult().getId();
    managementService().executeJob(jobAt(instanceId, "Task_CompileReport").getId());
    Job send = jobAt(instanceId, "Task_SendReport");
    assertThatThrownBy(() -> managementService().executeJob(send.getId())).hasMessageContaining("boîte d'envoi");
    Job retried = jobAt(instanceId, "Task_SendReport");
    assertThat(retried.getRetries()).isEqualTo(2);
    assertThat(retried.getExceptionMessage()).contains("boîte d'envoi");

    sendFails = false;
    managementService().executeJob(retried.getId());

    assertThat(calls).containsExactly("compile", "send 42");
    assertThat(historyService().createHistoricProcessInstanceQuery().processInstanceId(instanceId).singleResult().getState())
        .isEqualTo("COMPLETED");
  }

  @Test
  void shouldFollowAChangedScheduleAtTheNextStart() {
    Job before = managementService().createJobQuery().timers().singleResult();
    assertThat(new ReportScheduleFollower(engine.getProcessEngine(), new ReportSchedule("0 0 7 ? * MON")).follow())
        .as("same schedule: nothing redeployed").isFalse();

    Mocks.register("portfolioReportSchedule", new ReportSchedule("0 30 6 ? * TUE"));
    ReportScheduleFollower changed = new ReportScheduleFollower(engine.getProcessEngine(), new ReportSchedule("0 30 6 ? * TUE"));
    try {
      assertThat(changed.follow()).isTrue();

      Job timer = managementService().createJobQuery().timers().singleResult();
      assertThat(timer.getId()).isNotEqualTo(before.getId());
      ZonedDateTime due = timer.getDuedate().toInstant().atZone(ZoneId.of("Pacific/Noumea"));
      assertThat(due.getDayOfWeek()).isEqualTo(DayOfWeek.TUESDAY);
      assertThat(due.getHour()).isEqualTo(6);
      assertThat(due.getMinute()).isEqualTo(30);
      assertThat(engine.getProcessEngine().getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(ReportVariables.PROCESS_KEY)
          .latestVersion().singleResult().getVersion()).isEqualTo(2);
      // The next start with the same setting changes nothing.
      assertThat(changed.follow()).isFalse();
      assertThat(managementService().createJobQuery().timers().singleResult().getId()).isEqualTo(timer.getId());
    } finally {
      engine.getProcessEngine().getRepositoryService().createDeploymentQuery().list().stream()
          .filter(deployment -> !deployment.getId().equals(before.getDeploymentId()))
          .forEach(deployment -> engine.getProcessEngine().getRepositoryService().deleteDeployment(deployment.getId(), true));
    }
  }

  private static Job jobAt(String instanceId, String activityId) {
    return managementService().createJobQuery().processInstanceId(instanceId).activityId(activityId).singleResult();
  }
}
