package nc.provincenord.pilotage.portfolio;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nc.provincenord.pilotage.notification.Notifications;
import nc.provincenord.pilotage.lifecycle.ProjectFigures;
import nc.provincenord.pilotage.lifecycle.ProjectFigures.StageHealth;
import nc.provincenord.pilotage.security.Role;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The weekly portfolio report: its figures computed by the database, then written as HTML
 * (Thymeleaf, escaped), PDF (OpenPDF, charts of the chart model) and CSV (Commons CSV), stored in
 * {@code portfolio_report} and sent to the steering committee through the notification outbox.
 */
@Service
public class PortfolioReportService {

  /** Semicolon-separated, UTF-8 with BOM: opens as columns in a French spreadsheet. */
  public static final CSVFormat CSV = CSVFormat.Builder.create(CSVFormat.EXCEL).setDelimiter(';').get();
  public static final List<String> CSV_HEADERS = List.of("Code", "Intitulé", "Direction", "Filière", "Étape", "Santé coût",
      "Santé délai", "Santé qualité", "Santé globale", "Passé au rouge cette semaine", "Budget de référence (XPF)",
      "Budget alloué (XPF)", "Budget consommé (XPF)", "Fin prévue", "Chef de projet");

  private final WeeklyReportQueries queries;
  private final ReportRepository reports;
  private final Notifications notifications;
  private final ITemplateEngine templates;
  private final ObjectMapper json;
  private final Clock clock;
  private final Formats formats;
  private final String baseUrl;

  public PortfolioReportService(WeeklyReportQueries queries, ReportRepository reports, Notifications notifications,
                                ITemplateEngine templates, ObjectMapper json, Clock clock,
                                @Value("${pilotage.base-url:http://localhost:8080}") String baseUrl) {
    this.queries = queries;
    this.reports = reports;
    this.notifications = notifications;
    this.templates = templates;
    this.json = json;
    this.clock = clock;
    this.formats = new Formats(clock.getZone());
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }

  /** The weekly report of the whole portfolio, as of now. Returns the stored report's id. */
  public long compileWeekly() {
    return compile(PortfolioFilter.all(), OffsetDateTime.now(clock));
  }

  /** The report of the active projects within {@code scope} (its sort and page are ignored). */
  public long compile(PortfolioFilter scope, OffsetDateTime asOf) {
    WeeklyFigures figures = queries.figures(scope, asOf);
    String title = title(figures);
    String csv = csv(scope, figures);
    byte[] pdf = pdf(title, figures);
    String html = html(title, figures);
    return reports.store(ReportRepository.WEEKLY, null, title, asOf, toJson(figures), html, csv, pdf);
  }

  /** Mails the stored report to every member of {@code comite-pilotage} (once per report). */
  public int send(long reportId) {
    var report = reports.find(reportId).orElseThrow(() -> new IllegalArgumentException("Aucun rapport n° " + reportId));
    WeeklyFigures figures = fromJson(reports.figures(reportId).orElseThrow());
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("subject", report.title());
    model.put("figures", figures);
    model.put("fmt", formats);
    model.put("pdfUrl", reports.downloadUrl(reportId, "pdf"));
    model.put("csvUrl", reports.downloadUrl(reportId, "csv"));
    model.put("htmlUrl", reports.downloadUrl(reportId, "html"));
    model.put("pageUrl", baseUrl + "/portefeuille#rapports");
    return notifications.toGroupMandatory("portfolio-report:" + reportId, Role.STEERING_COMMITTEE.groupId(), "portfolio-report",
        model);
  }

  String title(WeeklyFigures figures) {
    return "Rapport hebdomadaire du portefeuille — semaine du " + formats.day(figures.periodStart()) + " au "
        + formats.day(figures.asOf());
  }

