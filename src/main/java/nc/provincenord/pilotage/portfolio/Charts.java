package nc.provincenord.pilotage.portfolio;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import nc.provincenord.pilotage.lifecycle.ProjectFigures;
import nc.provincenord.pilotage.lifecycle.ProjectFigures.BudgetLine;
import nc.provincenord.pilotage.lifecycle.ProjectFigures.CommuneRollout;
import nc.provincenord.pilotage.portfolio.PortfolioViews.Count;
import nc.provincenord.pilotage.lifecycle.ProjectFigures.StageDuration;
import nc.provincenord.pilotage.lifecycle.ProjectFigures.StageVisit;
import nc.provincenord.pilotage.lifecycle.ProjectFigures.StatusReportView;

/**
 * The one chart model of Pilotage: data, titles, labels and geometry computed here, then drawn
 * by two renderers — server-side SVG for the pages ({@code templates/portfolio/chart.html}, every
 * label escaped by {@code th:text}; no script, nothing fetched) and vector drawing in the PDF
 * reports ({@link PdfCharts}, OpenPDF). Coordinates are in page pixels, y downwards; each
 * {@code cssClass} names one color of {@code portfolio.css}, mirrored by {@link PdfCharts#color}.
 */
public final class Charts {

  static final int WIDTH = 720;
  static final int LABEL_WIDTH = 190;
  static final int BAR_AREA = 420;
  static final int ROW = 26;

  private Charts() {
  }

  /** A horizontal bar chart; each {@link Bar} is one rectangle with its label and value. */
  public record BarChart(String id, String title, String description, int width, int height, List<Bar> bars,
                         List<Legend> legend) {
  }

  /**
   * One rectangle: {@code label} is written left of the bars (empty for the second segment of a
   * stacked bar), {@code value} after the rectangle (empty: none), {@code tooltip} is its title.
   */
  public record Bar(String label, String value, int y, int x, int width, int barHeight, String cssClass, String tooltip) {

    public Bar(String label, String value, int y, int x, int width, int barHeight, String cssClass) {
      this(label, value, y, x, width, barHeight, cssClass, label.isEmpty() ? value : label + " : " + value);
    }
  }

  public record Legend(String label, String cssClass) {
  }

  /** A line chart of percentages over time (status reports). */
  public record LineChart(String id, String title, int width, int height, List<Line> lines, List<Point> points,
                          List<Tick> ticks) {
  }

  public record Line(String label, String points, String cssClass) {
  }

  public record Point(int x, int y, String title, String cssClass) {
  }

  public record Tick(int x, int y, String label) {
  }

  public record Timeline(String id, int width, int height, List<Bar> bars, String start, String end) {
  }

  static BarChart projectsPerStage(List<Count> counts) {
    long max = counts.stream().mapToLong(Count::count).max().orElse(0);
    List<Bar> bars = new ArrayList<>();
    int y = 6;
    for (Count count : counts) {
      bars.add(new Bar(count.label(), Formats.number(count.count()), y, LABEL_WIDTH, scale(count.count(), max), ROW - 6, "bar-stage"));
      y += ROW;
    }
    return new BarChart("chart-stages", "Projets par étape", "Nombre de projets dans chaque étape du cycle de vie",
        WIDTH, y + 4, bars, List.of());
  }

  static BarChart budgetPerDirection(List<BudgetLine> lines) {
    long max = lines.stream().mapToLong(line -> Math.max(line.allocated(), line.consumed())).max().orElse(0);
    List<Bar> bars = new ArrayList<>();
    int y = 6;
    for (BudgetLine line : lines) {
      bars.add(new Bar(line.direction() + " — alloué", Formats.number(line.allocated()) + " XPF", y, LABEL_WIDTH,
          scale(line.allocated(), max), 11, "bar-allocated"));
      bars.add(new Bar(line.direction() + " — consommé", Formats.number(line.consumed()) + " XPF", y + 12, LABEL_WIDTH,
          scale(line.consumed(), max), 11, "bar-consumed"));
      y += 2 * ROW;
    }
    return new BarChart("chart-budget", "Budget alloué et consommé par direction",
        "Budget de référence (alloué, à défaut planifié, à défaut estimé) et budget consommé, en XPF", WIDTH, y + 4, bars,
        List.of(new Legend("Alloué", "bar-allocated"), new Legend("Consommé", "bar-consumed")));
  }

