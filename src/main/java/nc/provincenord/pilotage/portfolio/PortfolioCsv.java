package nc.provincenord.pilotage.portfolio;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;
import nc.provincenord.pilotage.lifecycle.LifecycleLabels;
import nc.provincenord.pilotage.portfolio.PortfolioViews.ProjectSummary;
import org.apache.commons.csv.CSVPrinter;

/** The portfolio list as a spreadsheet opens it: semicolons, French headers and labels, amounts without spaces. */
final class PortfolioCsv {

  static final List<String> HEADERS = List.of("Code", "Intitulé", "Direction", "Filière", "Étape", "Statut", "Chef de projet",
      "Santé coût", "Santé délai", "Santé qualité", "Santé globale", "Budget de référence (XPF)", "Budget consommé (XPF)",
      "Prochain jalon", "Date du jalon", "Tâches ouvertes");

  private PortfolioCsv() {
  }

  static String of(List<ProjectSummary> projects, Formats formats) {
    StringWriter out = new StringWriter();
    try (CSVPrinter csv = new CSVPrinter(out, PortfolioReportService.CSV)) {
      csv.printRecord(HEADERS);
      for (ProjectSummary p : projects) {
        csv.printRecord(text(p.code()), text(p.title()), text(p.direction()), text(LifecycleLabels.track(p.track())),
            text(p.stageLabel()), status(p.status()), text(p.projectManager()),
            Formats.health(p.health().cost()), Formats.health(p.health().schedule()), Formats.health(p.health().quality()),
            Formats.health(p.health().overall()), p.budget().reference(),
            p.budget().consumed() == null ? "" : p.budget().consumed(),
            p.nextMilestone() == null ? "" : p.nextMilestone().label(),
            p.nextMilestone() == null || p.nextMilestone().date() == null ? "" : formats.date(p.nextMilestone().date()),
            text(p.openTasks().stream().map(t -> t.name() + " (" + t.holder() + ")").collect(Collectors.joining(" ; "))));
      }
    } catch (IOException impossible) {
      throw new UncheckedIOException(impossible);
    }
    // A byte order mark, so that a spreadsheet reads the accents as UTF-8.
    return "\uFEFF" + out;
  }

  static String status(String code) {
    return code == null ? "" : LifecycleLabels.status(code);
  }

  private static String text(String value) {
    return value == null ? "" : CsvText.safe(value);
  }
}
