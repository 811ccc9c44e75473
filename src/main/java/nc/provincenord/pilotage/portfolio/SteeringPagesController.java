package nc.provincenord.pilotage.portfolio;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Map;
import nc.provincenord.pilotage.lifecycle.ProjectScope;
import nc.provincenord.pilotage.lifecycle.ProjectStage;
import nc.provincenord.pilotage.portfolio.PortfolioFilter.InvalidFilterException;
import nc.provincenord.pilotage.portfolio.PortfolioViews.Page;
import nc.provincenord.pilotage.portfolio.PortfolioViews.ProjectSummary;
import nc.provincenord.pilotage.steering.RiskMap;
import nc.provincenord.pilotage.steering.RiskMapQueries;
import nc.provincenord.pilotage.steering.RoadmapQueries;
import nc.provincenord.pilotage.steering.Workload;
import nc.provincenord.pilotage.steering.WorkloadQueries;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The cross-project steering pages: roadmap, workload, risk map. Same readers and same filters as
 * {@code /portefeuille}; a filter left out means the projects in progress (an empty one: all).
 */
@Controller
class SteeringPagesController {

  static final String ROADMAP = "/portefeuille/feuille-de-route";
  static final String WORKLOAD = "/portefeuille/charge";
  static final String RISKS = "/portefeuille/risques";
  static final int DEFAULT_MONTHS = 12;
  static final int PEOPLE_PER_PAGE = 50;
  static final int RISKS_PER_PAGE = 50;

  private final PortfolioQueries portfolio;
  private final RoadmapQueries roadmap;
  private final WorkloadQueries workload;
  private final RiskMapQueries risks;
  private final Clock clock;
  private final Formats formats;

  SteeringPagesController(PortfolioQueries portfolio, RoadmapQueries roadmap, WorkloadQueries workload, RiskMapQueries risks,
                          Clock clock) {
    this.portfolio = portfolio;
    this.roadmap = roadmap;
    this.workload = workload;
    this.risks = risks;
    this.clock = clock;
    this.formats = new Formats(clock.getZone());
  }

  @GetMapping(ROADMAP)
  String roadmap(@RequestParam(required = false) String direction, @RequestParam(required = false) String stage,
                 @RequestParam(required = false) String health, @RequestParam(required = false) String commune,
                 @RequestParam(required = false) Integer year, @RequestParam(required = false) String status,
                 @RequestParam(defaultValue = "code") String sort, @RequestParam(defaultValue = "true") boolean desc,
                 @RequestParam(defaultValue = "0") int page,
                 @RequestParam(defaultValue = "" + PortfolioFilter.DEFAULT_SIZE) int size, Model model) {
    PortfolioFilter filter = new PortfolioFilter(direction, stage, health, commune, year, activeByDefault(status), sort, desc,
        page, size);
    Page<ProjectSummary> projects = portfolio.page(filter);
    var milestones = roadmap.milestonesOf(projects.items().stream().map(ProjectSummary::code).toList());
    model.addAttribute("projects", projects);
    model.addAttribute("milestones", milestones);
    model.addAttribute("chart", SteeringCharts.roadmap(projects.items(), milestones, LocalDate.now(clock), formats));
    pager(model, filter, page, projects.totalPages(), ROADMAP, Map.of());
    return common(model, filter, ROADMAP, "portfolio/roadmap");
  }

  @GetMapping(WORKLOAD)
  String workload(@RequestParam(required = false) String direction, @RequestParam(required = false) String stage,
                  @RequestParam(required = false) String health, @RequestParam(required = false) String commune,
                  @RequestParam(required = false) Integer year, @RequestParam(required = false) String status,
                  @RequestParam(required = false) String debut, @RequestParam(defaultValue = "" + DEFAULT_MONTHS) int mois,
                  @RequestParam(defaultValue = "false") boolean surcharge, @RequestParam(defaultValue = "0") int page,
                  @RequestParam(defaultValue = "" + PEOPLE_PER_PAGE) int size, Model model) {
    PortfolioFilter filter = filter(direction, stage, health, commune, year, status);
    YearMonth from = month(debut);
    if (mois < 1 || mois > WorkloadQueries.MAX_MONTHS) {
      throw new InvalidFilterException("Le nombre de mois va de 1 à " + WorkloadQueries.MAX_MONTHS + ".");
    }
    checkPage(page, size, WorkloadQueries.MAX_SIZE);
    Workload load = workload.workload(scope(filter), from, mois, surcharge, page, size);
    Map<String, Object> window = Map.of("debut", from.toString(), "mois", mois, "surcharge", surcharge, "size", size);
    model.addAttribute("workload", load);
    model.addAttribute("chart", SteeringCharts.workload(load));
    model.addAttribute("from", from);
    model.addAttribute("months", mois);
    model.addAttribute("overOnly", surcharge);
    model.addAttribute("earlierUrl", url(WORKLOAD, filter, Map.of("debut", from.minusMonths(mois).toString(), "mois", mois,
        "surcharge", surcharge, "size", size)));
    model.addAttribute("laterUrl", url(WORKLOAD, filter, Map.of("debut", from.plusMonths(mois).toString(), "mois", mois,
        "surcharge", surcharge, "size", size)));
    pager(model, filter, page, load.totalPages(), WORKLOAD, window);
    return common(model, filter, WORKLOAD, "portfolio/workload");
  }

