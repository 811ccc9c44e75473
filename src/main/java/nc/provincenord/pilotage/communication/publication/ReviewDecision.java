package nc.provincenord.pilotage.communication.publication;

/** The communication service's editorial review. */
enum ReviewDecision {
  ACCEPT, REVISE, REFUSE
}
