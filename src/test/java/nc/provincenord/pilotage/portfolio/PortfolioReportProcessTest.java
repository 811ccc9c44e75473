package nc.provincenord.pilotage.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
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

/** portfolio-report: a timer on Monday 07:00 (Nouméa) compiles the report, then sends it to the committee. */
@Deployment(resources = "processes/portfolio-report.bpmn")
class PortfolioReportProcessTest {

  @RegisterExtension
  static ProcessTestEngine engine = ProcessTestEngine.covering(
      CoverageFloor.of("portfolio-report"));

  private final List<String> calls = new ArrayList<>();
  private TimeZone jvmZone;

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
    Mocks.register("sendPortfolioReportDelegate", (JavaDelegate) execution -> calls.add("send " + ReportVariables.REPORT_ID.get(execution)));
  }

  @AfterEach
  void reset() {
    Mocks.reset();
    TimeZone.setDefault(jvmZone);
  }

  @Test
  void shouldCompileThenSendTheReportEveryMondayAtSevenInNoumea() {
    Job timer = managementService().createJobQuery().timers().singleResult();
    ZonedDateTime due = timer.getDuedate().toInstant().atZone(ZoneId.of("Pacific/Noumea"));
    assertThat(due.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
    assertThat(due.getHour()).isEqualTo(7);
    assertThat(due.getMinute()).isZero();

    managementService().executeJob(timer.getId());
    ProcessTestEngine.runAsyncContinuations();

    assertThat(calls).containsExactly("compile", "send 42");
    HistoricProcessInstance instance = historyService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(ReportVariables.PROCESS_KEY).singleResult();
    org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(
            runtimeService().createProcessInstanceQuery().processInstanceId(instance.getId()).singleResult())
        .isNull();
    assertThat(historyService().createHistoricActivityInstanceQuery().processInstanceId(instance.getId()).finished().list())
        .extracting("activityId")
        .contains("Event_WeeklyReportDue", "Task_CompileReport", "Task_SendReport", "Event_ReportSent");
    assertThat(instance.getState()).isEqualTo("COMPLETED");
    // The next Monday is scheduled.
    assertThat(managementService().createJobQuery().timers().count()).isEqualTo(1);
  }
}
