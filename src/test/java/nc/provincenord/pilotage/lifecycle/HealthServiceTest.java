package nc.provincenord.pilotage.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nc.provincenord.pilotage.lifecycle.HealthService.Health;
import nc.provincenord.pilotage.lifecycle.HealthService.HealthLevel;
import nc.provincenord.pilotage.lifecycle.HealthService.StatusFigures;
import org.junit.jupiter.api.Test;

class HealthServiceTest {

  static final LocalDate PLANNED_END = LocalDate.of(2026, 6, 30);
  final HealthService health = new HealthService(HealthThresholds.defaults());

  @Test
  void shouldBeGreenWhenCostFollowsProgressOnTimeWithoutIssues() {
    Health result = health.assess(new StatusFigures(50, 5_500_000, 10_000_000, PLANNED_END, PLANNED_END.plusDays(14), 0));
    assertThat(result.overall()).isEqualTo(HealthLevel.GREEN);
    assertThat(result.reasons()).isEmpty();
  }

  @Test
  void shouldRateEachAxisAtItsThresholds() {
    assertThat(health.assess(new StatusFigures(40, 5_000_000, 10_000_000, PLANNED_END, PLANNED_END, 0)).cost()).isEqualTo(HealthLevel.AMBER);
    assertThat(health.assess(new StatusFigures(40, 6_500_000, 10_000_000, PLANNED_END, PLANNED_END, 0)).cost()).isEqualTo(HealthLevel.RED);
    assertThat(health.assess(new StatusFigures(100, 10_000_001, 10_000_000, PLANNED_END, PLANNED_END, 0)).cost()).isEqualTo(HealthLevel.RED);
    assertThat(health.assess(new StatusFigures(50, 0, 10_000_000, PLANNED_END, PLANNED_END.plusDays(15), 0)).schedule()).isEqualTo(HealthLevel.AMBER);
    assertThat(health.assess(new StatusFigures(50, 0, 10_000_000, PLANNED_END, PLANNED_END.plusDays(45), 0)).schedule()).isEqualTo(HealthLevel.RED);
    assertThat(health.assess(new StatusFigures(50, 0, 10_000_000, PLANNED_END, PLANNED_END, 1)).quality()).isEqualTo(HealthLevel.AMBER);
    assertThat(health.assess(new StatusFigures(50, 0, 10_000_000, PLANNED_END, PLANNED_END, 3)).quality()).isEqualTo(HealthLevel.RED);
  }

  @Test
  void shouldTakeTheWorstAxisAndSayWhyInFrench() {
    Health result = health.assess(new StatusFigures(20, 2_000_000, 10_000_000, PLANNED_END, PLANNED_END.plusDays(60), 1));
    assertThat(result.overall()).isEqualTo(HealthLevel.RED);
    assertThat(result.reasons()).containsExactly(
        "Délai : fin prévue le 2026-08-29, 60 jours après la date planifiée.",
        "Qualité : 1 anomalie(s) ouverte(s).");
  }
}
