package nc.provincenord.pilotage.steering;

import static nc.provincenord.pilotage.steering.PlanRows.lines;
import static nc.provincenord.pilotage.steering.PlanRows.milestone;
import static nc.provincenord.pilotage.steering.PlanRows.plan;
import static nc.provincenord.pilotage.steering.PlanRows.team;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nc.provincenord.pilotage.lifecycle.LifecycleVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.identity.UserQuery;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.junit.jupiter.api.Test;

/**
 * The planning's rules on the milestones, the team and the budget lines, each refusal with its French message,
 * without the application (the directory: the demo users). That a refused plan is a 400 through the REST API
 * with nothing written, and that a good plan shows on the page, in the API and in the reports, is shown on the
 * whole application by {@link SteeringRestTest}.
 */
class PlanValidationTest {

  private static final Set<String> DIRECTORY = Set.of("cdp", "moa", "moe", "demandeur");

  final LocalDate today = LocalDate.now();
  final LocalDate end = today.plusMonths(2);

  private final PlanValidation validation = new PlanValidation();
  private final Map<String, Object> variables = new HashMap<>();
  private final DelegateExecution execution = execution();

  @Test
  void aMilestoneOutsideThePlannedPeriodIsRefused() {
    assertRefused(plan(List.of(milestone("Recette", today.minusDays(3))), team(), lines(today.getYear(), 3_000_000)),
        "doit être comprise entre la date de début");
  }

  @Test
  void milestonesOutOfOrderAreRefused() {
    assertRefused(plan(List.of(milestone("Recette", today.plusMonths(1)), milestone("Lancement", today.plusDays(2))),
        team(), lines(today.getYear(), 3_000_000)), "rangez les jalons dans l'ordre de leurs dates");
  }

  @Test
  void anAllocationAboveAHundredPercentIsRefused() {
    assertRefused(plan(List.of(milestone("Recette", today.plusMonths(1))),
        List.of(Map.of("member", "cdp", "role", "Chef de projet", "allocationPercent", 150)), lines(today.getYear(), 3_000_000)),
        "« Part du temps (%) » doit être compris entre 1 et 100 (reçu : 150)");
  }

  @Test
  void aTeamMemberUnknownToTheDirectoryIsRefused() {
    assertRefused(plan(List.of(milestone("Recette", today.plusMonths(1))),
        List.of(Map.of("member", "inconnu", "role", "Testeur", "allocationPercent", 20)), lines(today.getYear(), 3_000_000)),
        "« inconnu » n'est pas un utilisateur connu de l'annuaire");
  }

  @Test
  void budgetLinesMustAddUpToThePlannedBudget() {
    assertRefused(plan(List.of(milestone("Recette", today.plusMonths(1))), team(), lines(today.getYear(), 2_000_000)),
        "la somme des lignes (2000000 XPF) doit être égale au budget planifié (3000000 XPF)");
  }

  @Test
  void anUnknownNatureIsRefused() {
    assertRefused(plan(List.of(milestone("Recette", today.plusMonths(1))), team(),
        List.of(Map.of("year", today.getYear(), "nature", "SUBVENTION", "plannedAmount", 3_000_000))),
        "« SUBVENTION » n'est pas un choix possible pour « Nature »");
  }

  @Test
  void aYearOutsideThePlannedPeriodIsRefused() {
    assertRefused(plan(List.of(milestone("Recette", today.plusMonths(1))), team(),
        List.of(Map.of("year", today.getYear() - 1, "nature", "INVESTMENT", "plannedAmount", 3_000_000))),
        "« Année » doit être compris entre " + today.getYear());
  }

  @Test
  void aGoodPlanIsAccepted() {
    variables.putAll(plan(List.of(milestone("Recette", today.plusMonths(1)), milestone("Mise en service", end)), team(),
        lines(today.getYear(), 3_000_000)));

    PlanEntry entry = validation.planning(execution, today, end, 3_000_000L);

    assertThat(entry.milestones()).extracting(Milestone::name).containsExactly("Recette", "Mise en service");
    assertThat(entry.team()).extracting(TeamMember::userId).containsExactly("cdp");
    assertThat(entry.budgetLines()).extracting(BudgetLine::plannedAmount).containsExactly(3_000_000L);
  }

  private void assertRefused(Map<String, Object> plan, String message) {
    variables.putAll(plan);
    assertThatThrownBy(() -> validation.planning(execution, today, end, 3_000_000L))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining(message).hasMessageContaining("Rien n'a été enregistré");
  }

  private DelegateExecution execution() {
    DelegateExecution execution = mock(DelegateExecution.class, RETURNS_DEEP_STUBS);
    when(execution.getVariable(anyString())).thenAnswer(call -> variables.get(call.<String>getArgument(0)));
    doAnswer(call -> variables.put(call.getArgument(0), call.getArgument(1))).when(execution).setVariable(anyString(), any());
    when(execution.getProcessEngineServices().getIdentityService().createUserQuery()).thenAnswer(call -> {
      String[] asked = new String[1];
      UserQuery query = mock(UserQuery.class);
      when(query.userId(anyString())).thenAnswer(id -> {
        asked[0] = id.getArgument(0);
        return query;
      });
      when(query.count()).thenAnswer(count -> DIRECTORY.contains(asked[0]) ? 1L : 0L);
      return query;
    });
    return execution;
  }
}