  static BarChart medianDays(List<StageDuration> durations) {
    double max = durations.stream().mapToDouble(StageDuration::medianDays).max().orElse(0);
    List<Bar> bars = new ArrayList<>();
    int y = 6;
    for (StageDuration duration : durations) {
      int width = max <= 0 ? 0 : (int) Math.round(duration.medianDays() / max * BAR_AREA);
      bars.add(new Bar(duration.label(), Formats.duration(duration.medianDays()) + " (" + duration.projects()
          + (duration.projects() > 1 ? " projets)" : " projet)"), y,
          LABEL_WIDTH, width, ROW - 6, "bar-duration"));
      y += ROW;
    }
    return new BarChart("chart-durations", "Durée médiane par étape",
        "Médiane du temps passé dans chaque étape terminée (minutes, heures ou jours), d'après l'historique des étapes", WIDTH, y + 4, bars, List.of());
  }

  static BarChart rolloutByCommune(List<CommuneRollout> communes) {
    long max = communes.stream().mapToLong(c -> Math.max(c.planned(), c.concerned())).max().orElse(0);
    List<Bar> bars = new ArrayList<>();
    int y = 6;
    for (CommuneRollout commune : communes) {
      bars.add(new Bar(commune.name(), commune.accepted() + " / " + commune.planned() + " sites vérifiés · "
          + commune.concerned() + " projets concernés", y, LABEL_WIDTH, scale(commune.planned(), max), 9, "bar-planned"));
      bars.add(new Bar("", "", y + 10, LABEL_WIDTH, scale(commune.accepted(), max), 9, "bar-accepted",
          commune.name() + " — sites vérifiés (VSR) : " + commune.accepted()));
      y += ROW;
    }
    return new BarChart("chart-communes", "Déploiement par commune",
        "Sites de déploiement planifiés et vérifiés (VSR) dans chaque commune", WIDTH, y + 4, bars,
        List.of(new Legend("Sites planifiés", "bar-planned"), new Legend("Sites vérifiés (VSR)", "bar-accepted")));
  }

  /** Active projects per stage, one bar per stage stacked by overall health (weekly report). */
  static BarChart stagesByHealth(List<ProjectFigures.StageHealth> rows) {
    long max = rows.stream().mapToLong(ProjectFigures.StageHealth::total).max().orElse(0);
    String[][] levels = {{"vert", "bar-green"}, {"orange", "bar-amber"}, {"rouge", "bar-red"}, {"non évaluée", "bar-none"}};
    List<Bar> bars = new ArrayList<>();
    int y = 6;
    for (ProjectFigures.StageHealth row : rows) {
      long[] counts = {row.green(), row.amber(), row.red(), row.none()};
      int x = LABEL_WIDTH;
      long sum = 0;
      for (int level = 0; level < counts.length; level++) {
        sum += counts[level];
        // Each segment ends where the running total ends, so rounding never drifts.
        int end = LABEL_WIDTH + scale(sum, max);
        boolean last = level == counts.length - 1;
        bars.add(new Bar(level == 0 ? row.label() : "", last ? Formats.number(row.total()) : "", y, x, end - x, ROW - 6,
            levels[level][1], row.label() + " — " + levels[level][0] + " : " + Formats.number(counts[level])));
        x = end;
      }
      y += ROW;
    }
    List<Legend> legend = new ArrayList<>();
    for (String[] level : levels) {
      legend.add(new Legend(level[0], level[1]));
    }
    return new BarChart("chart-stage-health", "Projets actifs par étape et santé",
        "Nombre de projets actifs dans chaque étape, par santé globale (vert, orange, rouge, non évaluée)", WIDTH, y + 4, bars,
        legend);
  }

  /** Reference and consumed budget of the active projects per direction (weekly report). */
  static BarChart referenceBudgetPerDirection(List<ProjectFigures.DirectionBudget> directions) {
    BarChart chart = budgetPerDirection(directions.stream()
        .map(d -> new BudgetLine(d.direction(), d.reference(), d.consumed())).toList());
    List<Bar> bars = chart.bars().stream().map(bar -> new Bar(bar.label().replace(" — alloué", " — référence"), bar.value(),
        bar.y(), bar.x(), bar.width(), bar.barHeight(), bar.cssClass())).toList();
    return new BarChart(chart.id(), "Budget de référence et consommé par direction", chart.description(), chart.width(),
        chart.height(), bars, List.of(new Legend("Budget de référence", "bar-allocated"), new Legend("Consommé", "bar-consumed")));
  }

