package nc.provincenord.pilotage.steering;

/** The nature of a budget line, as the province's budget splits it. */
public enum BudgetNature {
  INVESTMENT("investissement"), OPERATING("fonctionnement");

  private final String label;

  BudgetNature(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
