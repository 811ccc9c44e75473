package nc.provincenord.pilotage.portfolio;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import nc.provincenord.pilotage.portfolio.PortfolioViews.Page;
import nc.provincenord.pilotage.portfolio.PortfolioViews.ProjectDetail;
import nc.provincenord.pilotage.portfolio.PortfolioViews.ProjectSummary;
import nc.provincenord.pilotage.portfolio.PortfolioViews.ReportView;
import nc.provincenord.pilotage.portfolio.PortfolioViews.Summary;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The portfolio in JSON for other tools (HTTP Basic or the browser session), described at {@code /v3/api-docs}. */
@RestController
@RequestMapping("/api/projects")
@Tag(name = "Portefeuille", description = "Projets de la DSI : étape, santé, budgets, jalons, tâches ouvertes, rapports. "
    + "Réservé aux groupes chefs-de-projet, comite-pilotage et camunda-admin (403 pour les autres).")
class ProjectsApiController {

  private final PortfolioQueries queries;
  private final ReportRepository reports;

  ProjectsApiController(PortfolioQueries queries, ReportRepository reports) {
    this.queries = queries;
    this.reports = reports;
  }

  @GetMapping
  @Operation(summary = "Liste paginée des projets, filtrée et triée")
  Page<ProjectSummary> projects(
      @Parameter(description = "Code de la direction demandeuse (ex. DSI)") @RequestParam(required = false) String direction,
      @Parameter(description = "Étape courante (REQUEST, ANALYSIS, … CLOSURE)") @RequestParam(required = false) String stage,
      @Parameter(description = "Santé globale : GREEN, AMBER, RED ou NONE (pas encore de rapport)") @RequestParam(required = false) String health,
      @Parameter(description = "Code INSEE d'une commune concernée ou site de déploiement") @RequestParam(required = false) String commune,
      @Parameter(description = "Année de la demande (celle du code PRJ-<année>-<nnnn>)") @RequestParam(required = false) Integer year,
      @Parameter(description = "Statut : ACTIVE, CLOSED ou REFUSED") @RequestParam(required = false) String status,
      @Parameter(description = "Tri : code, title, direction, stage, health, budget, consumed, end") @RequestParam(defaultValue = "code") String sort,
      @Parameter(description = "Ordre décroissant") @RequestParam(defaultValue = "true") boolean desc,
      @Parameter(description = "Numéro de page, à partir de 0") @RequestParam(defaultValue = "0") int page,
      @Parameter(description = "Taille de la page (1 à 100)") @RequestParam(defaultValue = "" + PortfolioFilter.DEFAULT_SIZE) int size) {
    return queries.page(new PortfolioFilter(direction, stage, health, commune, year, status, sort, desc, page, size));
  }

  @GetMapping("/summary")
  @Operation(summary = "Chiffres des graphiques : projets par étape, matrice de santé, budgets, durées médianes, communes")
  Summary summary(@RequestParam(required = false) String direction, @RequestParam(required = false) String stage,
                  @RequestParam(required = false) String health, @RequestParam(required = false) String commune,
                  @RequestParam(required = false) Integer year, @RequestParam(required = false) String status) {
    return queries.summary(new PortfolioFilter(direction, stage, health, commune, year, status, "code", true, 0, 1));
  }

  @GetMapping("/reports")
  @Operation(summary = "Derniers rapports du portefeuille (hebdomadaires et bilans de clôture) avec leurs liens de téléchargement")
  List<ReportView> reports() {
    return reports.latest(null, 50);
  }

  @GetMapping("/{code}")
  @Operation(summary = "Un projet : étapes datées, décisions, rapports d'avancement, documents, tâches ouvertes")
  ProjectDetail project(@PathVariable String code) {
    return queries.project(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Aucun projet " + code + "."));
  }

  @ExceptionHandler(PortfolioFilter.InvalidFilterException.class)
  ResponseEntity<Map<String, String>> invalid(PortfolioFilter.InvalidFilterException error) {
    return ResponseEntity.badRequest().body(Map.of("message", error.getMessage()));
  }
}
