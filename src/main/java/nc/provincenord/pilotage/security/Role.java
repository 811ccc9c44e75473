package nc.provincenord.pilotage.security;

/** The groups of product.md: their ids are the public contract. */
public enum Role {
  REQUESTERS("demandeurs", "Demandeurs"),
  PROJECT_MANAGERS("chefs-de-projet", "Chefs de projet"),
  BUSINESS_OWNERS("moa", "Maîtrise d'ouvrage (MOA)"),
  DELIVERY("moe", "Maîtrise d'œuvre (MOE)"),
  STEERING_COMMITTEE("comite-pilotage", "Comité de pilotage"),
  COMMUNICATION("communication", "Service communication"),
  REFERENTS("referents", "Réseau des référents"),
  ON_CALL("astreinte", "Astreinte communication"),
  DESIGNERS("concepteurs", "Concepteurs de processus"),
  ADMINISTRATORS("camunda-admin", "Administrateurs");

  private final String groupId;
  private final String displayName;

  Role(String groupId, String displayName) {
    this.groupId = groupId;
    this.displayName = displayName;
  }

  public String groupId() {
    return groupId;
  }

  public String displayName() {
    return displayName;
  }
}
