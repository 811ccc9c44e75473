package nc.provincenord.pilotage.communication.publication;

/** The validator's decision. */
enum ApprovalDecision {
  APPROVE, REJECT
}
