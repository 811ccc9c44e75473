package nc.provincenord.pilotage.communication.oncall;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** The demo world: "astreinte" on duty and "comm" as backup, this week and the next eight; never overwrites. */
@Component
@Profile("demo")
class DemoOnCallRoster implements ApplicationRunner {

  static final int WEEKS = 9;
  private static final Logger LOG = LoggerFactory.getLogger(DemoOnCallRoster.class);

  private final OnCallRoster roster;

  DemoOnCallRoster(OnCallRoster roster) {
    this.roster = roster;
  }

  @Override
  public void run(ApplicationArguments args) {
    int created = roster.planIfEmpty(roster.currentWeek(), WEEKS, "astreinte", "comm", "demo");
    LOG.info("Tableau d'astreinte de démonstration : {} semaine(s) ajoutée(s)", created);
  }
}
