package nc.provincenord.pilotage.steering;

/** A risk of the register: probability and impact from 1 to 4; {@code owner} is a directory user or null. */
public record Risk(long id, String title, int probability, int impact, String owner, String mitigation, RiskStatus status) {

  public int score() {
    return probability * impact;
  }

  public boolean open() {
    return status == RiskStatus.OPEN;
  }
}
