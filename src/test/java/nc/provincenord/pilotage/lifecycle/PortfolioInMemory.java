package nc.provincenord.pilotage.lifecycle;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.nullable;
import static org.mockito.Mockito.doAnswer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nc.provincenord.pilotage.lifecycle.HealthService.Health;
import nc.provincenord.pilotage.lifecycle.ProjectPortfolio.RouteFacts;

/**
 * For process tests: the mocked portfolio remembers what the steps wrote and answers the route's reads
 * from it, as the tables would (rows matched on the process instance and the business key).
 */
final class PortfolioInMemory {

  private final Map<ProjectRef, Row> rows = new HashMap<>();
  private final List<String[]> decisions = new ArrayList<>();
  private final Map<ProjectRef, Boolean> adoption = new HashMap<>();

  private PortfolioInMemory() {
  }

  static PortfolioInMemory backing(ProjectPortfolio portfolio) {
    PortfolioInMemory memory = new PortfolioInMemory();
    memory.wire(portfolio);
    return memory;
  }

  private void wire(ProjectPortfolio portfolio) {
    doAnswer(call -> {
      ProjectPortfolio.ProjectRequest request = call.getArgument(2);
      Row row = new Row();
      row.type = request.type();
      row.budget = request.estimatedBudget();
      row.communes = request.communes().size();
      rows.put(new ProjectRef(call.getArgument(1), call.getArgument(0)), row);
      return null;
    }).when(portfolio).open(anyString(), anyString(), any(), nullable(String.class));
    doAnswer(call -> {
      byKey(call.getArgument(0)).ifPresent(row -> {
        row.budget = call.getArgument(1);
        row.months = call.getArgument(2);
        row.manager = call.getArgument(3);
      });
      return null;
    }).when(portfolio).recordAnalysis(anyString(), anyLong(), anyLong(), nullable(String.class));
    doAnswer(call -> {
      byKey(call.getArgument(0)).ifPresent(row -> row.sites = List.copyOf(call.<List<String>>getArgument(4)));
      return null;
    }).when(portfolio).recordPlan(anyString(), anyLong(), any(), any(), any());
    doAnswer(call -> Optional.ofNullable(rows.get(call.<ProjectRef>getArgument(0))).map(row -> row.sites).orElse(List.of()))
        .when(portfolio).rolloutSites(any());
    doAnswer(call -> {
      row(call.getArgument(0)).track = call.getArgument(1);
      return null;
    }).when(portfolio).recordTrack(any(), anyString());
    doAnswer(call -> {
      ProjectRef ref = call.getArgument(0);
      decisions.add(new String[] {ref.processInstanceId(), ref.businessKey(), ((DecisionKind) call.getArgument(1)).name(),
          call.getArgument(2), call.getArgument(3)});
      return null;
    }).when(portfolio).recordDecision(any(), any(), nullable(String.class), nullable(String.class), nullable(String.class),
        nullable(String.class));
    doAnswer(call -> {
      Row row = row(call.getArgument(0));
      row.outcome = call.getArgument(1);
      row.revisions = call.getArgument(2);
      return null;
    }).when(portfolio).recordValidationOutcome(any(), anyString(), anyLong());
    doAnswer(call -> {
      row(call.getArgument(0)).changeManagement = call.getArgument(1);
      return null;
    }).when(portfolio).recordChangeManagementNeeded(any(), anyBoolean());
    doAnswer(call -> {
      byKey(call.getArgument(0)).ifPresent(row -> row.health = ((Health) call.getArgument(3)).overall().name());
      return null;
    }).when(portfolio).recordStatusReport(anyString(), any(), anyLong(), any(), nullable(String.class));
    doAnswer(call -> {
      boolean reached = (long) call.getArgument(1) >= (long) call.getArgument(2);
      adoption.put(call.getArgument(0), reached);
      return reached;
    }).when(portfolio).recordAdoptionCheck(any(), anyLong(), anyLong(), nullable(String.class), nullable(String.class));

    doAnswer(call -> Optional.ofNullable(rows.get(call.<ProjectRef>getArgument(0))).map(Row::facts))
        .when(portfolio).routeFacts(any());
    doAnswer(call -> {
      ProjectRef ref = call.getArgument(0);
      String kind = ((DecisionKind) call.getArgument(1)).name();
      String subject = call.getArgument(2);
      String last = null;
      for (String[] d : decisions) {
        if (d[0].equals(ref.processInstanceId()) && d[1].equals(ref.businessKey()) && d[2].equals(kind)
            && Objects.equals(d[3], subject)) {
          last = d[4];
        }
      }
      return Optional.ofNullable(last);
    }).when(portfolio).lastDecision(any(), any(), nullable(String.class));
    doAnswer(call -> Optional.ofNullable(adoption.get(call.<ProjectRef>getArgument(0)))).when(portfolio).lastAdoptionReached(any());
  }

  /** The recorded track of the only project, for assertions. */
  String track() {
    return rows.values().stream().findFirst().map(row -> row.track).orElse(null);
  }

  private Row row(ProjectRef ref) {
    Row row = rows.get(ref);
    if (row == null) {
      throw new IllegalStateException("no project row for " + ref);
    }
    return row;
  }

  private Optional<Row> byKey(String key) {
    return rows.entrySet().stream().filter(e -> e.getKey().businessKey().equals(key)).map(Map.Entry::getValue).findFirst();
  }

  private static final class Row {
    String type;
    long budget;
    Long months;
    long communes;
    String track;
    long revisions;
    String outcome;
    Boolean changeManagement;
    String health;
    String manager;
    List<String> sites = List.of();

    RouteFacts facts() {
      return new RouteFacts(track, type, budget, months, communes, revisions, outcome, changeManagement, health, manager);
    }
  }
}
