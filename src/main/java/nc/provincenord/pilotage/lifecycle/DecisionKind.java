package nc.provincenord.pilotage.lifecycle;

import static nc.provincenord.pilotage.lifecycle.LifecycleVariables.ACCEPTANCE_COMMENT;
import static nc.provincenord.pilotage.lifecycle.LifecycleVariables.ACCEPTANCE_DECISION;
import static nc.provincenord.pilotage.lifecycle.LifecycleVariables.ANALYSIS_DECISION;
import static nc.provincenord.pilotage.lifecycle.LifecycleVariables.ARBITRATION_COMMENT;
import static nc.provincenord.pilotage.lifecycle.LifecycleVariables.ARBITRATION_DECISION;
import static nc.provincenord.pilotage.lifecycle.LifecycleVariables.COMMITTEE_COMMENT;
import static nc.provincenord.pilotage.lifecycle.LifecycleVariables.COMMITTEE_DECISION;
import static nc.provincenord.pilotage.lifecycle.LifecycleVariables.REFUSAL_REASON;
import static nc.provincenord.pilotage.lifecycle.LifecycleVariables.SITE_COMMENT;
import static nc.provincenord.pilotage.lifecycle.LifecycleVariables.SITE_DECISION;

import nc.provincenord.pilotage.process.ProcessVariable;

/** The decisions recorded on a project: which stage, and which variables carry the choice and its comment. */
public enum DecisionKind {
  NEEDS_ANALYSIS(ProjectStage.ANALYSIS, "Analyse des besoins", ANALYSIS_DECISION, REFUSAL_REASON),
  MOA_VALIDATION(ProjectStage.VALIDATION, "Validation MOA du cahier des charges", LifecycleVariables.MOA_DECISION,
      LifecycleVariables.MOA_COMMENT),
  MOE_OPINION(ProjectStage.VALIDATION, "Avis technique MOE", LifecycleVariables.MOE_DECISION,
      LifecycleVariables.MOE_COMMENT),
  COMMITTEE_REVIEW(ProjectStage.VALIDATION, "Décision du comité après révisions", COMMITTEE_DECISION, COMMITTEE_COMMENT),
  ARBITRATION(ProjectStage.ARBITRATION, "Arbitrage du comité de pilotage", ARBITRATION_DECISION, ARBITRATION_COMMENT),
  ACCEPTANCE(ProjectStage.REALISATION, "Recette (VABF) par la MOA", ACCEPTANCE_DECISION, ACCEPTANCE_COMMENT),
  SITE_ACCEPTANCE(ProjectStage.DEPLOYMENT, "Vérification de service régulier (VSR)", SITE_DECISION, SITE_COMMENT),
  /** Recorded by {@link WithdrawProjectDelegate}, not by a form: its decision is always {@code WITHDRAW}. */
  WITHDRAWAL(ProjectStage.ANALYSIS, "Retrait de la demande", LifecycleVariables.WITHDRAWAL_DECISION,
      LifecycleVariables.WITHDRAWAL_REASON);

  private final ProjectStage stage;
  private final String label;
  private final ProcessVariable<String> decision;
  private final ProcessVariable<String> comment;

  DecisionKind(ProjectStage stage, String label, ProcessVariable<String> decision, ProcessVariable<String> comment) {
    this.stage = stage;
    this.label = label;
    this.decision = decision;
    this.comment = comment;
  }

  public ProjectStage stage() {
    return stage;
  }

  public String label() {
    return label;
  }

  public ProcessVariable<String> decision() {
    return decision;
  }

  public ProcessVariable<String> comment() {
    return comment;
  }
}
