package nc.provincenord.pilotage.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.List;
import nc.provincenord.pilotage.lifecycle.events.ProjectRequestRefused;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;

/** A refused project ends as REFUSED and its people are told why, from the last refusal recorded. */
class ProjectRefusalTest {

  final ProjectPortfolio portfolio = mock(ProjectPortfolio.class);
  final List<Object> events = new ArrayList<>();
  final ProjectRefusal refusal = new ProjectRefusal(portfolio, events::add);

  @Test
  void theProjectEndsRefusedAndTheRequesterLearnsTheStageAndTheReason() {
    when(portfolio.lastRefusal("PRJ-2026-0042"))
        .thenReturn(new ProjectPortfolio.Decision(ProjectStage.VALIDATION, "Hors du périmètre de la DSI", "moa"));

    refusal.refuse("PRJ-2026-0042", "Portail des aides", "demandeur", "cdp");

    InOrder order = inOrder(portfolio);
    order.verify(portfolio).lastRefusal("PRJ-2026-0042");
    order.verify(portfolio).finish("PRJ-2026-0042", Choices.ProjectStatus.REFUSED);
    assertThat(events).singleElement().isInstanceOfSatisfying(ProjectRequestRefused.class, told -> {
      assertThat(told.recipients().userIds()).containsExactly("demandeur", "cdp");
      assertThat(told).extracting(ProjectRequestRefused::businessKey, ProjectRequestRefused::title)
          .containsExactly("PRJ-2026-0042", "Portail des aides");
      assertThat(told.stageLabel()).isEqualTo("Validation");
      assertThat(told.reason()).isEqualTo("Hors du périmètre de la DSI");
      assertThat(told.decidedBy()).isEqualTo("moa");
    });
  }
}
