package nc.provincenord.pilotage.communication.urgent;

import java.util.List;
import nc.provincenord.pilotage.process.ProcessVariable;

/** The variables of {@code urgent-communication}, named once. */
public final class UrgentVariables {

  public static final String PROCESS_KEY = "urgent-communication";

  public static final ProcessVariable<String> STARTED_BY = ProcessVariable.text("urgentStartedBy");
  public static final ProcessVariable<String> KIND = ProcessVariable.text("urgentKind");
  public static final ProcessVariable<String> TITLE = ProcessVariable.text("urgentTitle");
  public static final ProcessVariable<String> MESSAGE = ProcessVariable.text("urgentMessage");
  public static final ProcessVariable<List<String>> CHANNELS = ProcessVariable.textList("urgentChannels");
  public static final ProcessVariable<String> SOURCE = ProcessVariable.text("urgentSource");
  public static final ProcessVariable<String> AREA = ProcessVariable.text("urgentArea");

  /** Who took the message (for display; the publication's assignee is read from the record). */
  public static final ProcessVariable<String> AGENT = ProcessVariable.text("urgentAgent");

  public static final ProcessVariable<List<String>> PUBLISHED_CHANNELS = ProcessVariable.textList("urgentPublishedChannels");
  public static final ProcessVariable<String> PUBLISHED_SUMMARY = ProcessVariable.text("urgentPublishedSummary");
  public static final ProcessVariable<String> PUBLISHED_AT = ProcessVariable.text("urgentPublishedAt");
  public static final ProcessVariable<String> PUBLISHED_LINKS = ProcessVariable.text("urgentPublishedLinks");
  public static final ProcessVariable<String> CLOSING_NOTE = ProcessVariable.text("urgentClosingNote");

  private UrgentVariables() {
  }
}
