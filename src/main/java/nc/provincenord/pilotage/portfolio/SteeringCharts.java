package nc.provincenord.pilotage.portfolio;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import nc.provincenord.pilotage.portfolio.PortfolioViews.ProjectSummary;
import nc.provincenord.pilotage.steering.RiskMap;
import nc.provincenord.pilotage.steering.Roadmap.RoadmapMilestone;
import nc.provincenord.pilotage.steering.Workload;
import nc.provincenord.pilotage.steering.Workload.MonthLoad;
import nc.provincenord.pilotage.steering.Workload.PersonLoad;

/**
 * Geometry of the roadmap, workload and risk map pictures (server-side SVG, drawn by the
 * templates with escaped labels; every mark carries its own French {@code <title>}).
 */
final class SteeringCharts {

  static final int LABEL_WIDTH = 260;
  static final int AXIS_WIDTH = 640;
  static final int ROW = 22;
  static final int TOP = 28;
  static final int CELL = 58;
  /** Characters of a milestone's name or a person's name left of the picture (the full name is in the title and the table). */
  static final int NAME_LENGTH = 24;

  private SteeringCharts() {
  }

  /** A milestone mark: planned (hollow diamond), forecast (filled circle) or reached (square). */
  record Mark(int x, int y, String kind, String title) {
  }

  /** A slip: a line from the planned date to the later forecast or actual date. */
  record Slip(int x1, int x2, int y) {
  }

  /** One milestone row of the roadmap; {@code project} is set on the project's first row only. */
  record RoadmapRow(int y, String code, String project, String milestone, List<Mark> marks, Slip slip) {
  }

  record Tick(int x, String label) {
  }

  record RoadmapChart(String title, String description, int width, int height, List<RoadmapRow> rows, List<Tick> ticks,
                      Integer todayX, int axisStart, int axisEnd) {
  }

  record HeatCell(int x, int y, int width, int height, String text, String level, String title) {
  }

  record HeatRow(int y, String label, List<HeatCell> cells) {
  }

  record Heatmap(String title, String description, int width, int height, List<Tick> months, List<HeatRow> rows) {
  }

  record RiskCell(int x, int y, int probability, int impact, long count, String level, String title, String href) {
  }

  record RiskGrid(String title, String description, int width, int height, List<RiskCell> cells, List<Tick> impacts,
                  List<Tick> probabilities) {
  }

  /** The page's projects, each milestone on its own row, on one time axis (months) shared by all. */
  static RoadmapChart roadmap(List<ProjectSummary> projects, Map<String, List<RoadmapMilestone>> milestones, LocalDate today,
                              Formats formats) {
    List<LocalDate> dates = projects.stream().flatMap(p -> milestones.getOrDefault(p.code(), List.of()).stream())
        .flatMap(m -> Stream.of(m.planned(), m.forecast(), m.actual())).filter(java.util.Objects::nonNull).toList();
    if (dates.isEmpty()) {
      return new RoadmapChart("Feuille de route", "", 0, 0, List.of(), List.of(), null, 0, 0);
    }
    LocalDate start = dates.stream().min(LocalDate::compareTo).orElseThrow().withDayOfMonth(1);
    LocalDate end = YearMonth.from(dates.stream().max(LocalDate::compareTo).orElseThrow()).plusMonths(1).atDay(1);
    long span = Math.max(1, ChronoUnit.DAYS.between(start, end));
    List<RoadmapRow> rows = new ArrayList<>();
    int y = TOP;
    for (ProjectSummary project : projects) {
      boolean first = true;
      for (RoadmapMilestone m : milestones.getOrDefault(project.code(), List.of())) {
        int mid = y + ROW / 2;
        String name = project.code() + " — " + m.name();
        List<Mark> marks = new ArrayList<>();
        int planned = x(m.planned(), start, span);
        marks.add(new Mark(planned, mid, "planned", name + " : prévu le " + formats.date(m.planned())));
        Slip slip = null;
        if (m.forecast() != null && m.actual() == null) {
          int forecast = x(m.forecast(), start, span);
          marks.add(new Mark(forecast, mid, "forecast", name + " : prévision " + formats.date(m.forecast()) + slipText(m)));
          slip = forecast > planned ? new Slip(planned, forecast, mid) : null;
        }
        if (m.actual() != null) {
          int actual = x(m.actual(), start, span);
          marks.add(new Mark(actual, mid, "actual", name + " : atteint le " + formats.date(m.actual()) + slipText(m)));
          slip = actual > planned ? new Slip(planned, actual, mid) : null;
        }
        rows.add(new RoadmapRow(y, project.code(), first ? project.code() : null, shorten(m.name(), NAME_LENGTH), marks, slip));
        first = false;
        y += ROW;
      }
    }
    List<Tick> ticks = new ArrayList<>();
    long months = ChronoUnit.MONTHS.between(start, end);
    int step = months <= 12 ? 1 : months <= 36 ? 3 : months <= 72 ? 6 : 12;
    for (YearMonth month = YearMonth.from(start); month.atDay(1).isBefore(end); month = month.plusMonths(step)) {
      ticks.add(new Tick(x(month.atDay(1), start, span), monthLabel(month)));
    }
    Integer todayX = today.isBefore(start) || !today.isBefore(end) ? null : x(today, start, span);
    return new RoadmapChart("Jalons prévus, prévisions et dates atteintes",
        "Feuille de route de " + projects.size() + " projet(s), du " + formats.date(start) + " au " + formats.date(end.minusDays(1))
            + " : losange creux = date prévue, rond plein = prévision, carré = date atteinte ; un trait relie la date prévue à une prévision ou une date atteinte plus tardive.",
        LABEL_WIDTH + AXIS_WIDTH + 20, y + 6, rows, ticks, todayX, LABEL_WIDTH, LABEL_WIDTH + AXIS_WIDTH);
  }

