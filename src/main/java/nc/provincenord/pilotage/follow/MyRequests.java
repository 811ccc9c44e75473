package nc.provincenord.pilotage.follow;

import java.time.OffsetDateTime;
import java.util.List;
import nc.provincenord.pilotage.portfolio.PortfolioViews.OpenTask;

/** The views of « Mes demandes ». */
final class MyRequests {

  private MyRequests() {
  }

  /** The last decision recorded: what, which way, by whom, when, with its comment. */
  record LastDecision(String what, String decision, String comment, String decidedBy, OffsetDateTime decidedAt) {
  }

  /** {@code roles}: how the user takes part (« demandeur », « chef de projet », « MOA »…). */
  record ProjectItem(String code, String title, String stageLabel, String statusLabel, List<String> roles,
                     List<OpenTask> nextSteps, LastDecision lastDecision, boolean withdrawable) {
  }

  record PublicationItem(String title, String statusLabel, OffsetDateTime requestedAt, List<OpenTask> nextSteps,
                         LastDecision lastDecision) {
  }

  record WatchEntry(String title, String statusLabel, OffsetDateTime submittedAt, List<OpenTask> nextSteps,
                    LastDecision lastDecision) {
  }
}
