package nc.provincenord.pilotage.notification;

/** Where the dispatcher delivers a row: SMTP, or the log on the embedded default. */
interface NotificationChannel {

  /** Delivers the message or throws with the reason. */
  void send(OutboxRow message) throws Exception;

  String name();
}
