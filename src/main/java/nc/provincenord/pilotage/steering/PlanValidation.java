package nc.provincenord.pilotage.steering;

import static nc.provincenord.pilotage.steering.SteeringVariables.BUDGET_CONSUMPTION;
import static nc.provincenord.pilotage.steering.SteeringVariables.BUDGET_LINES;
import static nc.provincenord.pilotage.steering.SteeringVariables.MILESTONE_PROGRESS;
import static nc.provincenord.pilotage.steering.SteeringVariables.PLANNED_MILESTONES;
import static nc.provincenord.pilotage.steering.SteeringVariables.RISK_REGISTER;
import static nc.provincenord.pilotage.steering.SteeringVariables.TEAM_MEMBERS;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * The server-side rules of the steering lists of the planning and status-report forms. Each refusal
 * answers 400 with a French message naming the list, the row and the field; the step rolls back.
 * Valid lists are stored back normalised (trimmed, ISO dates, codes).
 */
@Component
public class PlanValidation {

  static final long MAX_AMOUNT = 100_000_000_000L;
  static final String MILESTONES = "Jalons";
  static final String TEAM = "Équipe projet";
  static final String BUDGET = "Lignes budgétaires";
  static final String PROGRESS = "Avancement des jalons";
  static final String RISKS = "Registre des risques";
  static final String CONSUMPTION = "Consommation par ligne budgétaire";

  /** Checks the planning's milestones, team and budget lines against the planned period and budget. */
  public PlanEntry planning(VariableScope scope, LocalDate start, LocalDate end, long plannedBudget) {
    List<Milestone> milestones = milestones(scope, start, end);
    List<TeamMember> team = team(scope, start, end);
    List<BudgetLine> lines = budgetLines(scope, start, end, plannedBudget);
    PLANNED_MILESTONES.set(scope, JsonRows.toJson(milestones.stream().map(m -> row("name", m.name(), "plannedDate",
        m.plannedDate().toString(), "deliverable", m.deliverable())).toList()));
    TEAM_MEMBERS.set(scope, JsonRows.toJson(team.stream().map(PlanValidation::teamRow).toList()));
    BUDGET_LINES.set(scope, JsonRows.toJson(lines.stream().map(l -> row("year", l.year(), "nature", l.nature().name(),
        "plannedAmount", l.plannedAmount())).toList()));
    return new PlanEntry(milestones, team, lines);
  }

  private List<Milestone> milestones(VariableScope scope, LocalDate start, LocalDate end) {
    JsonRows rows = JsonRows.of(scope, PLANNED_MILESTONES, MILESTONES);
    if (rows.size() == 0) {
      throw rows.refused("au moins un jalon est obligatoire (nom et date prévue).");
    }
    List<Milestone> milestones = new ArrayList<>();
    Set<String> names = new HashSet<>();
    LocalDate previous = null;
    for (JsonRows.Row row : rows.all()) {
      String name = row.requiredLine("name", "Jalon", 150);
      LocalDate planned = row.requiredDate("plannedDate", "Date prévue");
      String deliverable = row.optionalLine("deliverable", "Livrable", 500);
      if (!names.add(PlanRepository.titleKey(name))) {
        throw row.refused("le jalon « " + name + " » figure deux fois : donnez à chaque jalon un nom distinct.");
      }
      if (planned.isBefore(start) || planned.isAfter(end)) {
        throw row.refused("la date prévue du jalon « " + name + " » (" + planned + ") doit être comprise entre la date de début ("
            + start + ") et la date de fin prévues (" + end + ").");
      }
      if (previous != null && planned.isBefore(previous)) {
        throw row.refused("le jalon « " + name + " » (" + planned + ") précède le jalon précédent (" + previous
            + ") : rangez les jalons dans l'ordre de leurs dates.");
      }
      previous = planned;
      milestones.add(new Milestone(row.number(), name, deliverable, planned, null, null));
    }
    return milestones;
  }

