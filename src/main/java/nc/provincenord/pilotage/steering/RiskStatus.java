package nc.provincenord.pilotage.steering;

/** Where a risk stands in the register. */
public enum RiskStatus {
  OPEN("ouvert"), MITIGATED("atténué"), CLOSED("clos");

  private final String label;

  RiskStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
