package nc.provincenord.pilotage.portfolio;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import nc.provincenord.pilotage.lifecycle.ProjectFigures.BudgetLine;
import nc.provincenord.pilotage.lifecycle.ProjectFigures.CommuneRollout;
import nc.provincenord.pilotage.lifecycle.ProjectFigures.DecisionView;
import nc.provincenord.pilotage.lifecycle.ProjectFigures.HealthRow;
import nc.provincenord.pilotage.lifecycle.ProjectFigures.StageDuration;
import nc.provincenord.pilotage.lifecycle.ProjectFigures.StageVisit;
import nc.provincenord.pilotage.lifecycle.ProjectFigures.StatusReportView;
import nc.provincenord.pilotage.lifecycle.ProjectHealth;
import io.swagger.v3.oas.annotations.media.Schema;

/** What the portfolio page and {@code /api/projects} show: read-only views of the lifecycle's tables. */
public final class PortfolioViews {

  private PortfolioViews() {
  }

  /**
   * Budgets in XPF. {@code reference} is the allocated budget, else the planned one, else the estimate
   * (the one the health is measured against).
   */
  public record Budget(long reference, Long allocated, Long planned, long estimated, Long consumed) {
  }

  public record Milestone(String label, LocalDate date) {
  }

  /** An open user task of the project; {@code holder} is the assignee, else the candidate groups or users. */
  public record OpenTask(String id, String name, String holder, Date due, String tasklistUrl) {
  }

  public record ProjectSummary(String code, String title, String direction, String track, String stage, String stageLabel,
                               String status, String projectManager, ProjectHealth health, Budget budget, Milestone nextMilestone,
                               List<OpenTask> openTasks) {
  }

  public record Page<T>(List<T> items, int page, int size, long total, int totalPages) {
  }

  public record Count(String key, String label, long count) {
  }

  /** The figures behind the pictures of the portfolio page, for the filtered projects. */
  public record Summary(long total, List<Count> byStage, List<HealthRow> health, List<BudgetLine> budgetByDirection,
                        List<StageDuration> medianDaysPerStage, List<CommuneRollout> rolloutByCommune) {
  }

  public record Document(String label, String url) {
  }

  /** A stored report and where to download it ({@code csvUrl} and {@code htmlUrl} only for the weekly report). */
  public record ReportView(long id, String kind, String businessKey, String title, OffsetDateTime generatedAt,
                           String pdfUrl, String csvUrl, String htmlUrl) {
  }

  public record ProjectDetail(ProjectSummary summary, String objective, String type, String requester, String priority,
                              LocalDate desiredDate, LocalDate plannedStartDate, LocalDate plannedEndDate,
                              LocalDate forecastEndDate, LocalDate actualEndDate, OffsetDateTime createdAt,
                              OffsetDateTime closedAt, List<String> communes, String lessonsLearned,
                              List<StageVisit> stages, List<DecisionView> decisions, List<StatusReportView> statusReports,
                              List<Document> documents,
                              @Schema(description = "Jalons dans l'ordre du plan : date prévue (planification), prévisionnelle et réelle (rapports d'avancement)")
                              List<MilestoneView> milestones,
                              @Schema(description = "Registre des risques, du score (probabilité × impact) le plus fort au plus faible")
                              List<RiskView> risks,
                              @Schema(description = "Équipe du projet : agent de l'annuaire, rôle, part du temps (%) par mois (AAAA-MM)")
                              List<TeamMemberView> team,
                              @Schema(description = "Lignes budgétaires par année et nature (INVESTMENT, OPERATING), montants en XPF")
                              List<BudgetLineView> budgetLines,
                              @Schema(description = "Raisons de la santé du dernier rapport d'avancement (une par ligne, en français)")
                              List<String> healthReasons) {
  }

  @Schema(description = "Un jalon : dates prévue, prévisionnelle et réelle ; slipDays = retard en jours (réelle, sinon prévisionnelle, moins prévue)")
  public record MilestoneView(int position, String name, String deliverable, LocalDate plannedDate, LocalDate forecastDate,
                              LocalDate actualDate, long slipDays) {
  }

  @Schema(description = "Un risque : probabilité et impact de 1 à 4, statut OPEN / MITIGATED / CLOSED")
  public record RiskView(String title, int probability, int impact, int score, String owner, String mitigation, String status,
                         String statusLabel) {
  }

  @Schema(description = "Un membre de l'équipe et sa part du temps (1 à 100 %) par mois")
  public record TeamMemberView(String userId, String role, java.util.Map<String, Integer> allocations) {
  }

  @Schema(description = "Une ligne budgétaire : année, nature (INVESTMENT = investissement, OPERATING = fonctionnement), prévu et consommé en XPF")
  public record BudgetLineView(int year, String nature, String natureLabel, long plannedAmount, long consumedAmount) {
  }
}