  private List<TeamMember> team(VariableScope scope, LocalDate start, LocalDate end) {
    JsonRows rows = JsonRows.of(scope, TEAM_MEMBERS, TEAM);
    List<TeamMember> team = new ArrayList<>();
    Set<String> users = new HashSet<>();
    for (JsonRows.Row row : rows.all()) {
      String user = row.requiredLine("member", "Agent", 64);
      if (!DirectoryUsers.known(scope, user)) {
        throw row.refused("« " + user + " » n'est pas un utilisateur connu de l'annuaire.");
      }
      if (!users.add(user)) {
        throw row.refused("« " + user + " » figure deux fois dans l'équipe.");
      }
      String role = row.requiredLine("role", "Rôle dans le projet", 100);
      int percent = (int) row.requiredWhole("allocationPercent", "Part du temps (%)", 1, 100);
      SortedMap<YearMonth, Integer> allocations = new TreeMap<>();
      for (YearMonth month = YearMonth.from(start); !month.isAfter(YearMonth.from(end)); month = month.plusMonths(1)) {
        allocations.put(month, percent);
      }
      String exceptions = row.optionalLine("monthlyAllocations", "Mois particuliers", 2000);
      if (exceptions != null) {
        for (String part : exceptions.split("[,;\\s]+")) {
          if (part.isBlank()) {
            continue;
          }
          String[] monthAndPercent = part.split("=", 2);
          YearMonth month;
          int share;
          try {
            month = YearMonth.parse(monthAndPercent[0].strip());
            share = Integer.parseInt(monthAndPercent.length == 2 ? monthAndPercent[1].strip().replace("%", "") : "x");
          } catch (DateTimeParseException | NumberFormatException malformed) {
            throw row.refused("« " + nc.provincenord.pilotage.process.FormCheck.shown(part)
                + " » n'est pas de la forme AAAA-MM=pourcentage (ex. 2026-03=50).");
          }
          if (!allocations.containsKey(month)) {
            throw row.refused("le mois " + month + " est hors de la période du projet (" + YearMonth.from(start) + " à "
                + YearMonth.from(end) + ").");
          }
          if (share < 1 || share > 100) {
            throw row.refused("la part du temps de " + month + " doit être comprise entre 1 et 100 % (reçu : " + share + ").");
          }
          allocations.put(month, share);
        }
      }
      team.add(new TeamMember(user, role, allocations));
    }
    return team;
  }

  private List<BudgetLine> budgetLines(VariableScope scope, LocalDate start, LocalDate end, long plannedBudget) {
    JsonRows rows = JsonRows.of(scope, BUDGET_LINES, BUDGET);
    if (rows.size() == 0) {
      throw rows.refused("au moins une ligne est obligatoire (année, nature, montant prévu).");
    }
    List<BudgetLine> lines = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    long sum = 0;
    for (JsonRows.Row row : rows.all()) {
      int year = (int) row.requiredWhole("year", "Année", start.getYear(), end.getYear());
      BudgetNature nature = row.requiredChoice("nature", "Nature", BudgetNature.class);
      long amount = row.requiredWhole("plannedAmount", "Montant prévu (XPF)", 0, MAX_AMOUNT);
      if (!seen.add(year + nature.name())) {
        throw row.refused("une seule ligne par année et par nature : " + year + " en " + nature.label() + " figure deux fois.");
      }
      sum += amount;
      lines.add(new BudgetLine(year, nature, amount, 0));
    }
    if (sum != plannedBudget) {
      throw rows.refused("la somme des lignes (" + sum + " XPF) doit être égale au budget planifié (" + plannedBudget + " XPF).");
    }
    return lines;
  }

  /**
   * Puts the project's milestones, risks and budget lines in the status-report task's own execution,
   * so that the form shows them to be updated (display only: the check reads the tables again).
   */
  public void prefillStatusReport(VariableScope taskExecution, ProjectPlan plan) {
    MILESTONE_PROGRESS.setLocal(taskExecution, JsonRows.toJson(plan.milestones().stream().map(m -> row("milestone", m.name(),
        "plannedDate", m.plannedDate().toString(), "forecastDate", text(m.forecastDate()), "actualDate", text(m.actualDate())))
        .toList()));
    RISK_REGISTER.setLocal(taskExecution, JsonRows.toJson(plan.risks().stream().map(r -> row("title", r.title(),
        "probability", String.valueOf(r.probability()), "impact", String.valueOf(r.impact()), "owner", r.owner(), "mitigation", r.mitigation(),
        "status", r.status().name())).toList()));
    BUDGET_CONSUMPTION.setLocal(taskExecution, JsonRows.toJson(plan.budgetLines().stream().map(l -> row("year", l.year(),
        "nature", l.nature().name(), "plannedAmount", l.plannedAmount(), "consumedAmount", l.consumedAmount())).toList()));
  }

  /**
   * Checks a status report's milestones, risks and consumption against the stored plan. A milestone
   * row names its milestone (else it is the milestone of the same rank); a risk is updated when its
   * title is already in the register, added otherwise; no risk is ever deleted (close it instead).
   */
  public StatusEntry statusReport(VariableScope scope, ProjectPlan plan, LocalDate today) {
    List<StatusEntry.MilestoneProgress> progress = milestoneProgress(scope, plan, today);
    List<StatusEntry.RiskEntry> risks = risks(scope);
    List<StatusEntry.Consumption> consumption = consumption(scope, plan);
    return new StatusEntry(progress, risks, consumption);
  }

