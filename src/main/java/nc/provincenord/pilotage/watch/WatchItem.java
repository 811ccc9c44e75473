package nc.provincenord.pilotage.watch;

/** A submitted watch item, as validated from the start form. */
record WatchItem(String title, String summary, String sourceUrl, WatchDomain domain, String relevance) {
}
