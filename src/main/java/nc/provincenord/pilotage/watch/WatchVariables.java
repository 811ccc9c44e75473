package nc.provincenord.pilotage.watch;

import nc.provincenord.pilotage.process.ProcessVariable;

/** The variables of {@code technology-watch}, named once. */
public final class WatchVariables {

  public static final String PROCESS_KEY = "technology-watch";

  public static final ProcessVariable<String> TITLE = ProcessVariable.text("watchTitle");
  public static final ProcessVariable<String> SUMMARY = ProcessVariable.text("watchSummary");
  public static final ProcessVariable<String> SOURCE_URL = ProcessVariable.text("watchSourceUrl");
  public static final ProcessVariable<String> DOMAIN = ProcessVariable.text("watchDomain");
  public static final ProcessVariable<String> RELEVANCE = ProcessVariable.text("watchRelevance");
  public static final ProcessVariable<String> INITIATOR = ProcessVariable.text("watchInitiator");
  public static final ProcessVariable<String> DECISION = ProcessVariable.text("watchDecision");
  public static final ProcessVariable<String> DECISION_COMMENT = ProcessVariable.text("watchDecisionComment");

  /** The business key of the project a proposal started, shown on the watch item. */
  public static final ProcessVariable<String> PROPOSED_PROJECT = ProcessVariable.text("proposedProjectKey");

  private WatchVariables() {
  }
}
