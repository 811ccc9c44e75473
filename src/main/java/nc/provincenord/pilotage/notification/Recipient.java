package nc.provincenord.pilotage.notification;

/** One addressee of a notification: a user (by id) or a group (by group id of product.md). */
public record Recipient(Kind kind, String id) {

  public enum Kind { USER, GROUP }

  public static Recipient user(String userId) {
    return new Recipient(Kind.USER, userId);
  }

  public static Recipient group(String groupId) {
    return new Recipient(Kind.GROUP, groupId);
  }

  /** {@code user:demandeur}, {@code group:comite-pilotage}: how alert rows show them. */
  @Override
  public String toString() {
    return (kind == Kind.USER ? "user:" : "group:") + id;
  }
}
