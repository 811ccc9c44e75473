package nc.provincenord.pilotage.communication.publication;

/** The requester's check of what was published. */
enum CheckResult {
  CONFIRMED, PROBLEM
}
