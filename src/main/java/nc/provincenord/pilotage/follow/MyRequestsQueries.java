package nc.provincenord.pilotage.follow;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import nc.provincenord.pilotage.follow.MyRequests.LastDecision;
import nc.provincenord.pilotage.follow.MyRequests.ProjectItem;
import nc.provincenord.pilotage.follow.MyRequests.PublicationItem;
import nc.provincenord.pilotage.follow.MyRequests.WatchEntry;
import nc.provincenord.pilotage.lifecycle.LifecycleLabels;
import nc.provincenord.pilotage.lifecycle.ProjectFigures.ProjectOfUser;
import nc.provincenord.pilotage.lifecycle.ProjectFigures.RecordedDecision;
import nc.provincenord.pilotage.lifecycle.ProjectReads;
import nc.provincenord.pilotage.lifecycle.ProjectStage;
import nc.provincenord.pilotage.lifecycle.ProjectWithdrawal;
import nc.provincenord.pilotage.portfolio.OpenTasks;
import nc.provincenord.pilotage.portfolio.PortfolioViews.OpenTask;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What one user started or takes part in, read from Pilotage's own tables (never process data):
 * projects where they are the requester, the project manager or recorded a decision; their
 * publication requests and watch items. The newest {@value #LIMIT} of each kind.
 */
@Repository
class MyRequestsQueries {

  static final int LIMIT = 100;

  private static final Map<String, String> ROLE_OF_KIND = Map.of("MOA_VALIDATION", "MOA", "ACCEPTANCE", "MOA",
      "MOE_OPINION", "MOE", "SITE_ACCEPTANCE", "référent", "ARBITRATION", "comité de pilotage",
      "COMMITTEE_REVIEW", "comité de pilotage", "NEEDS_ANALYSIS", "analyse des besoins");
  private static final Map<String, String> PUBLICATION_STATUS = Map.ofEntries(
      Map.entry("REVIEW", "Relecture par le service communication"), Map.entry("CHANGES_REQUESTED", "Modifications demandées"),
      Map.entry("REFUSED", "Refusée à la relecture"), Map.entry("APPROVAL", "Validation en cours"),
      Map.entry("NOT_APPROVED", "Non validée"), Map.entry("SCHEDULED", "Publication programmée"),
      Map.entry("PUBLISHED", "Publiée, à vérifier"), Map.entry("PROBLEM", "Problème signalé, à republier"),
      Map.entry("CONFIRMED", "Publiée et vérifiée"));
  private static final Map<String, String> PUBLICATION_DECISIONS = Map.of("ACCEPT", "Acceptée", "REVISE", "À reprendre",
      "REFUSE", "Refusée", "APPROVE", "Validée", "REJECT", "Non validée", "CONFIRMED", "Conforme", "PROBLEM", "Problème signalé");
  private static final Map<String, String> WATCH_DECISIONS = Map.of("ARCHIVE", "Archivé",
      "SHARE", "Partagé avec le réseau des référents", "PROPOSE_PROJECT", "Proposé comme projet");

  private final JdbcClient jdbc;
  private final ProjectReads projects;
  private final OpenTasks openTasks;
  private final ProjectWithdrawal withdrawal;

  MyRequestsQueries(JdbcClient jdbc, ProjectReads projects, OpenTasks openTasks, ProjectWithdrawal withdrawal) {
    this.jdbc = jdbc;
    this.projects = projects;
    this.openTasks = openTasks;
    this.withdrawal = withdrawal;
  }

  List<ProjectItem> projects(String me) {
    List<ProjectOfUser> rows = projects.projectsOf(me, LIMIT);
    if (rows.isEmpty()) {
      return List.of();
    }
    List<String> keys = rows.stream().map(ProjectOfUser::key).toList();
    Map<String, LastDecision> last = new HashMap<>();
    Map<String, LinkedHashSet<String>> decidedAs = new HashMap<>();
    for (RecordedDecision decision : projects.decisionsOf(keys)) {
      String key = decision.businessKey();
      String kind = decision.kind();
      last.putIfAbsent(key, new LastDecision(decision.subject() != null ? decision.subject() : LifecycleLabels.decisionKind(kind),
          LifecycleLabels.decision(decision.decision()), decision.comment(), decision.decidedBy(), decision.decidedAt()));
      if (me.equals(decision.decidedBy()) && ROLE_OF_KIND.containsKey(kind)) {
        decidedAs.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(ROLE_OF_KIND.get(kind));
      }
    }
    Map<String, List<OpenTask>> open = openTasks.ofProjects(keys);
    Map<String, String> mine = new HashMap<>();
    rows.stream().filter(row -> me.equals(row.requester()) && ProjectStage.ANALYSIS.name().equals(row.stage()) && row.processInstanceId() != null)
        .forEach(row -> mine.put(row.processInstanceId(), row.status()));
    Set<String> withdrawable = withdrawal.stillWithdrawable(mine);
    List<ProjectItem> items = new ArrayList<>();
    for (ProjectOfUser row : rows) {
      LinkedHashSet<String> roles = new LinkedHashSet<>();
      if (me.equals(row.requester())) {
        roles.add("demandeur");
      }
      if (me.equals(row.manager())) {
        roles.add("chef de projet");
      }
      roles.addAll(decidedAs.getOrDefault(row.key(), new LinkedHashSet<>()));
      items.add(new ProjectItem(row.key(), row.title(), row.stage() == null ? "—" : ProjectStage.valueOf(row.stage()).label(),
          LifecycleLabels.status(row.status()), List.copyOf(roles), open.getOrDefault(row.key(), List.of()),
          last.get(row.key()), withdrawable.contains(row.processInstanceId())));
    }
    return items;
  }

  List<PublicationItem> publications(String me) {
    record Row(String pid, String title, String status, OffsetDateTime requestedAt, LastDecision last) {
    }
    List<Row> rows = jdbc.sql("""
            select process_instance_id, title, status, requested_at,
                   review_decision, review_comment, reviewed_by, reviewed_at,
                   approval_decision, approval_comment, approved_by, approved_at,
                   check_result, check_comment, checked_by, checked_at
            from publication_request where requested_by = :me order by requested_at desc limit :limit""")
        .param("me", me).param("limit", LIMIT)
        .query((rs, n) -> new Row(rs.getString("process_instance_id"), rs.getString("title"), rs.getString("status"),
            rs.getObject("requested_at", OffsetDateTime.class), Stream.of(
                decision("Relecture", rs.getString("review_decision"), rs.getString("review_comment"),
                    rs.getString("reviewed_by"), rs.getObject("reviewed_at", OffsetDateTime.class)),
                decision("Validation", rs.getString("approval_decision"), rs.getString("approval_comment"),
                    rs.getString("approved_by"), rs.getObject("approved_at", OffsetDateTime.class)),
                decision("Vérification", rs.getString("check_result"), rs.getString("check_comment"),
                    rs.getString("checked_by"), rs.getObject("checked_at", OffsetDateTime.class)))
                .filter(Objects::nonNull).max(Comparator.comparing(LastDecision::decidedAt)).orElse(null)))
        .list();
    Map<String, List<OpenTask>> open = openTasks.ofInstances(rows.stream().map(Row::pid).toList());
    return rows.stream().map(row -> new PublicationItem(row.title(), PUBLICATION_STATUS.getOrDefault(row.status(), row.status()),
        row.requestedAt(), open.getOrDefault(row.pid(), List.of()), row.last())).toList();
  }

  List<WatchEntry> watchItems(String me) {
    record Row(String pid, String title, OffsetDateTime submittedAt, LastDecision last) {
    }
    List<Row> rows = jdbc.sql("""
            select process_instance_id, title, submitted_at, decision, decision_comment, decided_by, decided_at
            from watch_item where submitted_by = :me order by submitted_at desc limit :limit""")
        .param("me", me).param("limit", LIMIT)
        .query((rs, n) -> new Row(rs.getString("process_instance_id"), rs.getString("title"),
            rs.getObject("submitted_at", OffsetDateTime.class),
            rs.getString("decision") == null ? null : new LastDecision("Évaluation",
                WATCH_DECISIONS.getOrDefault(rs.getString("decision"), rs.getString("decision")), rs.getString("decision_comment"),
                rs.getString("decided_by"), rs.getObject("decided_at", OffsetDateTime.class))))
        .list();
    Map<String, List<OpenTask>> open = openTasks.ofInstances(rows.stream().map(Row::pid).toList());
    return rows.stream().map(row -> new WatchEntry(row.title(), row.last() == null ? "En évaluation" : "Évalué : " + row.last().decision(),
        row.submittedAt(), open.getOrDefault(row.pid(), List.of()), row.last())).toList();
  }

  private static LastDecision decision(String what, String decision, String comment, String by, OffsetDateTime at) {
    return decision == null || at == null ? null
        : new LastDecision(what, PUBLICATION_DECISIONS.getOrDefault(decision, decision), comment, by, at);
  }
}
