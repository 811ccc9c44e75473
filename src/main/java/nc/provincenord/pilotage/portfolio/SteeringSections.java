package nc.provincenord.pilotage.portfolio;

import java.util.List;
import nc.provincenord.pilotage.portfolio.PortfolioViews.BudgetLineView;
import nc.provincenord.pilotage.portfolio.PortfolioViews.ProjectDetail;
import java.util.Map;
import java.util.TreeMap;

/** The steering sections of the PDF reports: milestones planned against actual, open risks, budget per year. */
final class SteeringSections {

  private SteeringSections() {
  }

  static void closing(PdfDocument pdf, ProjectDetail project, Formats formats) {
    pdf.heading("Jalons prévus et réalisés");
    if (project.milestones().isEmpty()) {
      pdf.text("Aucun jalon planifié.");
    } else {
      pdf.table(List.of("Jalon", "Prévu", "Prévision", "Réalisé", "Écart"), project.milestones().stream()
          .map(m -> List.of(m.name(), formats.date(m.plannedDate()), date(formats, m.forecastDate()), date(formats, m.actualDate()),
              m.slipDays() + " jours")).toList(), 3, 1.4f, 1.4f, 1.4f, 1.2f);
    }
    pdf.heading("Risques ouverts");
    List<PortfolioViews.RiskView> open = project.risks().stream().filter(r -> "OPEN".equals(r.status())).toList();
    if (open.isEmpty()) {
      pdf.text("Aucun risque ouvert.");
    } else {
      pdf.table(List.of("Risque", "Probabilité", "Impact", "Score", "Responsable", "Atténuation"), open.stream()
          .map(r -> List.of(r.title(), Integer.toString(r.probability()), Integer.toString(r.impact()), Integer.toString(r.score()),
              r.owner() == null ? "—" : r.owner(), r.mitigation() == null ? "" : r.mitigation())).toList(), 3, 1, 1, 1, 1.4f, 3);
    }
    pdf.heading("Budget par année");
    if (project.budgetLines().isEmpty()) {
      pdf.text("Aucune ligne budgétaire.");
    } else {
      Map<Integer, long[]> perYear = new TreeMap<>();
      for (BudgetLineView line : project.budgetLines()) {
        long[] sums = perYear.computeIfAbsent(line.year(), year -> new long[3]);
        sums["INVESTMENT".equals(line.nature()) ? 0 : 1] += line.plannedAmount();
        sums[2] += line.consumedAmount();
      }
      pdf.table(List.of("Année", "Investissement prévu", "Fonctionnement prévu", "Consommé"), perYear.entrySet().stream()
          .map(e -> List.of(Integer.toString(e.getKey()), formats.xpf(e.getValue()[0]), formats.xpf(e.getValue()[1]),
              formats.xpf(e.getValue()[2]))).toList(), 1, 2, 2, 2);
    }
  }

  static void weekly(PdfDocument pdf, WeeklyFigures figures, Formats formats) {
    pdf.heading("Jalons de la semaine et des quatre prochaines : prévu et réalisé");
    if (figures.milestones().isEmpty()) {
      pdf.text("Aucun.");
    } else {
      pdf.table(List.of("Code", "Projet", "Jalon", "Prévu", "Prévision", "Réalisé", "Écart"), figures.milestones().stream()
          .map(m -> List.of(m.code(), m.title(), m.milestone(), formats.date(m.plannedDate()), date(formats, m.forecastDate()),
              date(formats, m.actualDate()), m.slipDays() + " j")).toList(), 1.6f, 2.4f, 2.4f, 1.3f, 1.3f, 1.3f, 0.9f);
    }
    pdf.heading("Risques ouverts");
    if (figures.openRisks().isEmpty()) {
      pdf.text("Aucun.");
    } else {
      pdf.table(List.of("Code", "Projet", "Risque", "Probabilité × impact", "Responsable"), figures.openRisks().stream()
          .map(r -> List.of(r.code(), r.title(), r.risk(), r.probability() + " × " + r.impact() + " = " + r.score(),
              r.owner() == null ? "—" : r.owner())).toList(), 1.6f, 2.6f, 3, 1.6f, 1.4f);
    }
    pdf.heading("Budget des projets actifs par année");
    if (figures.budgetPerYear().isEmpty()) {
      pdf.text("Aucune ligne budgétaire.");
    } else {
      pdf.table(List.of("Année", "Investissement prévu", "Fonctionnement prévu", "Consommé"), figures.budgetPerYear().stream()
          .map(y -> List.of(Integer.toString(y.year()), formats.xpf(y.investment()), formats.xpf(y.operating()),
              formats.xpf(y.consumed()))).toList(), 1, 2, 2, 2);
    }
  }

  private static String date(Formats formats, java.time.LocalDate date) {
    return date == null ? "—" : formats.date(date);
  }
}
