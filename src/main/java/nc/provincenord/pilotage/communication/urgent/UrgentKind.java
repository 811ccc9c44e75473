package nc.provincenord.pilotage.communication.urgent;

/** What the urgent message is about. */
enum UrgentKind {
  CYCLONE, WATER_CUT, ROAD_CLOSURE, PUBLIC_HEALTH, OTHER
}
