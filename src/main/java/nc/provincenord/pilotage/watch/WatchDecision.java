package nc.provincenord.pilotage.watch;

/** What a project manager decides for a watch item. */
enum WatchDecision {
  ARCHIVE, SHARE, PROPOSE_PROJECT
}
