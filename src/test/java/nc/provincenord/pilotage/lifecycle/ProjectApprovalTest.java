package nc.provincenord.pilotage.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nc.provincenord.pilotage.lifecycle.events.ProjectApproved;
import org.junit.jupiter.api.Test;

/** The arbitration's budget and priority count only where the committee arbitrated and approved. */
class ProjectApprovalTest {

  static final ProjectRef PROJECT = new ProjectRef("pi-1", "PRJ-2026-0042");
  static final ProjectApproval.Approved FORM = new ProjectApproval.Approved("Portail des aides", "demandeur", "cdp",
      42_000_000L, "HIGH");

  final ProjectPortfolio portfolio = mock(ProjectPortfolio.class);
  final List<Object> events = new ArrayList<>();
  final ProjectApproval approval = new ProjectApproval(portfolio, events::add);

  @Test
  void aMajorProjectApprovedByTheCommitteeKeepsItsBudgetAndPriority() {
    onTrack("MAJOR");
    when(portfolio.lastDecision(PROJECT, DecisionKind.ARBITRATION, null)).thenReturn(Optional.of("APPROVE"));

    approval.approve(PROJECT, FORM);

    verify(portfolio).recordArbitration("PRJ-2026-0042", 42_000_000L, "HIGH");
    ProjectApproved told = (ProjectApproved) events.get(0);
    assertThat(told.allocatedBudget()).isEqualTo(42_000_000L);
    assertThat(told.priorityLabel()).isEqualTo("haute");
    assertThat(told.trackLabel()).isEqualTo("majeure (arbitrage du comité de pilotage)");
    assertThat(told.recipients().userIds()).containsExactly("demandeur", "cdp");
  }

  @Test
  void aStandardProjectIgnoresArbitrationValuesSentWithTheForm() {
    onTrack("STANDARD");
    when(portfolio.lastDecision(PROJECT, DecisionKind.ARBITRATION, null)).thenReturn(Optional.of("APPROVE"));

    approval.approve(PROJECT, FORM);

    verify(portfolio, never()).recordArbitration(anyString(), anyLong(), any());
    ProjectApproved told = (ProjectApproved) events.get(0);
    assertThat(told.allocatedBudget()).isNull();
    assertThat(told.priorityLabel()).isNull();
    assertThat(told.trackLabel()).isEqualTo("standard (validation MOA et MOE)");
  }

  private void onTrack(String track) {
    when(portfolio.routeFacts(PROJECT)).thenReturn(Optional.of(new ProjectPortfolio.RouteFacts(track, "SI", 42_000_000L, 6L, 1,
        0, "APPROVE", false, null, "cdp")));
  }
}
