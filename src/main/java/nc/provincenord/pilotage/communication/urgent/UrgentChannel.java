package nc.provincenord.pilotage.communication.urgent;

/** Where an urgent message goes out. */
enum UrgentChannel {
  WEBSITE, INTRANET, SOCIAL_NETWORKS, RADIO_PRESS, SMS
}
