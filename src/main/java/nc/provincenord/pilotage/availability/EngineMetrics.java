package nc.provincenord.pilotage.availability;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * What the engine has left to do or could not do, as Prometheus gauges read from the shared
 * tables at each scrape: {@code pilotage_engine_incidents} (open incidents),
 * {@code pilotage_engine_jobs_due} (jobs due and not yet run: a job executor backlog that keeps
 * growing means no node is executing) and {@code pilotage_engine_jobs_without_retries}.
 */
@Component
class EngineMetrics {

  EngineMetrics(RuntimeService runtime, ManagementService management, MeterRegistry meters) {
    Gauge.builder("pilotage.engine.incidents", runtime, engine -> engine.createIncidentQuery().count())
        .description("Incidents ouverts (Cockpit)").register(meters);
    Gauge.builder("pilotage.engine.jobs.due", management, engine -> engine.createJobQuery().executable().count())
        .description("Travaux du moteur échus, en attente d'exécution").register(meters);
    Gauge.builder("pilotage.engine.jobs.without.retries", management, engine -> engine.createJobQuery().noRetriesLeft().count())
        .description("Travaux du moteur sans nouvel essai (incident)").register(meters);
  }
}
