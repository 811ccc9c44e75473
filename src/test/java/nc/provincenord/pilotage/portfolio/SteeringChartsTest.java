package nc.provincenord.pilotage.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import nc.provincenord.pilotage.portfolio.PortfolioViews.ProjectSummary;
import nc.provincenord.pilotage.portfolio.SteeringCharts.Mark;
import nc.provincenord.pilotage.portfolio.SteeringCharts.RoadmapChart;
import nc.provincenord.pilotage.steering.RiskMap;
import nc.provincenord.pilotage.steering.RiskMap.Cell;
import nc.provincenord.pilotage.steering.Roadmap.RoadmapMilestone;
import nc.provincenord.pilotage.steering.Workload;
import nc.provincenord.pilotage.steering.Workload.MonthLoad;
import nc.provincenord.pilotage.steering.Workload.PersonLoad;
import org.junit.jupiter.api.Test;

/** The geometry of the roadmap, workload and risk pictures, without the application. */
class SteeringChartsTest {

  private final Formats formats = new Formats(ZoneId.of("Pacific/Noumea"));

  @Test
  void milestonesShareOneTimeAxisFromTheFirstToTheLastMonth() {
    ProjectSummary a = project("PRJ-2026-0001");
    ProjectSummary b = project("PRJ-2026-0002");
    Map<String, List<RoadmapMilestone>> milestones = Map.of(
        a.code(), List.of(new RoadmapMilestone(a.code(), 1, "Recette", null, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 1), null)),
        b.code(), List.of(new RoadmapMilestone(b.code(), 1, "Fin", null, LocalDate.of(2026, 12, 31), null, LocalDate.of(2026, 12, 15))));
    RoadmapChart chart = SteeringCharts.roadmap(List.of(a, b), milestones, LocalDate.of(2026, 6, 1), formats);

    assertThat(chart.rows()).hasSize(2);
    List<Mark> first = chart.rows().get(0).marks();
    assertThat(first).extracting(Mark::kind).containsExactly("planned", "forecast");
    assertThat(first.get(0).x()).as("1 January is the start of the axis").isEqualTo(chart.axisStart());
    assertThat(first.get(1).x()).isGreaterThan(first.get(0).x());
    assertThat(chart.rows().get(0).slip()).isNotNull();
    Mark reached = chart.rows().get(1).marks().get(1);
    assertThat(reached.kind()).isEqualTo("actual");
    assertThat(reached.title()).isEqualTo("PRJ-2026-0002 — Fin : atteint le 15/12/2026");
    assertThat(chart.rows().get(1).slip()).as("reached early: no slip").isNull();
    assertThat(chart.rows().get(1).marks().get(0).x()).isLessThanOrEqualTo(chart.axisEnd());
    assertThat(chart.ticks()).hasSize(12);
    assertThat(chart.ticks().get(0).label()).isEqualTo("janv. 2026");
    assertThat(chart.todayX()).isBetween(chart.axisStart(), chart.axisEnd());
  }

  @Test
  void aLongNameIsShortenedLeftOfThePictureAndWholeInItsTitle() {
    ProjectSummary a = project("PRJ-2026-0001");
    String name = "Recette fonctionnelle du portail des aides et des subventions";
    RoadmapChart chart = SteeringCharts.roadmap(List.of(a), Map.of(a.code(), List.of(
        new RoadmapMilestone(a.code(), 1, name, null, LocalDate.of(2026, 1, 1), null, null))), LocalDate.of(2026, 6, 1), formats);
    assertThat(chart.rows().get(0).milestone()).isEqualTo("Recette fonctionnelle d…").hasSize(SteeringCharts.NAME_LENGTH);
    assertThat(chart.rows().get(0).marks().get(0).title()).contains(name);
  }

  @Test
  void aLongRoadmapKeepsItsTicksFew() {
    ProjectSummary a = project("PRJ-2026-0001");
    RoadmapChart chart = SteeringCharts.roadmap(List.of(a), Map.of(a.code(), List.of(
        new RoadmapMilestone(a.code(), 1, "Début", null, LocalDate.of(2020, 1, 1), null, null),
        new RoadmapMilestone(a.code(), 2, "Fin", null, LocalDate.of(2029, 12, 1), null, null))), LocalDate.of(2026, 6, 1), formats);
    assertThat(chart.ticks()).hasSize(10);
  }

  @Test
  void anOverAllocatedMonthSaysSoInItsTextNotOnlyItsColor() {
    YearMonth march = YearMonth.of(2026, 3);
    Workload workload = new Workload(List.of(march), List.of(new PersonLoad("cdp", "Jean-Pierre Goa",
        List.of(new MonthLoad(march, 130, 2)))), 0, 50, 1, 1);
    var cell = SteeringCharts.workload(workload).rows().get(0).cells().get(0);
    assertThat(cell.level()).isEqualTo("load-over");
    assertThat(cell.text()).isEqualTo("⚠ 130 %");
    assertThat(cell.title()).isEqualTo("Jean-Pierre Goa, mars 2026 : 130 % sur 2 projet(s) — surcharge (plus de 100 %)");
  }

  @Test
  void theRiskMapPutsHighProbabilityAtTheTopAndHighImpactAtTheRight() {
    RiskMap map = new RiskMap(List.of(new Cell(4, 4, 3), new Cell(1, 1, 2)), List.of(), 0, 50, 0, 0);
    var grid = SteeringCharts.riskMap(map, (p, i) -> "/r?p=" + p + "&i=" + i);
    var top = grid.cells().stream().filter(c -> c.probability() == 4 && c.impact() == 4).findFirst().orElseThrow();
    var bottom = grid.cells().stream().filter(c -> c.probability() == 1 && c.impact() == 1).findFirst().orElseThrow();
    assertThat(grid.cells()).hasSize(16);
    assertThat(top.y()).isLessThan(bottom.y());
    assertThat(top.x()).isGreaterThan(bottom.x());
    assertThat(top.count()).isEqualTo(3);
    assertThat(top.level()).isEqualTo("risk-high");
    assertThat(bottom.level()).isEqualTo("risk-low");
    assertThat(top.href()).isEqualTo("/r?p=4&i=4");
  }

  private static ProjectSummary project(String code) {
    return new ProjectSummary(code, "Projet " + code, "DSI", "STANDARD", "REALISATION", "Réalisation", "ACTIVE", "cdp",
        null, null, null, List.of());
  }
}
