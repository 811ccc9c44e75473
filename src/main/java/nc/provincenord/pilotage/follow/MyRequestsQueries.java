package nc.provincenord.pilotage.follow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nc.provincenord.pilotage.communication.PublicationRequests;
import nc.provincenord.pilotage.communication.PublicationRequests.Decision;
import nc.provincenord.pilotage.communication.PublicationRequests.RequestedPublication;
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
import nc.provincenord.pilotage.watch.WatchItems;
import nc.provincenord.pilotage.watch.WatchItems.SubmittedItem;
import org.springframework.stereotype.Repository;

/**
 * What one user started or takes part in, read through the read APIs of the modules that own it
 * (never process data): projects where they are the requester, the project manager or recorded a
 * decision; their publication requests and watch items. The newest {@value #LIMIT} of each kind, one
 * query per module and one for the open tasks of each list.
 */
@Repository
class MyRequestsQueries {

  static final int LIMIT = 100;

  private static final Map<String, String> ROLE_OF_KIND = Map.of("MOA_VALIDATION", "MOA", "ACCEPTANCE", "MOA",
      "MOE_OPINION", "MOE", "SITE_ACCEPTANCE", "référent", "ARBITRATION", "comité de pilotage",
      "COMMITTEE_REVIEW", "comité de pilotage", "NEEDS_ANALYSIS", "analyse des besoins");
  private final ProjectReads projects;
  private final PublicationRequests publications;
  private final WatchItems watchItems;
  private final OpenTasks openTasks;
  private final ProjectWithdrawal withdrawal;

  MyRequestsQueries(ProjectReads projects, PublicationRequests publications, WatchItems watchItems, OpenTasks openTasks,
                    ProjectWithdrawal withdrawal) {
    this.projects = projects;
    this.publications = publications;
    this.watchItems = watchItems;
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
    List<RequestedPublication> rows = publications.requestedBy(me, LIMIT);
    Map<String, List<OpenTask>> open = openTasks.ofInstances(rows.stream().map(RequestedPublication::processInstanceId).toList());
    return rows.stream().map(row -> new PublicationItem(row.title(), row.statusLabel(), row.requestedAt(),
        open.getOrDefault(row.processInstanceId(), List.of()), lastDecision(row.lastDecision()))).toList();
  }

  List<WatchEntry> watchItems(String me) {
    List<SubmittedItem> rows = watchItems.submittedBy(me, LIMIT);
    Map<String, List<OpenTask>> open = openTasks.ofInstances(rows.stream().map(SubmittedItem::processInstanceId).toList());
    return rows.stream().map(row -> {
      LastDecision last = row.evaluated()
          ? new LastDecision("Évaluation", row.decisionLabel(), row.decisionComment(), row.decidedBy(), row.decidedAt()) : null;
      return new WatchEntry(row.title(), last == null ? "En évaluation" : "Évalué : " + last.decision(), row.submittedAt(),
          open.getOrDefault(row.processInstanceId(), List.of()), last);
    }).toList();
  }

  private static LastDecision lastDecision(Decision decision) {
    return decision == null ? null
        : new LastDecision(decision.step(), decision.outcome(), decision.comment(), decision.decidedBy(), decision.decidedAt());
  }
}
