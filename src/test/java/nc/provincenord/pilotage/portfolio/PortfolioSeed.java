package nc.provincenord.pilotage.portfolio;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import nc.provincenord.pilotage.lifecycle.LifecycleVariables;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes portfolio rows straight into the lifecycle's tables, for tests and the benchmark.
 * Test classes use their own year in the codes (PRJ-1999-…) and clean up after themselves.
 */
final class PortfolioSeed {

  static final ZoneOffset NOUMEA = ZoneOffset.ofHours(11);

  private final JdbcClient jdbc;

  PortfolioSeed(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  static OffsetDateTime at(int year, int month, int day, int hour) {
    return OffsetDateTime.of(year, month, day, hour, 0, 0, 0, NOUMEA);
  }

  Project project(String key, String title) {
    return new Project(key, title);
  }

  void stage(String key, String stage, OffsetDateTime entered, OffsetDateTime left) {
    jdbc.sql("insert into project_stage (business_key, stage, entered_at, left_at) values (:key, :stage, :entered, :left)")
        .param("key", key).param("stage", stage).param("entered", entered).param("left", left).update();
  }

  void statusReport(String key, OffsetDateTime at, int progress, long consumed, long reference, LocalDate forecast, int issues,
                    String cost, String schedule, String quality, String overall) {
    jdbc.sql("""
            insert into status_report (business_key, progress_percent, consumed_budget, reference_budget, forecast_end_date,
                                       quality_issues, risks, cost_health, schedule_health, quality_health, overall_health,
                                       reported_by, reported_at)
            values (:key, :progress, :consumed, :reference, :forecast, :issues, 'Aucun risque majeur', :cost, :schedule, :quality,
                    :overall, 'cdp', :at)""")
        .param("key", key).param("progress", progress).param("consumed", consumed).param("reference", reference)
        .param("forecast", forecast).param("issues", issues).param("cost", cost).param("schedule", schedule)
        .param("quality", quality).param("overall", overall).param("at", at).update();
  }

  void alert(String key, String kind, String stage, OffsetDateTime at, String message) {
    jdbc.sql("""
            insert into project_alert (business_key, kind, stage, recipients, message, created_at)
            values (:key, :kind, :stage, 'groupe comite-pilotage', :message, :at)""")
        .param("key", key).param("kind", kind).param("stage", stage).param("message", message).param("at", at).update();
  }

  void decision(String key, String stage, String kind, String subject, String decision, String comment, String by,
                OffsetDateTime at) {
    jdbc.sql("""
            insert into project_decision (business_key, stage, kind, subject, decision, decision_comment, decided_by, decided_at)
            values (:key, :stage, :kind, :subject, :decision, :comment, :by, :at)""")
        .param("key", key).param("stage", stage).param("kind", kind).param("subject", subject).param("decision", decision)
        .param("comment", comment).param("by", by).param("at", at).update();
  }

  void commune(String key, String insee, boolean concerned, boolean rollout, OffsetDateTime installed, OffsetDateTime accepted) {
    jdbc.sql("""
            insert into project_commune (business_key, insee_code, concerned, rollout_site, installed_at, accepted_at)
            values (:key, :insee, :concerned, :rollout, :installed, :accepted)""")
        .param("key", key).param("insee", insee).param("concerned", concerned).param("rollout", rollout)
        .param("installed", installed).param("accepted", accepted).update();
  }

  /** Removes every row of the projects whose code starts with {@code PRJ-<year>-}. */
  void deleteYear(int year) {
    String like = "PRJ-" + year + "-%";
    jdbc.sql("delete from portfolio_report where business_key like :like").param("like", like).update();
    for (String table : new String[] {"project_commune", "project_stage", "project_decision", "status_report", "project_alert",
        "adoption_check"}) {
      jdbc.sql("delete from " + table + " where business_key like :like").param("like", like).update();
    }
    jdbc.sql("delete from project where business_key like :like").param("like", like).update();
  }

  /** A project row, built then inserted. */
  final class Project {
    private final String key;
    private final String title;
    private String direction = "DSI";
    private String track = "STANDARD";
    private String stage = "ANALYSIS";
    private String status = "ACTIVE";
    private long estimated = 1_000_000;
    private Long allocated;
    private Long planned;
    private Long consumed;
    private String cost;
    private String schedule;
    private String quality;
    private String health;
    private OffsetDateTime created = OffsetDateTime.now(NOUMEA);
    private OffsetDateTime closed;
    private LocalDate plannedEnd;
    private LocalDate forecastEnd;
    private LocalDate actualEnd;
    private String lessons;
    private String specUrl;

    private Project(String key, String title) {
      this.key = key;
      this.title = title;
    }

    Project direction(String value) { direction = value; return this; }
    Project track(String value) { track = value; return this; }
    Project stage(String value) { stage = value; return this; }
    Project closed(OffsetDateTime at) { status = "CLOSED"; closed = at; return this; }
    Project budgets(long estimatedBudget, Long allocatedBudget, Long plannedBudget, Long consumedBudget) {
      estimated = estimatedBudget; allocated = allocatedBudget; planned = plannedBudget; consumed = consumedBudget; return this;
    }
    Project health(String costLevel, String scheduleLevel, String qualityLevel, String overall) {
      cost = costLevel; schedule = scheduleLevel; quality = qualityLevel; health = overall; return this;
    }
    Project created(OffsetDateTime at) { created = at; return this; }
    Project dates(LocalDate plannedEndDate, LocalDate forecastEndDate, LocalDate actualEndDate) {
      plannedEnd = plannedEndDate; forecastEnd = forecastEndDate; actualEnd = actualEndDate; return this;
    }
    Project lessons(String value) { lessons = value; return this; }
    Project spec(String url) { specUrl = url; return this; }

    String insert() {
      jdbc.sql("""
              insert into project (business_key, process_instance_id, title, objective, direction, project_type, status, track,
                                   current_stage, requester, project_manager, estimated_budget, allocated_budget,
                                   planned_budget, consumed_budget, estimated_duration_months, desired_date, planned_start_date,
                                   planned_end_date, forecast_end_date, actual_end_date, revision_count, spec_document_url,
                                   spec_version, health_cost, health_schedule, health_quality, health, lessons_learned,
                                   created_at, closed_at)
              values (:key, :pid, :title, :objective, :direction, 'SI', :status, :track, :stage, 'demandeur', 'cdp', :estimated,
                      :allocated, :planned, :consumed, 6, :desired, :start, :plannedEnd, :forecastEnd, :actualEnd, 0, :spec,
                      :specVersion, :cost, :schedule, :quality, :health, :lessons, :created, :closed)""")
          .param("key", key).param("pid", "seed-" + key).param("title", title)
          .param("objective", "Objectif de " + title).param("direction", direction).param("status", status)
          .param("track", track).param("stage", stage).param("estimated", estimated).param("allocated", allocated)
          .param("planned", planned).param("consumed", consumed).param("desired", created.toLocalDate().plusMonths(6))
          .param("start", plannedEnd == null ? null : created.toLocalDate().plusMonths(1)).param("plannedEnd", plannedEnd)
          .param("forecastEnd", forecastEnd).param("actualEnd", actualEnd).param("spec", specUrl)
          .param(LifecycleVariables.SPEC_VERSION.name(), specUrl == null ? null : "1.0").param("cost", cost).param("schedule", schedule)
          .param("quality", quality).param("health", health).param("lessons", lessons).param("created", created)
          .param("closed", closed)
          .update();
      return key;
    }
  }
}