  @GetMapping(RISKS)
  String risks(@RequestParam(required = false) String direction, @RequestParam(required = false) String stage,
               @RequestParam(required = false) String health, @RequestParam(required = false) String commune,
               @RequestParam(required = false) Integer year, @RequestParam(required = false) String status,
               @RequestParam(required = false) String probabilite, @RequestParam(required = false) String impact,
               @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "" + RISKS_PER_PAGE) int size,
               Model model) {
    PortfolioFilter filter = filter(direction, stage, health, commune, year, status);
    Integer probability = scale("probabilité", probabilite);
    Integer impactLevel = scale("impact", impact);
    if ((probability == null) != (impactLevel == null)) {
      throw new InvalidFilterException("Pour ne lister qu'une case, donner la probabilité et l'impact.");
    }
    checkPage(page, size, RiskMapQueries.MAX_SIZE);
    RiskMap map = risks.map(scope(filter), probability, impactLevel, page, size);
    model.addAttribute("map", map);
    model.addAttribute("chart", SteeringCharts.riskMap(map,
        (p, i) -> url(RISKS, filter, Map.of("probabilite", p, "impact", i)) + "#liste-risques"));
    model.addAttribute("cell", probability == null ? null : new int[] {probability, impactLevel});
    model.addAttribute("allRisksUrl", url(RISKS, filter, Map.of()));
    Map<String, Object> cell = probability == null ? Map.of("size", size)
        : Map.of("probabilite", probability, "impact", impactLevel, "size", size);
    pager(model, filter, page, map.totalPages(), RISKS, cell);
    return common(model, filter, RISKS, "portfolio/risks");
  }

  @ExceptionHandler(InvalidFilterException.class)
  ResponseEntity<String> invalid(InvalidFilterException error) {
    return badRequest(error.getMessage());
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<String> wrongType(MethodArgumentTypeMismatchException error) {
    return badRequest("La valeur « " + error.getValue() + " » n'est pas valable pour le paramètre « " + error.getName() + " ».");
  }

  private static ResponseEntity<String> badRequest(String message) {
    return ResponseEntity.badRequest().contentType(new MediaType("text", "plain", StandardCharsets.UTF_8)).body(message);
  }

  private String common(Model model, PortfolioFilter filter, String path, String view) {
    model.addAttribute("filter", filter);
    model.addAttribute("action", path);
    model.addAttribute("directions", portfolio.directions());
    model.addAttribute("communes", portfolio.communes());
    model.addAttribute("stages", ProjectStage.values());
    model.addAttribute("fmt", formats);
    return view;
  }

  private static PortfolioFilter filter(String direction, String stage, String health, String commune, Integer year,
                                        String status) {
    return new PortfolioFilter(direction, stage, health, commune, year, activeByDefault(status), "code", true, 0,
        PortfolioFilter.DEFAULT_SIZE);
  }

  /** Absent: the projects in progress; present but empty (« Tous » in the form): every status. */
  private static String activeByDefault(String status) {
    return status == null ? "ACTIVE" : status;
  }

  private static ProjectScope scope(PortfolioFilter filter) {
    return filter.scope();
  }

  private YearMonth month(String value) {
    if (value == null || value.isBlank()) {
      return YearMonth.now(clock);
    }
    try {
      YearMonth month = YearMonth.parse(value.strip());
      if (month.getYear() < 1900 || month.getYear() > 9999) {
        throw new InvalidFilterException("Mois de début invalide : " + value + ".");
      }
      return month;
    } catch (DateTimeParseException e) {
      throw new InvalidFilterException("Mois de début invalide : " + value + " (attendu : AAAA-MM, par exemple 2026-03).");
    }
  }

  private static Integer scale(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    if (!value.strip().matches("[1-" + RiskMap.SCALE + "]")) {
      throw new InvalidFilterException("La " + name + " va de 1 à " + RiskMap.SCALE + " : " + value + " n'est pas valable.");
    }
    return Integer.valueOf(value.strip());
  }

  private static void checkPage(int page, int size, int max) {
    if (page < 0) {
      throw new InvalidFilterException("La page commence à 0.");
    }
    if (size < 1 || size > max) {
      throw new InvalidFilterException("La taille d'une page va de 1 à " + max + ".");
    }
  }

  private static void pager(Model model, PortfolioFilter filter, int page, int totalPages, String path, Map<String, Object> extra) {
    model.addAttribute("previousUrl", page > 0 ? url(path, filter, extra, page - 1) : null);
    model.addAttribute("nextUrl", page + 1 < totalPages ? url(path, filter, extra, page + 1) : null);
    model.addAttribute("pageNumber", page + 1);
    model.addAttribute("pageCount", Math.max(1, totalPages));
  }

  private static String url(String path, PortfolioFilter filter, Map<String, Object> extra) {
    return url(path, filter, extra, 0);
  }

  /** The page's address with its filters; the status is always written (empty = all) so « Tous » survives. */
  private static String url(String path, PortfolioFilter filter, Map<String, Object> extra, int page) {
    UriComponentsBuilder builder = UriComponentsBuilder.fromPath(path);
    Map<String, Object> query = filter.queryParameters();
    if (!ROADMAP.equals(path)) {
      query.remove("sort");
      query.remove("desc");
      query.remove("size");
    }
    query.putIfAbsent("status", "");
    query.forEach(builder::queryParam);
    extra.forEach(builder::queryParam);
    if (page > 0) {
      builder.queryParam("page", page);
    }
    return builder.encode().build().toUriString();
  }
}
