package nc.provincenord.pilotage.notification;

/** PENDING until sent; FAILED once the attempts are exhausted (kept with the reason until retried). */
public enum OutboxStatus {
  PENDING, SENT, FAILED
}
