package nc.provincenord.pilotage.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nc.provincenord.pilotage.lifecycle.HealthService.Health;
import nc.provincenord.pilotage.lifecycle.HealthService.HealthLevel;
import nc.provincenord.pilotage.lifecycle.HealthService.StatusFigures;
import nc.provincenord.pilotage.steering.Milestone;
import nc.provincenord.pilotage.steering.Risk;
import nc.provincenord.pilotage.steering.RiskStatus;
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

  @Test
  void shouldRateScheduleFromTheMostLateMilestone() {
    LocalDate planned = LocalDate.of(2026, 3, 31);
    java.util.List<Milestone> milestones = java.util.List.of(
        new Milestone(1, "Conception", null, planned, null, planned.plusDays(10)),
        new Milestone(2, "Recette", null, planned.plusMonths(1), planned.plusMonths(1).plusDays(15), null));
    Health result = health.assess(new StatusFigures(50, 5_000_000, 10_000_000, PLANNED_END, PLANNED_END, 0, milestones,
        java.util.List.of()));
    assertThat(result.schedule()).isEqualTo(HealthLevel.AMBER);
    assertThat(result.reasons()).containsExactly(
        "Délai : jalon « Recette » prévu le 2026-04-30, prévu désormais le 2026-05-15 (15 jours de retard).");
    java.util.List<Milestone> veryLate = java.util.List.of(new Milestone(1, "Recette", null, planned, planned.plusDays(45), null));
    assertThat(health.assess(new StatusFigures(50, 5_000_000, 10_000_000, PLANNED_END, PLANNED_END, 0, veryLate,
        java.util.List.of())).schedule()).isEqualTo(HealthLevel.RED);
  }

  @Test
  void shouldTurnQualityAmberFromAnOpenRiskAtTheConfiguredScore() {
    Risk severe = new Risk(1, "Départ du prestataire", 3, 3, "moe", null, RiskStatus.OPEN);
    Risk lower = new Risk(2, "Retard de livraison", 2, 4, null, null, RiskStatus.OPEN);
    Risk closed = new Risk(3, "Budget gelé", 4, 4, null, null, RiskStatus.CLOSED);
    Health result = health.assess(new StatusFigures(50, 5_000_000, 10_000_000, PLANNED_END, PLANNED_END, 0, java.util.List.of(),
        java.util.List.of(severe, lower, closed)));
    assertThat(result.quality()).isEqualTo(HealthLevel.AMBER);
    assertThat(result.reasons()).containsExactly("Qualité : risque ouvert « Départ du prestataire » (probabilité 3 × impact 3 = 9).");
    HealthService stricter = new HealthService(new HealthThresholds(10, 25, 15, 45, 1, 3, 8));
    assertThat(stricter.assess(new StatusFigures(50, 5_000_000, 10_000_000, PLANNED_END, PLANNED_END, 0, java.util.List.of(),
        java.util.List.of(lower))).quality()).isEqualTo(HealthLevel.AMBER);
    assertThat(health.assess(new StatusFigures(50, 5_000_000, 10_000_000, PLANNED_END, PLANNED_END, 0, java.util.List.of(),
        java.util.List.of(lower, closed))).quality()).isEqualTo(HealthLevel.GREEN);
  }
}