  private List<StatusEntry.MilestoneProgress> milestoneProgress(VariableScope scope, ProjectPlan plan, LocalDate today) {
    JsonRows rows = JsonRows.of(scope, MILESTONE_PROGRESS, PROGRESS);
    Map<String, Milestone> byName = new HashMap<>();
    plan.milestones().forEach(m -> byName.put(PlanRepository.titleKey(m.name()), m));
    List<StatusEntry.MilestoneProgress> result = new ArrayList<>();
    Set<Integer> seen = new HashSet<>();
    for (JsonRows.Row row : rows.all()) {
      String name = row.optionalLine("milestone", "Jalon", 150);
      Milestone milestone = name != null ? byName.get(PlanRepository.titleKey(name))
          : row.number() <= plan.milestones().size() ? plan.milestones().get(row.number() - 1) : null;
      if (milestone == null) {
        throw row.refused(name == null ? "ce jalon n'existe pas dans le plan du projet."
            : "« " + name + " » n'est pas un jalon du plan du projet.");
      }
      if (!seen.add(milestone.position())) {
        throw row.refused("le jalon « " + milestone.name() + " » figure deux fois.");
      }
      LocalDate forecast = row.optionalDate("forecastDate", "Date prévisionnelle");
      LocalDate actual = row.optionalDate("actualDate", "Date réelle");
      if (actual != null && actual.isAfter(today)) {
        throw row.refused("la date réelle du jalon « " + milestone.name() + " » (" + actual
            + ") est dans le futur : un jalon n'est atteint qu'une fois passé.");
      }
      result.add(new StatusEntry.MilestoneProgress(milestone.position(), forecast, actual));
    }
    return result;
  }

  private List<StatusEntry.RiskEntry> risks(VariableScope scope) {
    JsonRows rows = JsonRows.of(scope, RISK_REGISTER, RISKS);
    List<StatusEntry.RiskEntry> risks = new ArrayList<>();
    Set<String> titles = new HashSet<>();
    for (JsonRows.Row row : rows.all()) {
      String title = row.requiredLine("title", "Risque", 200);
      if (!titles.add(PlanRepository.titleKey(title))) {
        throw row.refused("le risque « " + title + " » figure deux fois.");
      }
      int probability = (int) row.requiredWhole("probability", "Probabilité (1 à 4)", 1, 4);
      int impact = (int) row.requiredWhole("impact", "Impact (1 à 4)", 1, 4);
      String owner = row.optionalLine("owner", "Responsable", 64);
      if (owner != null && !DirectoryUsers.known(scope, owner)) {
        throw row.refused("le responsable « " + owner + " » n'est pas un utilisateur connu de l'annuaire.");
      }
      String mitigation = row.optionalLine("mitigation", "Mesures d'atténuation", 2000);
      RiskStatus status = row.optionalChoice("status", "Statut", RiskStatus.class);
      risks.add(new StatusEntry.RiskEntry(title, probability, impact, owner, mitigation, status == null ? RiskStatus.OPEN : status));
    }
    return risks;
  }

  private List<StatusEntry.Consumption> consumption(VariableScope scope, ProjectPlan plan) {
    JsonRows rows = JsonRows.of(scope, BUDGET_CONSUMPTION, CONSUMPTION);
    Set<String> lines = new HashSet<>();
    plan.budgetLines().forEach(line -> lines.add(line.year() + line.nature().name()));
    Set<String> seen = new HashSet<>();
    List<StatusEntry.Consumption> result = new ArrayList<>();
    for (JsonRows.Row row : rows.all()) {
      int year = (int) row.requiredWhole("year", "Année", 2000, 2100);
      BudgetNature nature = row.requiredChoice("nature", "Nature", BudgetNature.class);
      if (!lines.contains(year + nature.name())) {
        throw row.refused("le projet n'a pas de ligne budgétaire " + year + " en " + nature.label() + ".");
      }
      if (!seen.add(year + nature.name())) {
        throw row.refused("la ligne " + year + " en " + nature.label() + " figure deux fois.");
      }
      long consumed = row.requiredWhole("consumedAmount", "Montant consommé (XPF)", 0, MAX_AMOUNT);
      result.add(new StatusEntry.Consumption(year, nature, consumed));
    }
    return result;
  }

  private static Map<String, Object> teamRow(TeamMember member) {
    Map<Integer, Long> counts = new HashMap<>();
    member.allocations().values().forEach(p -> counts.merge(p, 1L, Long::sum));
    int usual = counts.entrySet().stream().max(Map.Entry.<Integer, Long>comparingByValue()
        .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElse(100);
    StringBuilder exceptions = new StringBuilder();
    member.allocations().forEach((month, percent) -> {
      if (percent != usual) {
        exceptions.append(exceptions.isEmpty() ? "" : ", ").append(month).append('=').append(percent);
      }
    });
    return row("member", member.userId(), "role", member.role(), "allocationPercent", usual,
        "monthlyAllocations", exceptions.isEmpty() ? null : exceptions.toString());
  }

  private static String text(LocalDate date) {
    return date == null ? null : date.toString();
  }

  private static Map<String, Object> row(Object... keysAndValues) {
    Map<String, Object> row = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      if (keysAndValues[i + 1] != null) {
        row.put((String) keysAndValues[i], keysAndValues[i + 1]);
      }
    }
    return row;
  }
}