  String csv(PortfolioFilter scope, WeeklyFigures figures) {
    StringWriter out = new StringWriter();
    out.write('\uFEFF');
    Set<String> red = figures.turnedRed().stream().map(ProjectFigures.RedProject::code).collect(Collectors.toSet());
    try (CSVPrinter printer = new CSVPrinter(out, CSV)) {
      printer.printRecord(CSV_HEADERS);
      queries.writeProjects(scope, red, printer);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  byte[] pdf(String title, WeeklyFigures figures) {
    try (PdfDocument pdf = new PdfDocument(title, false)) {
      pdf.title(title);
      pdf.note("Établi le " + formats.dateTime(figures.asOf()) + " (heure de Nouméa) par Pilotage, à partir du portefeuille.");
      pdf.heading("Chiffres clés");
      pdf.fact("Projets actifs", Long.toString(figures.activeProjects()));
      pdf.fact("Nouvelles demandes dans la semaine", Long.toString(figures.newProjects()));
      pdf.fact("Projets clôturés dans la semaine", Long.toString(figures.closedProjects()));
      pdf.fact("Projets passés au rouge dans la semaine", Integer.toString(figures.turnedRed().size()));
      pdf.fact("Validations et arbitrages en retard", Integer.toString(figures.overdueApprovals().size()));
      pdf.fact("Budget de référence des projets actifs", formats.xpf(figures.budget().reference()));
      pdf.fact("Budget alloué", formats.xpf(figures.budget().allocated()));
      pdf.fact("Budget consommé", formats.xpf(figures.budget().consumed()) + " (" + figures.budget().consumedPercent()
          + " % du budget de référence)");

      pdf.heading("Projets actifs par étape et santé");
      List<List<String>> rows = new ArrayList<>();
      for (StageHealth row : figures.stageHealth()) {
        if (row.total() > 0) {
          rows.add(stageRow(row));
        }
      }
      rows.add(stageRow(figures.totals()));
      pdf.table(List.of("Étape", "Vert", "Orange", "Rouge", "Non évaluée", "Total"), rows, 3, 1, 1, 1, 1.3f, 1);
      pdf.chart(Charts.stagesByHealth(figures.stageHealth().stream().filter(row -> row.total() > 0).toList()));

      pdf.heading("Projets passés au rouge dans la semaine");
      if (figures.turnedRed().isEmpty()) {
        pdf.text("Aucun.");
      } else {
        pdf.table(List.of("Code", "Intitulé", "Direction", "Étape", "Date", "Motif"), figures.turnedRed().stream()
            .map(r -> List.of(r.code(), r.title(), r.direction(), r.stageLabel(), formats.dateTime(r.turnedRedAt()),
                r.message() == null ? "" : r.message())).toList(), 1.6f, 3, 1, 1.4f, 1.6f, 4);
      }

      pdf.heading("Validations et arbitrages en retard");
      if (figures.overdueApprovals().isEmpty()) {
        pdf.text("Aucun.");
      } else {
        pdf.table(List.of("Code", "Intitulé", "Étape", "Escaladé le", "Détail"), figures.overdueApprovals().stream()
            .map(o -> List.of(o.code(), o.title(), o.stageLabel(), formats.dateTime(o.escalatedAt()),
                o.message() == null ? "" : o.message())).toList(), 1.6f, 3, 1.4f, 1.6f, 4);
      }

      pdf.heading("Budgets des projets actifs par direction");
      List<List<String>> budgetRows = new ArrayList<>(figures.budgetByDirection().stream()
          .map(d -> List.of(d.direction(), Long.toString(d.projects()), formats.xpf(d.reference()), formats.xpf(d.consumed())))
          .toList());
      budgetRows.add(List.of("Total", Long.toString(figures.activeProjects()), formats.xpf(figures.budget().reference()),
          formats.xpf(figures.budget().consumed())));
      pdf.table(List.of("Direction", "Projets", "Budget de référence", "Consommé"), budgetRows, 2, 1, 2, 2);
      if (!figures.budgetByDirection().isEmpty()) {
        pdf.chart(Charts.referenceBudgetPerDirection(figures.budgetByDirection()));
      }
      SteeringSections.weekly(pdf, figures, formats);
      pdf.note("La liste complète des projets actifs est dans le fichier CSV du même rapport.");
      return pdf.bytes();
    }
  }

  String html(String title, WeeklyFigures figures) {
    Context context = new Context(Locale.FRANCE);
    context.setVariable("title", title);
    context.setVariable("figures", figures);
    context.setVariable("fmt", formats);
    return templates.process("portfolio/weekly-report", context);
  }

  private static List<String> stageRow(StageHealth row) {
    return List.of(row.label(), Long.toString(row.green()), Long.toString(row.amber()), Long.toString(row.red()),
        Long.toString(row.none()), Long.toString(row.total()));
  }

  private String toJson(WeeklyFigures figures) {
    try {
      return json.writeValueAsString(figures);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private WeeklyFigures fromJson(String text) {
    try {
      return json.readValue(text, WeeklyFigures.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
