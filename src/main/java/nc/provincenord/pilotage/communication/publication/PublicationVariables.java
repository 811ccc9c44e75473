package nc.provincenord.pilotage.communication.publication;

import java.util.List;
import nc.provincenord.pilotage.process.ProcessVariable;

/** The variables of {@code publication-request}, named once. */
public final class PublicationVariables {

  public static final String PROCESS_KEY = "publication-request";
  public static final String DECISION_KEY = "publication-approval";

  public static final ProcessVariable<String> REQUESTER = ProcessVariable.text("publicationRequester");
  public static final ProcessVariable<String> TITLE = ProcessVariable.text("publicationTitle");
  public static final ProcessVariable<String> TEXT = ProcessVariable.text("publicationText");
  public static final ProcessVariable<List<String>> CHANNELS = ProcessVariable.textList("publicationChannels");
  public static final ProcessVariable<String> AUDIENCE = ProcessVariable.text("publicationAudience");
  public static final ProcessVariable<Boolean> ENGAGES_POLICY = ProcessVariable.flag("publicationEngagesPolicy");
  public static final ProcessVariable<String> DESIRED_DATE = ProcessVariable.text("publicationDesiredDate");
  public static final ProcessVariable<String> MEDIA_LINKS = ProcessVariable.text("publicationMediaLinks");

  /** Decision inputs of {@code publication-approval}, derived from the channels. */
  public static final ProcessVariable<Boolean> ON_WEBSITE = ProcessVariable.flag("publicationOnWebsite");
  public static final ProcessVariable<Boolean> ON_INTRANET = ProcessVariable.flag("publicationOnIntranet");
  public static final ProcessVariable<Boolean> ON_SOCIAL_NETWORKS = ProcessVariable.flag("publicationOnSocialNetworks");
  /** Decision output: {@link ApprovalLevel} name. */
  public static final ProcessVariable<String> APPROVAL_LEVEL = ProcessVariable.text("publicationApprovalLevel");

  public static final ProcessVariable<String> REVIEW_DECISION = ProcessVariable.text("publicationReviewDecision");
  public static final ProcessVariable<String> REVIEW_COMMENT = ProcessVariable.text("publicationReviewComment");
  public static final ProcessVariable<String> APPROVAL_DECISION = ProcessVariable.text("publicationApprovalDecision");
  public static final ProcessVariable<String> APPROVAL_COMMENT = ProcessVariable.text("publicationApprovalComment");
  public static final ProcessVariable<String> PUBLISHED_URL = ProcessVariable.text("publicationPublishedUrl");
  public static final ProcessVariable<String> PUBLISH_COMMENT = ProcessVariable.text("publicationPublishComment");
  public static final ProcessVariable<String> CHECK_RESULT = ProcessVariable.text("publicationCheckResult");
  public static final ProcessVariable<String> CHECK_COMMENT = ProcessVariable.text("publicationCheckComment");

  private PublicationVariables() {
  }
}
