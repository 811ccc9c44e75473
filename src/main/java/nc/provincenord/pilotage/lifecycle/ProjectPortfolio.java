package nc.provincenord.pilotage.lifecycle;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nc.provincenord.pilotage.lifecycle.HealthService.Health;
import org.camunda.bpm.engine.impl.context.BpmnExecutionContext;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The project portfolio in our own tables, written in the engine's transaction
 * (same DataSource and transaction manager): a step that fails leaves no row behind.
 */
@Repository
public class ProjectPortfolio {

  private final JdbcClient jdbc;
  private final Clock clock;

  public ProjectPortfolio(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public void open(String businessKey, String processInstanceId, ProjectRequest request, String requester) {
    jdbc.sql("""
            insert into project (business_key, process_instance_id, title, objective, direction, project_type, status,
                                 requester, estimated_budget, desired_date, created_at)
            values (:key, :pid, :title, :objective, :direction, :type, 'ACTIVE', :requester, :budget, :desired, :now)""")
        .param("key", businessKey).param("pid", processInstanceId).param("title", request.title())
        .param("objective", request.objective()).param("direction", request.direction()).param("type", request.type())
        .param("requester", requester).param("budget", request.estimatedBudget()).param("desired", request.desiredDate())
        .param("now", now())
        .update();
    for (String insee : request.communes()) {
      jdbc.sql("insert into project_commune (business_key, insee_code, concerned, rollout_site) values (:key, :insee, true, false)")
          .param("key", businessKey).param("insee", insee).update();
    }
  }

  /** Enters a stage: the stages still open are left, unless the new one runs alongside them. */
  public void enterStage(String businessKey, ProjectStage stage, boolean alongside) {
    OffsetDateTime now = now();
    if (!alongside) {
      jdbc.sql("update project_stage set left_at = :now where business_key = :key and left_at is null")
          .param("now", now).param("key", businessKey).update();
      ownRow("update project set current_stage = :stage where business_key = :key")
          .param("stage", stage.name()).param("key", businessKey).update();
    }
    jdbc.sql("insert into project_stage (business_key, stage, entered_at) values (:key, :stage, :now)")
        .param("key", businessKey).param("stage", stage.name()).param("now", now).update();
  }

  public void leaveStage(String businessKey, ProjectStage stage) {
    jdbc.sql("update project_stage set left_at = :now where business_key = :key and stage = :stage and left_at is null")
        .param("now", now()).param("key", businessKey).param("stage", stage.name()).update();
  }

  /** Leaves every open stage and sets the final status. */
  public void finish(String businessKey, Choices.ProjectStatus status) {
    OffsetDateTime now = now();
    jdbc.sql("update project_stage set left_at = :now where business_key = :key and left_at is null")
        .param("now", now).param("key", businessKey).update();
    ownRow("update project set status = :status, closed_at = :now where business_key = :key")
        .param("status", status.name()).param("now", now).param("key", businessKey).update();
  }

  public void recordDecision(ProjectRef project, DecisionKind kind, String subject, String decision, String comment,
                             String decidedBy) {
    jdbc.sql("""
            insert into project_decision (business_key, process_instance_id, stage, kind, subject, decision, decision_comment,
                                          decided_by, decided_at)
            values (:key, :pid, :stage, :kind, :subject, :decision, :comment, :by, :now)""")
        .param("key", project.businessKey()).param("pid", project.processInstanceId()).param("stage", kind.stage().name())
        .param("kind", kind.name()).param("subject", subject)
        .param("decision", decision).param("comment", comment).param("by", decidedBy).param("now", now())
        .update();
  }

  /** The last decision of this kind taken in this process instance (on this subject, for a site); what the route follows. */
  public Optional<String> lastDecision(ProjectRef project, DecisionKind kind, String subject) {
    String onSubject = subject == null ? "subject is null" : "subject = :subject";
    var query = jdbc.sql("""
            select decision from project_decision
            where process_instance_id = :pid and business_key = :key and kind = :kind and %s
            order by id desc""".formatted(onSubject))
        .param("pid", project.processInstanceId()).param("key", project.businessKey()).param("kind", kind.name());
    if (subject != null) {
      query = query.param("subject", subject);
    }
    return query.query(String.class).list().stream().findFirst();
  }

  /** The columns of the project's own row that the route reads; empty when no row matches both the instance and the key. */
  public Optional<RouteFacts> routeFacts(ProjectRef project) {
    return jdbc.sql("""
            select p.track, p.project_type, p.estimated_budget, p.estimated_duration_months, p.revision_count,
                   p.validation_outcome, p.change_management_needed, p.health, p.project_manager,
                   (select count(*) from project_commune c where c.business_key = p.business_key and c.concerned) as commune_count
            from project p where p.process_instance_id = :pid and p.business_key = :key""")
        .param("pid", project.processInstanceId()).param("key", project.businessKey())
        .query((rs, row) -> new RouteFacts(rs.getString("track"), rs.getString("project_type"), rs.getLong("estimated_budget"),
            nullableLong(rs, "estimated_duration_months"), rs.getLong("commune_count"), rs.getLong("revision_count"),
            rs.getString("validation_outcome"), nullableBoolean(rs, "change_management_needed"),
            rs.getString("health"), rs.getString("project_manager")))
        .optional();
  }

  /** The communes where the project is rolled out, as planned. */
  public List<String> rolloutSites(ProjectRef project) {
    return jdbc.sql("""
            select c.insee_code from project_commune c join project p on p.business_key = c.business_key
            where p.process_instance_id = :pid and p.business_key = :key and c.rollout_site order by c.insee_code""")
        .param("pid", project.processInstanceId()).param("key", project.businessKey())
        .query(String.class).list();
  }

  public void recordValidationOutcome(ProjectRef project, String outcome, long revisionCount) {
    jdbc.sql("""
            update project set validation_outcome = :outcome, revision_count = :revisions
            where process_instance_id = :pid and business_key = :key""")
        .param("outcome", outcome).param("revisions", revisionCount)
        .param("pid", project.processInstanceId()).param("key", project.businessKey()).update();
  }

  public void recordChangeManagementNeeded(ProjectRef project, boolean needed) {
    jdbc.sql("update project set change_management_needed = :needed where process_instance_id = :pid and business_key = :key")
        .param("needed", needed).param("pid", project.processInstanceId()).param("key", project.businessKey()).update();
  }

  /** Whether the last adoption measure of this change-management instance reached its threshold. */
  public Optional<Boolean> lastAdoptionReached(ProjectRef changeManagement) {
    return jdbc.sql("""
            select adoption_reached from adoption_check where process_instance_id = :pid and business_key = :key
            order by id desc""")
        .param("pid", changeManagement.processInstanceId()).param("key", changeManagement.businessKey())
        .query(Boolean.class).list().stream().findFirst();
  }

  /** The last refusal or rejection recorded on the project: what the requester is told. */
  /** The requester recorded when the project was opened (not the process variable). */
  public Optional<String> requester(ProjectRef project) {
    return jdbc.sql("select requester from project where business_key = :key and process_instance_id = :pid")
        .param("key", project.businessKey()).param("pid", project.processInstanceId()).query(String.class).optional();
  }

  public Decision lastRefusal(String businessKey) {
    return jdbc.sql("""
            select stage, decision_comment, decided_by from project_decision
            where business_key = :key and decision in ('REFUSE', 'REJECT') order by id desc""")
        .param("key", businessKey)
        .query((rs, row) -> new Decision(ProjectStage.valueOf(rs.getString("stage")), rs.getString("decision_comment"),
            rs.getString("decided_by")))
        .list().stream().findFirst()
        .orElse(new Decision(ProjectStage.ANALYSIS, null, null));
  }

  public ProjectStage currentStage(String businessKey) {
    return jdbc.sql("select current_stage from project where business_key = :key").param("key", businessKey)
        .query(String.class).optional().map(ProjectStage::valueOf).orElse(ProjectStage.REQUEST);
  }

  public void recordAnalysis(String businessKey, long estimatedBudget, long durationMonths, String projectManager) {
    ownRow("""
            update project set estimated_budget = :budget, estimated_duration_months = :months, project_manager = :manager
            where business_key = :key""")
        .param("budget", estimatedBudget).param("months", durationMonths).param("manager", projectManager)
        .param("key", businessKey).update();
  }

  public void recordTrack(ProjectRef project, String track) {
    jdbc.sql("update project set track = :track where process_instance_id = :pid and business_key = :key")
        .param("track", track).param("pid", project.processInstanceId()).param("key", project.businessKey()).update();
  }

  public void recordSpecification(String businessKey, String documentUrl, String version, long revisionCount) {
    ownRow("update project set spec_document_url = :url, spec_version = :version, revision_count = :revisions where business_key = :key")
        .param("url", documentUrl).param("version", version).param("revisions", revisionCount).param("key", businessKey).update();
  }

  public void recordArbitration(String businessKey, long allocatedBudget, String priority) {
    ownRow("update project set allocated_budget = :budget, priority = :priority where business_key = :key")
        .param("budget", allocatedBudget).param("priority", priority).param("key", businessKey).update();
  }

  public void recordPlan(String businessKey, long plannedBudget, LocalDate start, LocalDate end, List<String> rolloutSites) {
    ownRow("""
            update project set planned_budget = :budget, planned_start_date = :start, planned_end_date = :end,
                               forecast_end_date = :end
            where business_key = :key""")
        .param("budget", plannedBudget).param("start", start).param("end", end).param("key", businessKey).update();
    jdbc.sql("update project_commune set rollout_site = false where business_key = :key").param("key", businessKey).update();
    for (String insee : rolloutSites) {
      int updated = jdbc.sql("update project_commune set rollout_site = true where business_key = :key and insee_code = :insee")
          .param("key", businessKey).param("insee", insee).update();
      if (updated == 0) {
        jdbc.sql("insert into project_commune (business_key, insee_code, concerned, rollout_site) values (:key, :insee, false, true)")
            .param("key", businessKey).param("insee", insee).update();
      }
    }
  }

  /** The consumed budget last recorded (0 before the first status report). */
  public long consumedBudget(String businessKey) {
    return jdbc.sql("select coalesce(consumed_budget, 0) from project where business_key = :key").param("key", businessKey)
        .query(Long.class).optional().orElse(0L);
  }

  /** The plan a status report is measured against. */
  public PlanFigures planFigures(String businessKey) {
    return jdbc.sql("""
            select coalesce(allocated_budget, planned_budget, estimated_budget) as reference_budget, planned_end_date
            from project where business_key = :key""")
        .param("key", businessKey)
        .query((rs, row) -> new PlanFigures(rs.getLong("reference_budget"), rs.getObject("planned_end_date", LocalDate.class)))
        .single();
  }

  public void recordStatusReport(String businessKey, StatusReport report, long referenceBudget, Health health, String reportedBy) {
    jdbc.sql("""
            insert into status_report (business_key, progress_percent, consumed_budget, reference_budget, forecast_end_date,
                                       quality_issues, risks, cost_health, schedule_health, quality_health, overall_health,
                                       health_reasons, reported_by, reported_at)
            values (:key, :progress, :consumed, :reference, :forecast, :issues, :risks, :cost, :schedule, :quality, :overall,
                    :reasons, :by, :now)""")
        .param("key", businessKey).param("progress", report.progressPercent()).param("consumed", report.consumedBudget())
        .param("reference", referenceBudget).param("forecast", report.forecastEndDate()).param("issues", report.qualityIssues())
        .param("risks", report.risks()).param("cost", health.cost().name()).param("schedule", health.schedule().name())
        .param("quality", health.quality().name()).param("overall", health.overall().name())
        .param("reasons", health.reasons().isEmpty() ? null : truncate(String.join("\n", health.reasons()), 2000)).param("by", reportedBy)
        .param("now", now())
        .update();
    ownRow("""
            update project set consumed_budget = :consumed, forecast_end_date = :forecast, health_cost = :cost,
                               health_schedule = :schedule, health_quality = :quality, health = :overall
            where business_key = :key""")
        .param("consumed", report.consumedBudget()).param("forecast", report.forecastEndDate())
        .param("cost", health.cost().name()).param("schedule", health.schedule().name())
        .param("quality", health.quality().name()).param("overall", health.overall().name()).param("key", businessKey)
        .update();
  }

  public void recordAlert(String businessKey, AlertKind kind, ProjectStage stage, List<String> recipients, String message) {
    jdbc.sql("""
            insert into project_alert (business_key, kind, stage, recipients, message, created_at)
            values (:key, :kind, :stage, :recipients, :message, :now)""")
        .param("key", businessKey).param("kind", kind.name()).param("stage", stage.name())
        .param("recipients", String.join(",", recipients)).param("message", truncate(message, 2000)).param("now", now())
        .update();
  }

  public void recordSiteInstalled(String businessKey, String insee) {
    jdbc.sql("update project_commune set installed_at = :now where business_key = :key and insee_code = :insee")
        .param("now", now()).param("key", businessKey).param("insee", insee).update();
  }

  public void recordSiteAccepted(String businessKey, String insee) {
    jdbc.sql("update project_commune set accepted_at = :now where business_key = :key and insee_code = :insee")
        .param("now", now()).param("key", businessKey).param("insee", insee).update();
  }

  /** Records an adoption measure; adoption is reached at {@code threshold} % or more (returned). */
  public boolean recordAdoptionCheck(ProjectRef changeManagement, long rate, long threshold, String observations, String checkedBy) {
    boolean reached = rate >= threshold;
    jdbc.sql("""
            insert into adoption_check (business_key, process_instance_id, adoption_rate, threshold, adoption_reached, observations,
                                        checked_by, checked_at)
            values (:key, :pid, :rate, :threshold, :reached, :observations, :by, :now)""")
        .param("key", changeManagement.businessKey()).param("pid", changeManagement.processInstanceId())
        .param("rate", rate).param("threshold", threshold).param("reached", reached).param("observations", observations)
        .param("by", checkedBy).param("now", now())
        .update();
    return reached;
  }

  /** Records the closure and returns the closing report's figures (planned against actual). */
  public ClosingFigures recordClosure(String businessKey, String lessonsLearned, LocalDate actualEndDate) {
    ownRow("update project set lessons_learned = :lessons, actual_end_date = :actual where business_key = :key")
        .param("lessons", lessonsLearned).param("actual", actualEndDate).param("key", businessKey).update();
    ClosingFigures figures = jdbc.sql("""
            select coalesce(allocated_budget, planned_budget, estimated_budget) as planned_budget, consumed_budget, planned_end_date
            from project where business_key = :key""")
        .param("key", businessKey)
        .query((rs, row) -> new ClosingFigures(rs.getLong("planned_budget"), (Long) rs.getObject("consumed_budget", Long.class),
            rs.getObject("planned_end_date", LocalDate.class), actualEndDate, Map.of()))
        .single();
    return new ClosingFigures(figures.plannedBudget(), figures.consumedBudget(), figures.plannedEndDate(), actualEndDate,
        timePerStage(businessKey));
  }

  /** Time spent in each stage (a stage entered several times adds up), in stage order; open stages count until now. */
  public Map<ProjectStage, Duration> timePerStage(String businessKey) {
    OffsetDateTime now = now();
    Map<ProjectStage, Duration> result = new LinkedHashMap<>();
    for (ProjectStage stage : ProjectStage.values()) {
      result.put(stage, Duration.ZERO);
    }
    jdbc.sql("select stage, entered_at, left_at from project_stage where business_key = :key")
        .param("key", businessKey)
        .query(rs -> {
          ProjectStage stage = ProjectStage.valueOf(rs.getString("stage"));
          OffsetDateTime entered = rs.getObject("entered_at", OffsetDateTime.class);
          OffsetDateTime left = rs.getObject("left_at", OffsetDateTime.class);
          result.merge(stage, Duration.between(entered, left == null ? now : left), Duration::plus);
        });
    result.values().removeIf(Duration.ZERO::equals);
    return result;
  }

  /**
   * Updates of a project row from a process step match its process instance as well as its key:
   * a step of one instance never writes another instance's project, whatever key it carries.
   */
  private JdbcClient.StatementSpec ownRow(String update) {
    BpmnExecutionContext context = Context.getBpmnExecutionContext();
    if (context == null || context.getExecution() == null) {
      return jdbc.sql(update);
    }
    // the project's own instance, also from a process it called (change-management)
    return jdbc.sql(update + " and process_instance_id = :ownInstance")
        .param("ownInstance", ProjectRef.ofProject(context.getExecution()).processInstanceId());
  }


  private static Long nullableLong(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
    long value = rs.getLong(column);
    return rs.wasNull() ? null : value;
  }

  private static Boolean nullableBoolean(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
    boolean value = rs.getBoolean(column);
    return rs.wasNull() ? null : value;
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }

  private static String truncate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }

  public record ProjectRequest(String title, String objective, String direction, String type, long estimatedBudget,
                               List<String> communes, LocalDate desiredDate) {
  }

  public record StatusReport(long progressPercent, long consumedBudget, LocalDate forecastEndDate, long qualityIssues,
                             String risks) {
  }

  public record Decision(ProjectStage stage, String comment, String decidedBy) {
  }

  /** What gateways and the governance decision read from the project's row. */
  public record RouteFacts(String track, String projectType, long estimatedBudget, Long estimatedDurationMonths, long communeCount,
                           long revisionCount, String validationOutcome, Boolean changeManagementNeeded, String health,
                           String projectManager) {
  }

  public record PlanFigures(long referenceBudget, LocalDate plannedEndDate) {
  }

  public record ClosingFigures(long plannedBudget, Long consumedBudget, LocalDate plannedEndDate, LocalDate actualEndDate,
                               Map<ProjectStage, Duration> timePerStage) {
  }

  public enum AlertKind { HEALTH_RED, APPROVAL_REMINDER, APPROVAL_ESCALATION }
}
