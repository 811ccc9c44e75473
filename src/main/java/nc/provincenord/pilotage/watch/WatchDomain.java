package nc.provincenord.pilotage.watch;

/** The technical domains offered by the submission form. */
enum WatchDomain {
  INFRASTRUCTURE, SECURITY, DATA, ARTIFICIAL_INTELLIGENCE, COLLABORATION, WEB, BUSINESS_APPLICATIONS, TELECOM, OTHER
}
