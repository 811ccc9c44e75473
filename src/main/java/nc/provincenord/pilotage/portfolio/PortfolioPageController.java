package nc.provincenord.pilotage.portfolio;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nc.provincenord.pilotage.lifecycle.ProjectStage;
import nc.provincenord.pilotage.portfolio.PortfolioViews.ProjectDetail;
import nc.provincenord.pilotage.portfolio.PortfolioViews.ReportView;
import nc.provincenord.pilotage.portfolio.PortfolioViews.Summary;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

/** The French portfolio page, the project page and the downloads of the stored reports. */
@Controller
class PortfolioPageController {

  private final PortfolioQueries queries;
  private final ReportRepository reports;
  private final Clock clock;
  private final Formats formats;
  private final ProjectAccess access;

  PortfolioPageController(PortfolioQueries queries, ReportRepository reports, Clock clock, ProjectAccess access) {
    this.access = access;
    this.queries = queries;
    this.reports = reports;
    this.clock = clock;
    this.formats = new Formats(clock.getZone());
  }

  @GetMapping("/portefeuille")
  String portfolio(@RequestParam(required = false) String direction, @RequestParam(required = false) String stage,
                   @RequestParam(required = false) String health, @RequestParam(required = false) String commune,
                   @RequestParam(required = false) Integer year, @RequestParam(required = false) String status,
                   @RequestParam(defaultValue = "code") String sort, @RequestParam(defaultValue = "true") boolean desc,
                   @RequestParam(defaultValue = "0") int page,
                   @RequestParam(defaultValue = "" + PortfolioFilter.DEFAULT_SIZE) int size, Model model) {
    PortfolioFilter filter = new PortfolioFilter(direction, stage, health, commune, year, status, sort, desc, page, size);
    Summary summary = queries.summary(filter);
    var projects = queries.page(filter);
    model.addAttribute("filter", filter);
    model.addAttribute("projects", projects);
    model.addAttribute("summary", summary);
    model.addAttribute("charts", List.of(Charts.projectsPerStage(summary.byStage()), Charts.budgetPerDirection(summary.budgetByDirection()),
        Charts.medianDays(summary.medianDaysPerStage()), Charts.rolloutByCommune(summary.rolloutByCommune())));
    model.addAttribute("directions", queries.directions());
    model.addAttribute("communes", queries.communes());
    model.addAttribute("stages", ProjectStage.values());
    model.addAttribute("sortUrls", sortUrls(filter));
    model.addAttribute("previousUrl", page > 0 ? url(filter.withPage(page - 1)) : null);
    model.addAttribute("csvUrl", url(filter, "/portefeuille.csv"));
    model.addAttribute("nextUrl", page + 1 < projects.totalPages() ? url(filter.withPage(page + 1)) : null);
    model.addAttribute("reports", reports.latest(ReportRepository.WEEKLY, 12));
    model.addAttribute("fmt", formats);
    return "portfolio/index";
  }

  /** The list of the page as CSV, with the page's filters and sort, every page at once. */
  @GetMapping("/portefeuille.csv")
  ResponseEntity<byte[]> csv(@RequestParam(required = false) String direction, @RequestParam(required = false) String stage,
                             @RequestParam(required = false) String health, @RequestParam(required = false) String commune,
                             @RequestParam(required = false) Integer year, @RequestParam(required = false) String status,
                             @RequestParam(defaultValue = "code") String sort, @RequestParam(defaultValue = "true") boolean desc) {
    PortfolioFilter filter = new PortfolioFilter(direction, stage, health, commune, year, status, sort, desc, 0,
        PortfolioFilter.DEFAULT_SIZE);
    String name = "portefeuille-" + formats.day(OffsetDateTime.now(clock)).replace('/', '-') + ".csv";
    return file(PortfolioCsv.of(queries.all(filter), formats).getBytes(StandardCharsets.UTF_8),
        new MediaType("text", "csv", StandardCharsets.UTF_8), name, true);
  }