  static String shorten(String text, int length) {
    return text.length() <= length ? text : text.substring(0, length - 1).strip() + "…";
  }

  private static String slipText(RoadmapMilestone m) {
    return m.slipDays() > 0 ? " (" + m.slipDays() + " j de retard sur le prévu)" : "";
  }

  private static int x(LocalDate date, LocalDate start, long span) {
    return LABEL_WIDTH + (int) Math.round((double) ChronoUnit.DAYS.between(start, date) / span * AXIS_WIDTH);
  }

  static String monthLabel(YearMonth month) {
    return month.getMonth().getDisplayName(TextStyle.SHORT, Locale.FRANCE) + " " + month.getYear();
  }

  /** One row per person, one cell per month; a cell above 100 % says so in its text, not only its color. */
  static Heatmap workload(Workload workload) {
    int labelWidth = 200;
    int cellWidth = 56;
    List<Tick> months = new ArrayList<>();
    for (int i = 0; i < workload.months().size(); i++) {
      months.add(new Tick(labelWidth + i * cellWidth + cellWidth / 2, monthLabel(workload.months().get(i))));
    }
    List<HeatRow> rows = new ArrayList<>();
    int y = TOP;
    for (PersonLoad person : workload.people()) {
      List<HeatCell> cells = new ArrayList<>();
      for (int i = 0; i < person.months().size(); i++) {
        MonthLoad load = person.months().get(i);
        String text = load.percent() == 0 ? "" : load.overAllocated() ? "⚠ " + load.percent() + " %" : load.percent() + " %";
        cells.add(new HeatCell(labelWidth + i * cellWidth + 1, y + 1, cellWidth - 2, ROW + 2, text, level(load),
            person.displayName() + ", " + monthLabel(load.month()) + " : " + load.percent() + " % sur " + load.projects()
                + " projet(s)" + (load.overAllocated() ? " — surcharge (plus de 100 %)" : "")));
      }
      rows.add(new HeatRow(y, shorten(person.displayName(), 28), cells));
      y += ROW + 4;
    }
    return new Heatmap("Charge par personne et par mois",
        "Somme des affectations de chaque personne sur les projets, par mois ; au-delà de 100 %, la case est rouge et marquée ⚠.",
        labelWidth + workload.months().size() * cellWidth + 10, y + 6, months, rows);
  }

  private static String level(MonthLoad load) {
    if (load.percent() == 0) {
      return "load-none";
    }
    return load.overAllocated() ? "load-over" : load.percent() == Workload.FULL_TIME ? "load-full" : "load-part";
  }

  /** Probability upwards, impact rightwards; each cell links to its risks. */
  static RiskGrid riskMap(RiskMap map, java.util.function.BiFunction<Integer, Integer, String> cellUrl) {
    int left = 110;
    int top = 10;
    List<RiskCell> cells = new ArrayList<>();
    List<Tick> impacts = new ArrayList<>();
    List<Tick> probabilities = new ArrayList<>();
    for (int probability = RiskMap.SCALE; probability >= 1; probability--) {
      int y = top + (RiskMap.SCALE - probability) * CELL;
      probabilities.add(new Tick(y + CELL / 2 + 4, "Probabilité " + probability));
      for (int impact = 1; impact <= RiskMap.SCALE; impact++) {
        long count = map.count(probability, impact);
        int score = probability * impact;
        cells.add(new RiskCell(left + (impact - 1) * CELL, y, probability, impact, count,
            score >= 9 ? "risk-high" : score >= 4 ? "risk-medium" : "risk-low",
            count + " risque(s) ouvert(s) de probabilité " + probability + " et d'impact " + impact + " (score " + score + ")",
            cellUrl.apply(probability, impact)));
      }
    }
    for (int impact = 1; impact <= RiskMap.SCALE; impact++) {
      impacts.add(new Tick(left + (impact - 1) * CELL + CELL / 2, "Impact " + impact));
    }
    return new RiskGrid("Carte des risques ouverts (probabilité × impact)",
        map.totalOpen() + " risque(s) ouvert(s) répartis par probabilité (1 à 4, de bas en haut) et impact (1 à 4, de gauche à droite) ; chaque case donne le nombre de risques et mène à leur liste.",
        left + RiskMap.SCALE * CELL + 10, top + RiskMap.SCALE * CELL + 30, cells, impacts, probabilities);
  }
}
