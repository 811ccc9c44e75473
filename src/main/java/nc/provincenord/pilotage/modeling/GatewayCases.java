package nc.provincenord.pilotage.modeling;

import java.util.List;
import java.util.Map;

/**
 * The closed questions a gateway may ask without a default flow, and every answer each may have: a
 * gateway "covers its cases" when its conditions ask one of these questions and name every answer.
 * The answers are the values of the enums behind the helpers ({@code ModelLintTest} checks each list
 * against its enum, so a new value shows here first).
 */
final class GatewayCases {

  /** Question ({@code bean.method} or variable) → every possible answer. */
  static final Map<String, List<String>> ANSWERS = Map.ofEntries(
      Map.entry("projectRecord.trackIs", List.of("LIGHT", "STANDARD", "MAJOR")),
      Map.entry("projectRecord.analysisIs", List.of("QUALIFY", "REFUSE")),
      Map.entry("projectRecord.validationIs", List.of("APPROVE", "REVISE", "REJECT", "ESCALATE")),
      Map.entry("projectRecord.committeeReviewIs", List.of("APPROVE", "REVISE", "REJECT")),
      Map.entry("projectRecord.arbitrationIs", List.of("APPROVE", "POSTPONE", "REJECT")),
      Map.entry("projectRecord.acceptanceIs", List.of("ACCEPT", "RESERVE")),
      Map.entry("projectRecord.siteAcceptanceIs", List.of("ACCEPT", "RESERVE")),
      Map.entry("projectRecord.healthIs", List.of("GREEN", "AMBER", "RED")),
      Map.entry("publicationRecord.reviewIs", List.of("ACCEPT", "REVISE", "REFUSE")),
      Map.entry("publicationRecord.approvalLevelIs", List.of("NONE", "HEAD_OF_COMMUNICATION", "STEERING_COMMITTEE")),
      Map.entry("publicationRecord.approvalIs", List.of("APPROVE", "REJECT")),
      Map.entry("publicationRecord.checkIs", List.of("CONFIRMED", "PROBLEM")),
      Map.entry("watchDecision", List.of("ARCHIVE", "SHARE", "PROPOSE_PROJECT")));

  /** The enum each question's answers come from, for the test that keeps both in step. */
  static final Map<String, String> ENUMS = Map.ofEntries(
      Map.entry("projectRecord.trackIs", "nc.provincenord.pilotage.lifecycle.Choices$Track"),
      Map.entry("projectRecord.analysisIs", "nc.provincenord.pilotage.lifecycle.Choices$AnalysisDecision"),
      Map.entry("projectRecord.validationIs", "nc.provincenord.pilotage.lifecycle.Choices$ValidationOutcome"),
      Map.entry("projectRecord.committeeReviewIs", "nc.provincenord.pilotage.lifecycle.Choices$ApprovalDecision"),
      Map.entry("projectRecord.arbitrationIs", "nc.provincenord.pilotage.lifecycle.Choices$ArbitrationDecision"),
      Map.entry("projectRecord.acceptanceIs", "nc.provincenord.pilotage.lifecycle.Choices$AcceptanceDecision"),
      Map.entry("projectRecord.siteAcceptanceIs", "nc.provincenord.pilotage.lifecycle.Choices$AcceptanceDecision"),
      Map.entry("projectRecord.healthIs", "nc.provincenord.pilotage.lifecycle.HealthService$HealthLevel"),
      Map.entry("publicationRecord.reviewIs", "nc.provincenord.pilotage.communication.publication.ReviewDecision"),
      Map.entry("publicationRecord.approvalLevelIs", "nc.provincenord.pilotage.communication.publication.ApprovalLevel"),
      Map.entry("publicationRecord.approvalIs", "nc.provincenord.pilotage.communication.publication.ApprovalDecision"),
      Map.entry("publicationRecord.checkIs", "nc.provincenord.pilotage.communication.publication.CheckResult"),
      Map.entry("watchDecision", "nc.provincenord.pilotage.watch.WatchDecision"));

  private GatewayCases() {
  }
}
