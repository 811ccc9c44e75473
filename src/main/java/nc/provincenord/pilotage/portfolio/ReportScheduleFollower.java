package nc.provincenord.pilotage.portfolio;

import java.io.InputStream;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.persistence.entity.TimerEntity;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Makes a changed {@code pilotage.report.cron} take effect at the next start. The timer start event of
 * {@code portfolio-report} resolves {@code ${portfolioReportSchedule.cron}} once, when the model is
 * deployed, and an unchanged model is not redeployed at start-up: so after the models are deployed,
 * the cycle of the current timer job is compared with the configured one and, when they differ, the
 * latest version of the model is deployed again (same resource, one version more): Camunda then
 * removes the old timer and creates one with the configured cycle. Two nodes starting together may
 * both redeploy; Camunda's deployment lock serialises them and the last leaves one timer.
 */
@Component
class ReportScheduleFollower implements SmartInitializingSingleton {

  private static final Logger LOG = LoggerFactory.getLogger(ReportScheduleFollower.class);

  private final ProcessEngine engine;
  private final ReportSchedule schedule;

  ReportScheduleFollower(ProcessEngine engine, ReportSchedule schedule) {
    this.engine = engine;
    this.schedule = schedule;
  }

  @Override
  public void afterSingletonsInstantiated() {
    follow();
  }

  /** Redeploys {@code portfolio-report} when its timer does not follow the configured cron; true when it did. */
  boolean follow() {
    RepositoryService repository = engine.getRepositoryService();
    ProcessDefinition latest = repository.createProcessDefinitionQuery().processDefinitionKey(ReportVariables.PROCESS_KEY)
        .withoutTenantId().latestVersion().singleResult();
    if (latest == null) {
      return false;
    }
    String configured = schedule.getCron().strip();
    List<Job> timers = engine.getManagementService().createJobQuery().processDefinitionId(latest.getId()).timers().list();
    if (!timers.isEmpty() && timers.stream().allMatch(timer -> configured.equals(cycleOf(timer)))) {
      return false;
    }
    Deployment previous = repository.createDeploymentQuery().deploymentId(latest.getDeploymentId()).singleResult();
    try (InputStream model = repository.getResourceAsStream(latest.getDeploymentId(), latest.getResourceName())) {
      repository.createDeployment().name(previous.getName()).source(previous.getSource())
          .addInputStream(latest.getResourceName(), model).deploy();
    } catch (java.io.IOException unreadable) {
      throw new java.io.UncheckedIOException(unreadable);
    }
    LOG.info("Horaire du rapport hebdomadaire changé ({} au lieu de {}) : modèle {} redéployé, minuteur recalculé",
        configured, timers.stream().map(ReportScheduleFollower::cycleOf).toList(), ReportVariables.PROCESS_KEY);
    return true;
  }

  private static String cycleOf(Job timer) {
    return timer instanceof TimerEntity entity && entity.getRepeat() != null ? entity.getRepeat().strip() : null;
  }
}
