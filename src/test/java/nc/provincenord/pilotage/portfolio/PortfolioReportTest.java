package nc.provincenord.pilotage.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nc.provincenord.pilotage.EngineRestClient.Response;
import nc.provincenord.pilotage.PilotageIntegrationTest;
import nc.provincenord.pilotage.lifecycle.LifecycleVariables;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The weekly report and the closing report of a small seeded portfolio (codes PRJ-1999-…):
 * every figure exact in the PDF (text extracted with PDFBox), the CSV (parsed with Commons CSV),
 * the HTML and the committee's mail; a title with markup stays text everywhere.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortfolioReportTest extends PilotageIntegrationTest {

  private static final int YEAR = 1999;
  private static final PortfolioFilter SCOPE = new PortfolioFilter(null, null, null, null, YEAR, null, "code", false, 0, 1);

  private final SmallPortfolio portfolio = new SmallPortfolio(YEAR);

  @Autowired
  private JdbcClient jdbc;
  @Autowired
  private PortfolioReportService reports;
  @Autowired
  private ReportRepository repository;
  @Autowired
  private ClosingReportService closingReports;
  @Autowired
  private TransactionTemplate transactions;

  @BeforeAll
  void seed() {
    portfolio.seed(new PortfolioSeed(jdbc));
  }

  @AfterAll
  void cleanUp() {
    jdbc.sql("delete from notification_outbox where event_key like 'portfolio-report:%' and subject like '%1999%'").update();
    jdbc.sql("delete from portfolio_report where kind = 'WEEKLY' and title like '%1999%'").update();
    new PortfolioSeed(jdbc).deleteYear(YEAR);
  }

  @Test
  void theWeeklyPdfHoldsTheExactFigures() throws IOException {
    long id = reports.compile(SCOPE, portfolio.asOf());
    String text = pdfText(repository.pdf(id).orElseThrow());
    System.out.println("Rapport hebdomadaire (PDF, texte extrait) :\n" + text);

    assertThat(text.replaceAll("\\s+", " ")).contains("Rapport hebdomadaire du portefeuille — semaine du 07/06/1999 au 14/06/1999",
        "Projets actifs : 4", "Nouvelles demandes dans la semaine : 2", "Projets clôturés dans la semaine : 1",
        "Projets passés au rouge dans la semaine : 1", "Validations et arbitrages en retard : 1",
        "Budget de référence des projets actifs : 23 500 000 XPF", "Budget alloué : 12 000 000 XPF",
        "Budget consommé : 11 000 000 XPF (47 % du budget de référence)");
    String compact = text.replaceAll("\\s", "");
    // Stage, green, amber, red, not assessed, total.
    assertThat(compact).contains("Analysedesbesoins00011", "Validation00011", "Réalisation10102", "Total10124");
    assertThat(compact).doesNotContain("Clôture0");
    // Turned red this week: the DSI portal only (the other went red in May); its title is text.
    assertThat(compact).contains(portfolio.red + SmallPortfolio.XSS_TITLE.replaceAll("\\s", "") + "DSIRéalisation10/06/199909:00");
    assertThat(compact).doesNotContain(portfolio.green + "Dossier");
    // Overdue: the colleges' network, escalated on 13 June.
    assertThat(compact).contains(portfolio.waiting + "RéseaudescollègesValidation13/06/199915:00");
    // Budgets per direction: projects, reference, consumed.
    assertThat(compact).contains("DASSPS16000000XPF2000000XPF", "DEFIJ13000000XPF0XPF", "DSI214500000XPF9000000XPF",
        "Total423500000XPF11000000XPF");
  }

  @Test
  void theWeeklyCsvListsEveryActiveProject() throws IOException {
    long id = reports.compile(SCOPE, portfolio.asOf());
    String csv = repository.csv(id).orElseThrow();
    assertThat(csv).startsWith("\uFEFF");
    List<CSVRecord> records;
    try (CSVParser parser = CSVParser.parse(new StringReader(csv.substring(1)), PortfolioReportService.CSV)) {
      records = parser.getRecords();
    }
    assertThat(records.get(0).toList()).isEqualTo(PortfolioReportService.CSV_HEADERS);
    assertThat(records).hasSize(5);
    assertThat(records.stream().skip(1).map(r -> r.get(0)).toList())
        .containsExactly(portfolio.red, portfolio.green, portfolio.waiting, portfolio.fresh);
    assertThat(records.get(1).toList()).containsExactly(portfolio.red, SmallPortfolio.XSS_TITLE, "DSI", "Standard", "Réalisation",
        "rouge", "orange", "vert", "rouge", "oui", "12000000", "12000000", "9000000", LocalDate.of(YEAR, 10, 31).toString(), "cdp");
    assertThat(records.get(2).toList()).containsExactly(portfolio.green, "Dossier patient informatisé", "DASSPS", "Majeure",
        "Réalisation", "vert", "vert", "vert", "vert", "non", "6000000", "", "2000000", LocalDate.of(YEAR, 12, 15).toString(), "cdp");
    assertThat(records.get(4).toList()).containsExactly(portfolio.fresh, "Site web du tourisme", "DSI", "", "Analyse des besoins",
        "non évaluée", "non évaluée", "non évaluée", "non évaluée", "non", "2500000", "", "", "", "cdp");
    long sum = records.stream().skip(1).mapToLong(r -> Long.parseLong(r.get(10))).sum();
    assertThat(sum).isEqualTo(23_500_000);
  }

  @Test
  void theHtmlReportAndTheCommitteeMailShowTheTitleAsText() {
    long id = reports.compile(SCOPE, portfolio.asOf());
    String html = repository.html(id).orElseThrow();
    assertThat(html).contains("Portail des aides &lt;script&gt;alert(&#39;xss&#39;)&lt;/script&gt; &amp; &lt;b&gt;gras&lt;/b&gt;")
        .contains("Projets actifs : <strong>4</strong>").doesNotContain("<script>alert").doesNotContain("<b>gras</b>");

    int sent = transactions.execute(status -> reports.send(id));
    assertThat(sent).isEqualTo(1); // the demo committee has one member, copil
    int again = transactions.execute(status -> reports.send(id));
    assertThat(again).as("same report, same mailbox: never twice").isZero();
    Map<String, Object> mail = jdbc.sql("select recipient, subject, text_body, html_body from notification_outbox where event_key = :key")
        .param("key", "portfolio-report:" + id).query().singleRow();
    assertThat(mail.get("recipient")).isEqualTo("copil@demo.province-nord.nc");
    assertThat(mail.get("subject")).isEqualTo("[Pilotage] Rapport hebdomadaire du portefeuille — semaine du 07/06/1999 au 14/06/1999");
    String mailHtml = String.valueOf(mail.get("html_body"));
    assertThat(mailHtml).contains(portfolio.red, "&lt;script&gt;alert(&#39;xss&#39;)&lt;/script&gt;", "/portefeuille/rapports/" + id + "/pdf")
        .doesNotContain("<script>").doesNotContain("<b>gras</b>");
    assertThat(String.valueOf(mail.get("text_body"))).contains("Projets actifs : 4", "Validations et arbitrages en retard : 1",
        "/portefeuille/rapports/" + id + "/pdf");
  }

  @Test
  void theStoredReportIsListedAndDownloadableByTheCommitteeOnly() {
    long id = reports.compile(SCOPE, portfolio.asOf());
    Response pdf = rest().get("copil", "/portefeuille/rapports/" + id + "/pdf");
    assertThat(pdf.status()).isEqualTo(200);
    assertThat(pdf.headers().getContentType().toString()).isEqualTo("application/pdf");
    Response csv = rest().get("cdp", "/portefeuille/rapports/" + id + "/csv");
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.headers().getFirst("Content-Disposition")).startsWith("attachment");
    assertThat(rest().get("demandeur", "/portefeuille/rapports/" + id + "/pdf").status()).isEqualTo(403);
    assertThat(rest().get("copil", "/portefeuille").text()).contains("/portefeuille/rapports/" + id + "/pdf");
    assertThat(rest().get("copil", "/api/projects/reports").text()).contains("\"id\":" + id);
  }

  @Test
  void theClosingReportComparesPlannedAndActualAndIsAttachedToTheProject() throws IOException {
    long id = closingReports.generate(portfolio.closed);
    String text = pdfText(repository.pdf(id).orElseThrow());
    System.out.println("Bilan de clôture (PDF, texte extrait) :\n" + text);
    String compact = text.replaceAll("\\s", "");
    assertThat(text.replaceAll("\\s+", " ")).contains("Bilan de clôture " + portfolio.closed, "Ancien intranet");
    assertThat(compact).contains("Prévu(référence)1000000XPF", "Consommé900000XPF", "Écart(consommé-prévu)-100000XPF",
        "Finplanifiée31/05/1999", "Finréelle10/06/1999", "Écart(finréelle-finplanifiée)10jours",
        "Analysedesbesoins30,0j", "Clôture10,3j");
    assertThat(compact).contains("Impliquerlesréférentsplustôt.");

    Response page = rest().get("copil", "/portefeuille/projets/" + portfolio.closed);
    assertThat(page.text()).contains("Bilan de clôture " + portfolio.closed + " (PDF)", "/portefeuille/rapports/" + id + "/pdf");
  }

  @Test
  void theAsyncClosingStepOfTheLifecycleGeneratesTheClosingReport() throws IOException {
    // Task_BuildClosingReport runs after the closure is recorded, in a job of its own.
    String instanceId = processEngine.getRuntimeService().createProcessInstanceByKey(LifecycleVariables.PROCESS_KEY)
        .businessKey(portfolio.red).startBeforeActivity("Task_BuildClosingReport").execute().getId();
    assertThat(closingReportsOf(portfolio.red)).isEmpty();
    var job = processEngine.getManagementService().createJobQuery().processInstanceId(instanceId)
        .activityId("Task_BuildClosingReport").singleResult();

    processEngine.getManagementService().executeJob(job.getId());

    List<Long> ids = closingReportsOf(portfolio.red);
    assertThat(ids).hasSize(1);
    assertThat(processEngine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instanceId).count()).isZero();
    String compact = pdfText(repository.pdf(ids.get(0)).orElseThrow()).replaceAll("\\s", "");
    assertThat(compact).contains(SmallPortfolio.XSS_TITLE.replaceAll("\\s", ""), "Conforme<i>aubesoin</i>",
        "Écart(consommé-prévu)-3000000XPF");
  }

  private List<Long> closingReportsOf(String businessKey) {
    return jdbc.sql("select id from portfolio_report where kind = 'CLOSING' and business_key = :key")
        .param("key", businessKey).query(Long.class).list();
  }

  private static String pdfText(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(false); // content order: a table cell after the other, wrapped lines kept together
      return stripper.getText(document);
    }
  }
}
