package nc.provincenord.pilotage.lifecycle;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import nc.provincenord.pilotage.steering.Milestone;
import nc.provincenord.pilotage.steering.Risk;
import org.springframework.stereotype.Service;

/**
 * The health of a project computed from a status report, green / amber / red on three axes.
 * <ul>
 *   <li><b>Cost</b>: overrun = share of the budget consumed (%) minus progress (%). Below
 *   {@code cost-amber-points} green, below {@code cost-red-points} amber, otherwise red. Consuming
 *   more than the whole budget is red whatever the progress.</li>
 *   <li><b>Schedule</b>: slip = days from the planned end date to the forecast end date, and for each
 *   milestone from its planned date to its actual date, else its forecast; the largest slip counts. Below
 *   {@code schedule-amber-days} green, below {@code schedule-red-days} amber, otherwise red.</li>
 *   <li><b>Quality</b>: open quality issues. Below {@code quality-amber-issues} green, below
 *   {@code quality-red-issues} amber, otherwise red; an open risk whose probability × impact reaches
 *   {@code risk-score-amber} makes it at least amber.</li>
 *   <li><b>Overall</b>: the worst of the three.</li>
 * </ul>
 * The reference budget is the allocated budget, else the planned budget, else the estimate.
 */
@Service
public class HealthService {

  private final HealthThresholds thresholds;

  public HealthService(HealthThresholds thresholds) {
    this.thresholds = thresholds;
  }

  public Health assess(StatusFigures figures) {
    List<String> reasons = new ArrayList<>();
    HealthLevel cost = cost(figures, reasons);
    HealthLevel schedule = schedule(figures, reasons);
    HealthLevel quality = quality(figures, reasons);
    HealthLevel overall = HealthLevel.worst(cost, HealthLevel.worst(schedule, quality));
    return new Health(cost, schedule, quality, overall, List.copyOf(reasons));
  }

  private HealthLevel cost(StatusFigures figures, List<String> reasons) {
    long budget = figures.referenceBudget();
    if (figures.consumedBudget() > budget) {
      reasons.add("Coût : " + figures.consumedBudget() + " XPF consommés pour un budget de " + budget + " XPF.");
      return HealthLevel.RED;
    }
    long consumedPercent = budget == 0 ? 0 : Math.round(figures.consumedBudget() * 100.0 / budget);
    long overrun = consumedPercent - figures.progressPercent();
    HealthLevel level = level(overrun, thresholds.costAmberPoints(), thresholds.costRedPoints());
    if (level != HealthLevel.GREEN) {
      reasons.add("Coût : " + consumedPercent + " % du budget consommé pour " + figures.progressPercent() + " % d'avancement.");
    }
    return level;
  }

  private HealthLevel schedule(StatusFigures figures, List<String> reasons) {
    HealthLevel level = HealthLevel.GREEN;
    if (figures.plannedEndDate() != null) {
      long slip = ChronoUnit.DAYS.between(figures.plannedEndDate(), figures.forecastEndDate());
      level = level(slip, thresholds.scheduleAmberDays(), thresholds.scheduleRedDays());
      if (level != HealthLevel.GREEN) {
        reasons.add("Délai : fin prévue le " + figures.forecastEndDate() + ", " + slip + " jours après la date planifiée.");
      }
    }
    for (Milestone milestone : figures.milestones()) {
      long slip = milestone.slipDays();
      HealthLevel late = level(slip, thresholds.scheduleAmberDays(), thresholds.scheduleRedDays());
      if (late != HealthLevel.GREEN) {
        reasons.add("Délai : jalon « " + milestone.name() + " » prévu le " + milestone.plannedDate() + ", "
            + (milestone.reached() ? "atteint le " : "prévu désormais le ") + milestone.expectedDate() + " (" + slip + " jours de retard).");
        level = HealthLevel.worst(level, late);
      }
    }
    return level;
  }

  private HealthLevel quality(StatusFigures figures, List<String> reasons) {
    HealthLevel level = level(figures.qualityIssues(), thresholds.qualityAmberIssues(), thresholds.qualityRedIssues());
    if (level != HealthLevel.GREEN) {
      reasons.add("Qualité : " + figures.qualityIssues() + " anomalie(s) ouverte(s).");
    }
    for (Risk risk : figures.risks()) {
      if (risk.open() && risk.score() >= thresholds.riskScoreAmber()) {
        reasons.add("Qualité : risque ouvert « " + risk.title() + " » (probabilité " + risk.probability() + " × impact "
            + risk.impact() + " = " + risk.score() + ").");
        level = HealthLevel.worst(level, HealthLevel.AMBER);
      }
    }
    return level;
  }

  private static HealthLevel level(long value, long amberFrom, long redFrom) {
    if (value >= redFrom) {
      return HealthLevel.RED;
    }
    return value >= amberFrom ? HealthLevel.AMBER : HealthLevel.GREEN;
  }

  /** What a status report says, with the project's plan it is measured against. */
  public record StatusFigures(long progressPercent, long consumedBudget, long referenceBudget,
                              LocalDate plannedEndDate, LocalDate forecastEndDate, long qualityIssues,
                              List<Milestone> milestones, List<Risk> risks) {

    /** Figures of a project without structured milestones or risks. */
    public StatusFigures(long progressPercent, long consumedBudget, long referenceBudget, LocalDate plannedEndDate,
                         LocalDate forecastEndDate, long qualityIssues) {
      this(progressPercent, consumedBudget, referenceBudget, plannedEndDate, forecastEndDate, qualityIssues, List.of(), List.of());
    }
  }

  public record Health(HealthLevel cost, HealthLevel schedule, HealthLevel quality, HealthLevel overall,
                       List<String> reasons) {
  }

  public enum HealthLevel {
    GREEN("vert"), AMBER("orange"), RED("rouge");

    private final String label;

    HealthLevel(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }

    static HealthLevel worst(HealthLevel a, HealthLevel b) {
      return a.ordinal() >= b.ordinal() ? a : b;
    }
  }
}
