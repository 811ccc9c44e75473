package nc.provincenord.pilotage.communication.events;

import nc.provincenord.pilotage.notification.Recipients;
/** The publication will not happen: refused at review, or not approved by the validator (stage tells which). */
public record PublicationRefused(String processInstanceId, String title, String stage, String reason,
                                 String decidedBy, Recipients recipients) {

  public static final String STAGE_REVIEW = "REVIEW";
  public static final String STAGE_APPROVAL = "APPROVAL";
}
