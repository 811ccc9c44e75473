package nc.provincenord.pilotage.lifecycle;

import java.util.Map;

/** The French words for the codes the lifecycle stores (tracks, statuses, decisions): what people read. */
public final class LifecycleLabels {

  private static final Map<String, String> TRACKS = Map.of(
      "LIGHT", "Allégée", "STANDARD", "Standard", "MAJOR", "Majeure");

  private static final Map<String, String> DECISIONS = Map.ofEntries(
      Map.entry("QUALIFY", "Demande qualifiée"), Map.entry("REFUSE", "Demande refusée"),
      Map.entry("WITHDRAW", "Demande retirée par le demandeur"),
      Map.entry("APPROVE", "Approuvé"), Map.entry("REVISE", "Révision demandée"), Map.entry("REJECT", "Rejeté"),
      Map.entry("ESCALATE", "Soumis au comité"), Map.entry("POSTPONE", "Ajourné"),
      Map.entry("ACCEPT", "Accepté"), Map.entry("RESERVE", "Réserves"));

  private static final Map<String, String> STATUSES = Map.of(
      "ACTIVE", "en cours", "CLOSED", "clôturé", "REFUSED", "refusé", "WITHDRAWN", "retiré par le demandeur");

  private LifecycleLabels() {
  }

  public static String track(String code) {
    return code == null ? "—" : TRACKS.getOrDefault(code, code);
  }

  /** A project's status ({@code ACTIVE}, {@code CLOSED}, {@code REFUSED}, {@code WITHDRAWN}), e.g. "en cours". */
  public static String status(String code) {
    return code == null ? "—" : STATUSES.getOrDefault(code, code);
  }

  public static String decision(String code) {
    return code == null ? "—" : DECISIONS.getOrDefault(code, code);
  }

  /** What was decided on, e.g. "Validation MOA du cahier des charges" for {@code MOA_VALIDATION}. */
  public static String decisionKind(String code) {
    try {
      return DecisionKind.valueOf(code).label();
    } catch (IllegalArgumentException | NullPointerException unknown) {
      return code == null ? "—" : code;
    }
  }
}