  /** Time spent in each stage of one project (closing report); each {@code Count} holds minutes. */
  static BarChart daysPerStage(List<Count> days) {
    long max = days.stream().mapToLong(Count::count).max().orElse(0);
    List<Bar> bars = new ArrayList<>();
    int y = 6;
    for (Count stage : days) {
      bars.add(new Bar(stage.label(), Formats.duration(stage.count() / 1440.0), y, LABEL_WIDTH, scale(stage.count(), max),
          ROW - 6, "bar-stage"));
      y += ROW;
    }
    return new BarChart("chart-stage-days", "Jours passés par étape",
        "Temps passé dans chaque étape du projet, de l'entrée à la sortie", WIDTH, y + 4, bars, List.of());
  }

  /** The stages of a project on a time axis. */
  static Timeline timeline(List<StageVisit> visits, OffsetDateTime now, Formats formats) {
    if (visits.isEmpty()) {
      return new Timeline("chart-timeline", WIDTH, 0, List.of(), "", "");
    }
    OffsetDateTime start = visits.get(0).enteredAt();
    OffsetDateTime end = visits.stream().map(v -> v.leftAt() == null ? now : v.leftAt()).max(OffsetDateTime::compareTo).orElse(now);
    double span = Math.max(1, java.time.Duration.between(start, end).getSeconds());
    List<Bar> bars = new ArrayList<>();
    int y = 6;
    for (StageVisit visit : visits) {
      OffsetDateTime left = visit.leftAt() == null ? now : visit.leftAt();
      int x = LABEL_WIDTH + (int) Math.round(java.time.Duration.between(start, visit.enteredAt()).getSeconds() / span * BAR_AREA);
      int width = Math.max(3, (int) Math.round(java.time.Duration.between(visit.enteredAt(), left).getSeconds() / span * BAR_AREA));
      bars.add(new Bar(visit.label(), formats.day(visit.enteredAt()) + " → " + (visit.leftAt() == null ? "en cours" : formats.day(visit.leftAt())),
          y, x, width, ROW - 6, visit.leftAt() == null ? "bar-current" : "bar-stage"));
      y += ROW;
    }
    return new Timeline("chart-timeline", WIDTH + 160, y + 4, bars, formats.day(start), formats.day(end));
  }

  /** Progress and share of the budget consumed, report after report. */
  static LineChart trend(List<StatusReportView> reports, Formats formats) {
    int width = WIDTH;
    int height = 220;
    int left = 40;
    int top = 10;
    int plotWidth = width - left - 20;
    int plotHeight = height - top - 40;
    long maxPercent = Math.max(100, reports.stream().mapToLong(StatusReportView::consumedPercent).max().orElse(100));
    StringBuilder progress = new StringBuilder();
    StringBuilder cost = new StringBuilder();
    List<Point> points = new ArrayList<>();
    List<Tick> ticks = new ArrayList<>();
    for (int i = 0; i < reports.size(); i++) {
      StatusReportView report = reports.get(i);
      int x = left + (reports.size() == 1 ? plotWidth / 2 : i * plotWidth / (reports.size() - 1));
      int yProgress = top + plotHeight - (int) (report.progressPercent() * plotHeight / maxPercent);
      int yCost = top + plotHeight - (int) (report.consumedPercent() * plotHeight / maxPercent);
      progress.append(x).append(',').append(yProgress).append(' ');
      cost.append(x).append(',').append(yCost).append(' ');
      String day = formats.day(report.reportedAt());
      points.add(new Point(x, yProgress, day + " : avancement " + report.progressPercent() + " %", "point-progress"));
      points.add(new Point(x, yCost, day + " : budget consommé " + report.consumedPercent() + " %", "point-cost"));
      ticks.add(new Tick(x, height - 12, day));
    }
    for (long percent = 0; percent <= maxPercent; percent += 25) {
      ticks.add(new Tick(0, top + plotHeight - (int) (percent * plotHeight / maxPercent) + 4, percent + " %"));
    }
    return new LineChart("chart-trend", "Avancement et budget consommé (%)", width, height,
        List.of(new Line("Avancement (%)", progress.toString().strip(), "line-progress"),
            new Line("Budget consommé (% du budget de référence)", cost.toString().strip(), "line-cost")),
        points, ticks);
  }

  private static int scale(long value, long max) {
    return max <= 0 ? 0 : (int) Math.round((double) value / max * BAR_AREA);
  }
}
