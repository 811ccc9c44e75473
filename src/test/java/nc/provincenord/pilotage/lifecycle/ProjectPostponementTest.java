package nc.provincenord.pilotage.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import nc.provincenord.pilotage.lifecycle.events.ProjectPostponed;
import org.junit.jupiter.api.Test;

/** A postponed project comes back to arbitration at 07:00 in Nouméa on the date given; its people are told. */
class ProjectPostponementTest {

  final List<Object> events = new ArrayList<>();
  final ProjectPostponement postponement = new ProjectPostponement(events::add,
      Clock.fixed(Instant.parse("2026-03-02T00:00:00Z"), ZoneId.of("Pacific/Noumea")));

  @Test
  void theProjectComesBackAtSevenInTheMorningNoumeaTime() {
    Instant back = postponement.postpone("PRJ-2026-0042", new ProjectPostponement.Postponed("Portail des aides", "demandeur",
        "cdp", LocalDate.of(2026, 4, 15), "Attendre le budget supplémentaire"));

    // Nouméa is UTC+11 all year: 07:00 there is 20:00 UTC the day before
    assertThat(back).isEqualTo(Instant.parse("2026-04-14T20:00:00Z"));
  }

  @Test
  void theRequesterAndTheProjectManagerAreToldUntilWhenAndWhy() {
    postponement.postpone("PRJ-2026-0042", new ProjectPostponement.Postponed("Portail des aides", "demandeur", "cdp",
        LocalDate.of(2026, 4, 15), "Attendre le budget supplémentaire"));

    assertThat(events).singleElement().isInstanceOfSatisfying(ProjectPostponed.class, told -> {
      assertThat(told.businessKey()).isEqualTo("PRJ-2026-0042");
      assertThat(told.title()).isEqualTo("Portail des aides");
      assertThat(told.recipients().userIds()).containsExactly("demandeur", "cdp");
      assertThat(told.postponedUntil()).isEqualTo(LocalDate.of(2026, 4, 15));
      assertThat(told.comment()).isEqualTo("Attendre le budget supplémentaire");
    });
  }
}
