package nc.provincenord.pilotage.lifecycle;

/** The stages of product.md, in order; the code is what the portfolio stores. */
public enum ProjectStage {
  REQUEST("Demande"),
  ANALYSIS("Analyse des besoins"),
  GOVERNANCE("Gouvernance"),
  SPECIFICATION("Cahier des charges"),
  VALIDATION("Validation"),
  ARBITRATION("Arbitrage"),
  PLANNING("Planification"),
  REALISATION("Réalisation"),
  DEPLOYMENT("Déploiement"),
  CHANGE_MANAGEMENT("Conduite du changement"),
  CLOSURE("Clôture");

  private final String label;

  ProjectStage(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
