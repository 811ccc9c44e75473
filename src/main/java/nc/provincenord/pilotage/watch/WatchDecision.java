package nc.provincenord.pilotage.watch;

/** What a project manager decides for a watch item. */
enum WatchDecision {
  ARCHIVE("Archivé"), SHARE("Partagé avec le réseau des référents"), PROPOSE_PROJECT("Proposé comme projet");

  private final String label;

  WatchDecision(String label) {
    this.label = label;
  }

  /** As « Mes demandes » shows it. */
  String label() {
    return label;
  }
}
