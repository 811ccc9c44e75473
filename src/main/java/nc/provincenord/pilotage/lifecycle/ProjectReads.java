package nc.provincenord.pilotage.lifecycle;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;
import nc.provincenord.pilotage.lifecycle.ProjectFigures.DecisionView;
import nc.provincenord.pilotage.lifecycle.ProjectFigures.ProjectFacts;
import nc.provincenord.pilotage.lifecycle.ProjectFigures.ProjectOfUser;
import nc.provincenord.pilotage.lifecycle.ProjectFigures.RecordedDecision;
import nc.provincenord.pilotage.lifecycle.ProjectFigures.StageVisit;
import nc.provincenord.pilotage.lifecycle.ProjectFigures.StatusReportView;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The lifecycle's read API on its own tables, for the portfolio and "Mes demandes": projects paged
 * by the database, one project's history, who takes part in a project. Nothing here writes.
 */
@Repository
public class ProjectReads {

  /** Who takes part in project {@code p}: its requester, its project manager, or whoever recorded a decision on it. */
  private static final String TAKES_PART = """
      (p.requester = :me or p.project_manager = :me
       or exists (select 1 from project_decision d where d.business_key = p.business_key and d.decided_by = :me))""";

  private final JdbcClient jdbc;
  private final NamedParameterJdbcTemplate streaming;

  ProjectReads(JdbcClient jdbc, DataSource dataSource) {
    this.jdbc = jdbc;
    JdbcTemplate template = new JdbcTemplate(dataSource);
    template.setFetchSize(500);
    this.streaming = new NamedParameterJdbcTemplate(template);
  }

  public long count(ProjectScope scope) {
    Map<String, Object> params = new HashMap<>();
    String where = scope.where(params);
    return jdbc.sql("select count(*) from project p where " + where).params(params).query(Long.class).single();
  }

  /** The projects of the scope in its order, {@code limit} of them from {@code offset} (LIMIT/OFFSET in the database). */
  public List<ProjectRow> rows(ProjectScope scope, int limit, long offset) {
    Map<String, Object> params = new HashMap<>();
    String where = scope.where(params);
    params.put("limit", limit);
    params.put("offset", offset);
    return jdbc.sql("select " + ProjectRow.COLUMNS + " from project p where " + where
            + " order by " + scope.orderBy() + " limit :limit offset :offset")
        .params(params).query((rs, n) -> ProjectRow.of(rs)).list();
  }

  /** Each active project of the scope by code, streamed from the database (a cursor of 500 rows at a time on PostgreSQL). */
  public void eachActive(ProjectScope scope, Consumer<ProjectRow> action) {
    Map<String, Object> params = new HashMap<>();
    String where = scope.where(params);
    streaming.query("select " + ProjectRow.COLUMNS + " from project p where " + where + " and p.status = 'ACTIVE'"
        + " order by p.business_key", params, rs -> {
          action.accept(ProjectRow.of(rs));
        });
  }

  public Optional<ProjectFacts> facts(String businessKey) {
    return jdbc.sql("select " + ProjectRow.COLUMNS + """
            , p.objective, p.project_type, p.requester, p.priority, p.spec_document_url, p.spec_version, p.lessons_learned,
              p.created_at, p.closed_at
            from project p where p.business_key = :key""")
        .param("key", businessKey)
        .query((rs, n) -> new ProjectFacts(ProjectRow.of(rs), rs.getString("objective"), rs.getString("project_type"),
            rs.getString("requester"), rs.getString("priority"), rs.getString("spec_document_url"), rs.getString("spec_version"),
            rs.getString("lessons_learned"), rs.getObject("created_at", OffsetDateTime.class),
            rs.getObject("closed_at", OffsetDateTime.class)))
        .optional();
  }

  /** The stages the project went through, with the days spent in each (until {@code now} for an open one). */
  public List<StageVisit> stages(String businessKey, OffsetDateTime now) {
    return jdbc.sql("select stage, entered_at, left_at from project_stage where business_key = :key order by entered_at, id")
        .param("key", businessKey)
        .query((rs, n) -> {
          ProjectStage stage = ProjectStage.valueOf(rs.getString("stage"));
          OffsetDateTime entered = rs.getObject("entered_at", OffsetDateTime.class);
          OffsetDateTime left = rs.getObject("left_at", OffsetDateTime.class);
          double days = Duration.between(entered, left == null ? now : left).toMinutes() / 1440.0;
          return new StageVisit(stage.name(), stage.label(), entered, left, days);
        }).list();
  }

