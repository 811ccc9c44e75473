package nc.provincenord.pilotage.communication.publication;

/** Where a publication appears; several may be chosen. */
enum PublicationChannel {
  WEBSITE, INTRANET, SOCIAL_NETWORKS
}
