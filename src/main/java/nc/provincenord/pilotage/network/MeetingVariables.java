package nc.provincenord.pilotage.network;

import java.util.List;
import nc.provincenord.pilotage.process.ProcessVariable;

/** The variables of {@code referent-meeting}, named once. */
public final class MeetingVariables {

  public static final String PROCESS_KEY = "referent-meeting";

  public static final ProcessVariable<String> ORGANIZER = ProcessVariable.text("referentMeetingOrganizer");
  public static final ProcessVariable<String> TITLE = ProcessVariable.text("referentMeetingTitle");
  /** ISO date-time with offset: also the timer that closes the invitation. */
  public static final ProcessVariable<String> STARTS_AT = ProcessVariable.text("referentMeetingStartsAt");
  public static final ProcessVariable<String> PLACE = ProcessVariable.text("referentMeetingPlace");
  /** When and where, in French ("le 04/12/2026 à 09:00 (heure de Nouméa), à Koné"): the invitation task's description. */
  public static final ProcessVariable<String> WHEN_AND_WHERE = ProcessVariable.text("referentMeetingWhenAndWhere");
  public static final ProcessVariable<String> VIDEO_LINK = ProcessVariable.text("referentMeetingVideoLink");
  public static final ProcessVariable<String> AGENDA = ProcessVariable.text("referentMeetingAgenda");

  public static final ProcessVariable<String> MINUTES = ProcessVariable.text("referentMeetingMinutes");
  public static final ProcessVariable<String> ATTENDEES = ProcessVariable.text("referentMeetingAttendees");
  /** One action per line: {@code quoi ; identifiant du responsable ; échéance JJ/MM/AAAA}. */
  public static final ProcessVariable<String> ACTIONS = ProcessVariable.text("referentMeetingActions");
  public static final ProcessVariable<Long> ACTION_COUNT = ProcessVariable.number("referentActionCount");
  /** The multi-instance collection (JSON list of action ids) and its element. */
  public static final ProcessVariable<List<String>> ACTION_IDS = ProcessVariable.objectList("referentActionIds", String.class);
  public static final ProcessVariable<String> ACTION_ID = ProcessVariable.text("referentActionId");

  /** Local to each action task. */
  public static final ProcessVariable<String> ACTION_WHAT = ProcessVariable.text("referentActionWhat");
  public static final ProcessVariable<String> ACTION_DUE = ProcessVariable.text("referentActionDue");
  public static final ProcessVariable<String> ACTION_OUTCOME = ProcessVariable.text("referentActionOutcome");
  public static final ProcessVariable<String> ACTION_COMMENT = ProcessVariable.text("referentActionComment");

  private MeetingVariables() {
  }
}
