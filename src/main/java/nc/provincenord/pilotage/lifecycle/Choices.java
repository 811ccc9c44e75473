package nc.provincenord.pilotage.lifecycle;

/** The closed lists of the lifecycle's forms; each value is what the form submits. */
final class Choices {

  private Choices() {
  }

  enum ProjectType { SI, COMMUNICATION, MIXTE }

  enum Track { LIGHT, STANDARD, MAJOR }

  enum AnalysisDecision { QUALIFY, REFUSE }

  /** MOA, MOE and committee decisions on the specification. */
  enum ApprovalDecision { APPROVE, REVISE, REJECT }

  /** What the validation stage as a whole comes to; ESCALATE when revisions went past the limit. */
  enum ValidationOutcome { APPROVE, REVISE, REJECT, ESCALATE }

  enum ArbitrationDecision { APPROVE, POSTPONE, REJECT }

  enum Priority { HIGH, MEDIUM, LOW }

  /** Recette (VABF) and site acceptance (VSR). */
  enum AcceptanceDecision { ACCEPT, RESERVE }

  enum ProjectStatus { ACTIVE, REFUSED, CLOSED, WITHDRAWN }
}
