package nc.provincenord.pilotage.communication.publication;

/** Who must validate before publication, as decided by {@code publication-approval}. */
enum ApprovalLevel {
  NONE, HEAD_OF_COMMUNICATION, STEERING_COMMITTEE
}
