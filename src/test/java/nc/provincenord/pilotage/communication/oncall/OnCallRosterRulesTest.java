package nc.provincenord.pilotage.communication.oncall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.UserQuery;
import org.junit.jupiter.api.Test;

/**
 * The roster's rules and their French messages without the application: {@link OnCallRoster} over the demo
 * directory (one user per group) and weeks kept in memory. The roster in the database, its demo seeding and
 * who may change it through the page and the JSON API (a refusal there is a 400 with these messages) are
 * shown on the whole application by {@link OnCallRosterTest}.
 */
class OnCallRosterRulesTest {

  static final LocalDate MONDAY = OnCallRosterTest.MONDAY;

  /** The demo users and their one group each (DemoAccounts). */
  private static final Map<String, String> GROUP_OF = Map.of("astreinte", "astreinte", "comm", "communication",
      "cdp", "chefs-de-projet", "demandeur", "demandeurs");

  private final Map<LocalDate, OnCallWeek> weeks = new TreeMap<>();
  private final OnCallRoster roster = new OnCallRoster(repository(), directory(), Clock.system(ZoneId.of("Pacific/Noumea")));

  @Test
  void aWeekThatIsAlreadyPlannedCannotBeAddedAgain() {
    roster.add(MONDAY, "astreinte", "comm", "comm");
    assertThatThrownBy(() -> roster.add(MONDAY, "comm", null, "comm"))
        .isInstanceOf(OnCallRosterException.class)
        .hasMessageContaining("La semaine du 02/03/2099 au 08/03/2099 est déjà planifiée : une astreinte ne peut pas en chevaucher une autre.");
    assertThatThrownBy(() -> roster.add(MONDAY.plusDays(3), "comm", null, "comm"))
        .as("a Thursday would overlap the week it belongs to")
        .hasMessageContaining("commence un lundi : le 05/03/2099 n'en est pas un (lundi de cette semaine : 02/03/2099)");
    assertThat(roster.weeks(MONDAY, 1).get(0).onDutyUser()).isEqualTo("astreinte");
  }

  @Test
  void aWeekWithoutAnyoneOnDutyIsRefusedAndShownAsAGap() {
    assertThatThrownBy(() -> roster.save(MONDAY, " ", "comm", "comm"))
        .isInstanceOf(OnCallRosterException.class)
        .hasMessageContaining("Une semaine sans agent d'astreinte n'est pas possible");
    List<OnCallWeek> shown = roster.weeks(MONDAY, 2);
    assertThat(shown).extracting(OnCallWeek::gap).containsExactly(true, true);
  }

  @Test
  void unknownOrIneligibleUsersAndTheSamePersonTwiceAreRefused() {
    OnCallRosterException refused = org.junit.jupiter.api.Assertions.assertThrows(OnCallRosterException.class,
        () -> roster.save(MONDAY, "inconnu", "cdp", "comm"));
    assertThat(refused.errors()).containsExactly(
        "L'agent d'astreinte « inconnu » n'est pas un utilisateur connu.",
        "Le suppléant « cdp » n'appartient ni au groupe « astreinte » ni au groupe « communication ».");
    assertThatThrownBy(() -> roster.save(MONDAY, "comm", "comm", "comm"))
        .hasMessageContaining("Le suppléant doit être une autre personne que l'agent d'astreinte.");
    assertThat(weeks).isEmpty();
  }

  private OnCallRosterRepository repository() {
    OnCallRosterRepository repository = mock(OnCallRosterRepository.class);
    when(repository.find(any())).thenAnswer(call -> java.util.Optional.ofNullable(weeks.get(call.<LocalDate>getArgument(0))));
    when(repository.between(any(), any())).thenAnswer(call -> weeks.values().stream()
        .filter(week -> !week.weekStart().isBefore(call.getArgument(0)) && !week.weekStart().isAfter(call.getArgument(1))).toList());
    doAnswer(call -> weeks.put(call.<OnCallWeek>getArgument(0).weekStart(), call.getArgument(0)))
        .when(repository).insert(any(), anyString());
    doAnswer(call -> weeks.put(call.<OnCallWeek>getArgument(0).weekStart(), call.getArgument(0)))
        .when(repository).update(any(), anyString());
    doAnswer(call -> weeks.remove(call.<LocalDate>getArgument(0))).when(repository).delete(any());
    return repository;
  }

  /** Answers {@code createUserQuery().userId(id)[.memberOfGroup(group)].count()} as the demo directory would. */
  private static IdentityService directory() {
    IdentityService identity = mock(IdentityService.class);
    when(identity.createUserQuery()).thenAnswer(call -> {
      String[] asked = new String[2];
      UserQuery query = mock(UserQuery.class);
      when(query.userId(anyString())).thenAnswer(id -> {
        asked[0] = id.getArgument(0);
        return query;
      });
      when(query.memberOfGroup(anyString())).thenAnswer(group -> {
        asked[1] = group.getArgument(0);
        return query;
      });
      when(query.count()).thenAnswer(count -> GROUP_OF.containsKey(asked[0])
          && (asked[1] == null || asked[1].equals(GROUP_OF.get(asked[0]))) ? 1L : 0L);
      return query;
    });
    return identity;
  }
}
