package nc.provincenord.pilotage.portfolio;

import nc.provincenord.pilotage.lifecycle.LifecycleLabels;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nc.provincenord.pilotage.lifecycle.ProjectPortfolio;
import nc.provincenord.pilotage.lifecycle.ProjectStage;
import nc.provincenord.pilotage.lifecycle.ProjectFigures.DecisionView;
import nc.provincenord.pilotage.portfolio.PortfolioViews.ProjectDetail;
import org.springframework.stereotype.Service;

/**
 * The closing report of a project (PDF): planned against actual budget and dates, time spent
 * in each stage, decisions and lessons learned. Stored with the project, linked from its page.
 */
@Service
public class ClosingReportService {

  private final PortfolioQueries queries;
  private final ProjectPortfolio portfolio;
  private final ReportRepository reports;
  private final Clock clock;
  private final Formats formats;

  public ClosingReportService(PortfolioQueries queries, ProjectPortfolio portfolio, ReportRepository reports, Clock clock) {
    this.queries = queries;
    this.portfolio = portfolio;
    this.reports = reports;
    this.clock = clock;
    this.formats = new Formats(clock.getZone());
  }

  /** Generates and stores the closing report of the project; returns its id. */
  public long generate(String businessKey) {
    ProjectDetail project = queries.project(businessKey)
        .orElseThrow(() -> new IllegalArgumentException("Aucun projet " + businessKey));
    Map<ProjectStage, Duration> timePerStage = portfolio.timePerStage(businessKey);
    String title = "Bilan de clôture " + businessKey;
    byte[] pdf = pdf(title, project, timePerStage);
    return reports.store(ReportRepository.CLOSING, businessKey, title, OffsetDateTime.now(clock), null, null, null, pdf);
  }

  byte[] pdf(String title, ProjectDetail project, Map<ProjectStage, Duration> timePerStage) {
    var p = project.summary();
    try (PdfDocument pdf = new PdfDocument(title, false)) {
      pdf.title(title);
      pdf.text(p.title());
      pdf.note("Établi le " + formats.dateTime(OffsetDateTime.now(clock)) + " (heure de Nouméa) par Pilotage.");
      pdf.fact("Direction", p.direction());
      pdf.fact("Filière", LifecycleLabels.track(p.track()));
      pdf.fact("Chef de projet", p.projectManager() == null ? "—" : p.projectManager());
      pdf.fact("Demandeur", project.requester() == null ? "—" : project.requester());

      pdf.heading("Budget prévu et réalisé");
      long planned = p.budget().reference();
      Long consumed = p.budget().consumed();
      pdf.table(List.of("Budget", "Montant"), List.of(
          List.of("Estimé (demande et analyse)", formats.xpf(p.budget().estimated())),
          List.of("Alloué (arbitrage)", formats.xpf(p.budget().allocated())),
          List.of("Planifié", formats.xpf(p.budget().planned())),
          List.of("Prévu (référence)", formats.xpf(planned)),
          List.of("Consommé", formats.xpf(consumed)),
          List.of("Écart (consommé - prévu)", consumed == null ? "—" : formats.xpf(consumed - planned))), 3, 2);

      pdf.heading("Dates prévues et réelles");
      String slip = project.plannedEndDate() == null || project.actualEndDate() == null ? "—"
          : ChronoUnit.DAYS.between(project.plannedEndDate(), project.actualEndDate()) + " jours";
      pdf.table(List.of("Date", "Valeur"), List.of(
          List.of("Date souhaitée", formats.date(project.desiredDate())),
          List.of("Début planifié", formats.date(project.plannedStartDate())),
          List.of("Fin planifiée", formats.date(project.plannedEndDate())),
          List.of("Fin réelle", formats.date(project.actualEndDate())),
          List.of("Écart (fin réelle - fin planifiée)", slip)), 3, 2);

      SteeringSections.closing(pdf, project, formats);

      pdf.heading("Temps passé dans chaque étape");
      List<List<String>> stageRows = new ArrayList<>();
      List<PortfolioViews.Count> minutes = new ArrayList<>();
      timePerStage.forEach((stage, time) -> {
        stageRows.add(List.of(stage.label(), Formats.duration(time.toMinutes() / 1440.0)));
        minutes.add(new PortfolioViews.Count(stage.name(), stage.label(), time.toMinutes()));
      });
      if (stageRows.isEmpty()) {
        pdf.text("Aucune étape enregistrée.");
      } else {
        pdf.table(List.of("Étape", "Jours"), stageRows, 3, 2);
        pdf.chart(Charts.daysPerStage(minutes));
      }

      pdf.heading("Décisions");
      if (project.decisions().isEmpty()) {
        pdf.text("Aucune décision enregistrée.");
      } else {
        List<List<String>> rows = new ArrayList<>();
        for (DecisionView d : project.decisions()) {
          rows.add(List.of(formats.day(d.decidedAt()), d.stageLabel(), d.subject() == null ? LifecycleLabels.decisionKind(d.kind()) : d.subject(),
              LifecycleLabels.decision(d.decision()), d.decidedBy() == null ? "—" : d.decidedBy(), d.comment() == null ? "" : d.comment()));
        }
        pdf.table(List.of("Date", "Étape", "Objet", "Décision", "Par", "Commentaire"), rows, 1.3f, 1.5f, 1.5f, 1.2f, 1, 4);
      }

      pdf.heading("Retour d'expérience");
      pdf.text(project.lessonsLearned() == null || project.lessonsLearned().isBlank() ? "—" : project.lessonsLearned());
      return pdf.bytes();
    }
  }
}
