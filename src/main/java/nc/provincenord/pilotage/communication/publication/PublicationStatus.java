package nc.provincenord.pilotage.communication.publication;

/** Where a publication request stands, as kept in {@code publication_request.status}. */
enum PublicationStatus {
  REVIEW, CHANGES_REQUESTED, REFUSED, APPROVAL, NOT_APPROVED, SCHEDULED, PUBLISHED, PROBLEM, CONFIRMED
}