  /** Open at the gate to every logged-in user: the check is per project ({@link ProjectAccess}). */
  @GetMapping("/portefeuille/projets/{code}")
  String project(@PathVariable String code, Authentication user, Model model, HttpServletResponse response) {
    if (!access.mayRead(user, code)) {
      response.setStatus(HttpStatus.FORBIDDEN.value());
      model.addAttribute("message",
          "Cette fiche est réservée au portefeuille et aux personnes du projet (demandeur, chef de projet, MOA, MOE).");
      return "error/403";
    }
    ProjectDetail project = queries.project(code)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Aucun projet " + code + "."));
    model.addAttribute("project", project);
    model.addAttribute("p", project.summary());
    model.addAttribute("timeline", Charts.timeline(project.stages(), OffsetDateTime.now(clock), formats));
    model.addAttribute("trend", Charts.trend(project.statusReports(), formats));
    model.addAttribute("fullView", access.seesBudgets(user));
    model.addAttribute("fmt", formats);
    return "portfolio/project";
  }

  @GetMapping("/portefeuille/rapports/{id}/{format}")
  ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable String format) {
    ReportView report = reports.find(id)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Aucun rapport n° " + id + "."));
    String name = (ReportRepository.CLOSING.equals(report.kind()) ? "bilan-" + report.businessKey() : "portefeuille-"
        + formats.day(report.generatedAt()).replace('/', '-')) + "-" + id;
    return switch (format) {
      case "pdf" -> file(reports.pdf(id).orElseThrow(), MediaType.APPLICATION_PDF, name + ".pdf", false);
      case "csv" -> file(reports.csv(id).map(csv -> csv.getBytes(StandardCharsets.UTF_8)).orElseThrow(this::missing),
          new MediaType("text", "csv", StandardCharsets.UTF_8), name + ".csv", true);
      case "html" -> file(reports.html(id).map(html -> html.getBytes(StandardCharsets.UTF_8)).orElseThrow(this::missing),
          new MediaType("text", "html", StandardCharsets.UTF_8), name + ".html", false);
      default -> throw missing();
    };
  }

  @ExceptionHandler(PortfolioFilter.InvalidFilterException.class)
  ResponseEntity<String> invalid(PortfolioFilter.InvalidFilterException error) {
    return ResponseEntity.badRequest().contentType(new MediaType("text", "plain", StandardCharsets.UTF_8)).body(error.getMessage());
  }

  private ResponseStatusException missing() {
    return new ResponseStatusException(HttpStatus.NOT_FOUND, "Format indisponible pour ce rapport.");
  }

  private static ResponseEntity<byte[]> file(byte[] content, MediaType type, String name, boolean attachment) {
    ContentDisposition disposition = (attachment ? ContentDisposition.attachment() : ContentDisposition.inline())
        .filename(name, StandardCharsets.UTF_8).build();
    return ResponseEntity.ok().contentType(type).header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
        // A stored HTML report runs no script, whatever its content.
        .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src data:")
        .header("X-Content-Type-Options", "nosniff")
        .body(content);
  }

  private static Map<String, String> sortUrls(PortfolioFilter filter) {
    Map<String, String> urls = new LinkedHashMap<>();
    for (String key : PortfolioFilter.SORTS) {
      boolean desc = key.equals(filter.sort()) ? !filter.desc() : false;
      urls.put(key, url(new PortfolioFilter(filter.direction(), filter.stage(), filter.health(), filter.commune(), filter.year(),
          filter.status(), key, desc, 0, filter.size())));
    }
    return urls;
  }

  static String url(PortfolioFilter filter) {
    return url(filter, "/portefeuille");
  }

  private static String url(PortfolioFilter filter, String path) {
    UriComponentsBuilder builder = UriComponentsBuilder.fromPath(path);
    filter.queryParameters().forEach(builder::queryParam);
    if (filter.page() > 0) {
      builder.queryParam("page", filter.page());
    }
    return builder.encode().build().toUriString();
  }
}