  public List<DecisionView> decisions(String businessKey) {
    return jdbc.sql("""
            select stage, kind, subject, decision, decision_comment, decided_by, decided_at
            from project_decision where business_key = :key order by decided_at, id""")
        .param("key", businessKey)
        .query((rs, n) -> new DecisionView(rs.getString("stage"), ProjectStage.valueOf(rs.getString("stage")).label(),
            rs.getString("kind"), rs.getString("subject"), rs.getString("decision"), rs.getString("decision_comment"),
            rs.getString("decided_by"), rs.getObject("decided_at", OffsetDateTime.class)))
        .list();
  }

  /** Why the last status report's health is what it is, one French reason a line (none before a report). */
  public List<String> healthReasons(String businessKey) {
    return jdbc.sql("select health_reasons from status_report where business_key = :key order by reported_at desc, id desc")
        .param("key", businessKey).query((rs, n) -> java.util.Objects.toString(rs.getString("health_reasons"), "")).list().stream()
        .findFirst().map(reasons -> reasons.lines().toList()).orElse(List.of());
  }

  public List<StatusReportView> statusReports(String businessKey) {
    return jdbc.sql("""
            select reported_at, progress_percent, consumed_budget, reference_budget, forecast_end_date, quality_issues, risks,
                   cost_health, schedule_health, quality_health, overall_health, reported_by
            from status_report where business_key = :key order by reported_at, id""")
        .param("key", businessKey)
        .query((rs, n) -> {
          long consumed = rs.getLong("consumed_budget");
          long reference = rs.getLong("reference_budget");
          return new StatusReportView(rs.getObject("reported_at", OffsetDateTime.class), rs.getLong("progress_percent"), consumed,
              reference, reference == 0 ? 0 : Math.round(consumed * 100.0 / reference), rs.getObject("forecast_end_date", LocalDate.class),
              rs.getLong("quality_issues"), rs.getString("risks"),
              new ProjectHealth(rs.getString("cost_health"), rs.getString("schedule_health"), rs.getString("quality_health"),
                  rs.getString("overall_health")), rs.getString("reported_by"));
        }).list();
  }

  /** INSEE codes of the communes the project concerns. */
  public List<String> communeCodes(String businessKey) {
    return jdbc.sql("select insee_code from project_commune where business_key = :key order by insee_code")
        .param("key", businessKey).query(String.class).list();
  }

  /** The directions present in the portfolio (for the filter list). */
  public List<String> directions() {
    return jdbc.sql("select distinct direction from project order by direction").query(String.class).list();
  }

  /** Whether the user is the project's requester, its project manager, or recorded a decision on it. */
  public boolean takesPart(String userId, String businessKey) {
    return jdbc.sql("select count(*) from project p where p.business_key = :key and " + TAKES_PART)
        .param("key", businessKey).param("me", userId).query(Long.class).single() > 0;
  }

  /** The newest {@code limit} projects the user takes part in (see {@link #takesPart}). */
  public List<ProjectOfUser> projectsOf(String userId, int limit) {
    return jdbc.sql("""
            select p.business_key, p.process_instance_id, p.title, p.current_stage, p.status, p.requester, p.project_manager
            from project p where""" + " " + TAKES_PART + " order by p.created_at desc, p.business_key desc limit :limit")
        .param("me", userId).param("limit", limit)
        .query((rs, n) -> new ProjectOfUser(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
            rs.getString(6), rs.getString(7)))
        .list();
  }

  /** The decisions recorded on these projects, newest first. */
  public List<RecordedDecision> decisionsOf(List<String> businessKeys) {
    if (businessKeys.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("""
            select business_key, kind, subject, decision, decision_comment, decided_by, decided_at from project_decision
            where business_key in (:keys) order by decided_at desc, id desc""")
        .param("keys", businessKeys)
        .query((rs, n) -> new RecordedDecision(rs.getString("business_key"), rs.getString("kind"), rs.getString("subject"),
            rs.getString("decision"), rs.getString("decision_comment"), rs.getString("decided_by"),
            rs.getObject("decided_at", OffsetDateTime.class)))
        .list();
  }
}
