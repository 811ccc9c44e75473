package nc.provincenord.pilotage.communication.urgent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nc.provincenord.pilotage.communication.CommunicationSettings;
import nc.provincenord.pilotage.communication.events.OnCallRosterGap;
import nc.provincenord.pilotage.communication.events.UrgentMessageAssigned;
import nc.provincenord.pilotage.communication.events.UrgentMessageClosed;
import nc.provincenord.pilotage.communication.oncall.OnCallRoster;
import nc.provincenord.pilotage.communication.oncall.OnCallWeek;
import nc.provincenord.pilotage.security.Role;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;

/** Whom an urgent message is offered to at each level, and who learns of its closure. */
class UrgentStepsTest {

  static final String ID = "pi-9";
  static final UrgentEvents.Message MESSAGE = new UrgentEvents.Message("CYCLONE", "Alerte cyclonique", "Passage en alerte 1",
      List.of("WEBSITE", "SMS"));
  static final OffsetDateTime RECEIVED = OffsetDateTime.parse("2026-02-10T06:00:00+11:00");
  static final OffsetDateTime TAKEN = OffsetDateTime.parse("2026-02-10T06:12:00+11:00");

  final UrgentMessageRepository repository = mock(UrgentMessageRepository.class);
  final List<Object> events = new ArrayList<>();
  final UrgentSteps steps = new UrgentSteps(repository, events::add);

  @Test
  void theBackupLevelIsOfferedToTheAgentOnDutyAndTheBackup() {
    recorded(new UrgentLevels("astreinte", "suppleant", "chef.comm"));

    steps.escalate(ID, UrgentLevels.BACKUP, MESSAGE);

    verify(repository).recordEscalation(ID, UrgentLevels.BACKUP);
    assertThat(events).singleElement().isInstanceOfSatisfying(UrgentMessageAssigned.class, told -> {
      assertThat(told.level()).isEqualTo(UrgentLevels.BACKUP);
      assertThat(told.recipients().userIds()).containsExactly("astreinte", "suppleant");
      assertThat(told.kind()).isEqualTo("CYCLONE");
      assertThat(told.title()).isEqualTo("Alerte cyclonique");
      assertThat(told.requestedChannels()).isEqualTo("WEBSITE,SMS");
      assertThat(told.receivedAt()).isEqualTo(RECEIVED);
    });
  }

  @Test
  void theHeadLevelAddsTheHeadAndAMissingBackupIsNobodyTwice() {
    recorded(new UrgentLevels("astreinte", null, "chef.comm"));

    steps.escalate(ID, UrgentLevels.HEAD, MESSAGE);

    assertThat(events).singleElement().isInstanceOfSatisfying(UrgentMessageAssigned.class,
        told -> assertThat(told.recipients().userIds()).containsExactly("astreinte", "chef.comm"));
  }

  @Test
  void noEscalationToTheLevelOnDuty() {
    recorded(new UrgentLevels("astreinte", "suppleant", "chef.comm"));

    assertThatIllegalArgumentException().isThrownBy(() -> steps.escalate(ID, UrgentLevels.ON_DUTY, MESSAGE));
    verify(repository, never()).recordEscalation(any(), any());
    assertThat(events).isEmpty();
  }

  @Test
  void theClosureTellsTheSenderAndTheServiceWhatWasPublishedAndHowLongItWaited() {
    OffsetDateTime published = OffsetDateTime.parse("2026-02-10T06:40:00+11:00");
    UrgentForm.Publication publication = new UrgentForm.Publication(Set.of(UrgentChannel.values()[0]), "Publié", published,
        List.of(), null);
    recorded(new UrgentLevels("astreinte", "suppleant", "chef.comm"));

    steps.close(ID, publication, new UrgentSteps.Closing("Alerte cyclonique", "astreinte", "emetteur", "astreinte"));

    InOrder order = inOrder(repository);
    order.verify(repository).recordClosed(ID, publication, "astreinte");
    order.verify(repository).timeline(ID);
    assertThat(events).singleElement().isInstanceOfSatisfying(UrgentMessageClosed.class, told -> {
      assertThat(told.takenBy()).isEqualTo("astreinte");
      assertThat(told.receivedAt()).isEqualTo(RECEIVED);
      assertThat(told.takenAt()).isEqualTo(TAKEN);
      assertThat(told.publishedAt()).isEqualTo(published);
      assertThat(told.publishedChannels()).isEqualTo(UrgentChannel.values()[0].name());
      assertThat(told.recipients().userIds()).containsExactly("emetteur");
      assertThat(told.recipients().groupIds()).containsExactly(Role.COMMUNICATION.groupId());
    });
  }

  @Test
  void theAgentOnDutyIsOfferedTheMessageAndAGapInTheRosterIsReported() {
    OnCallRoster roster = mock(OnCallRoster.class);
    Clock clock = Clock.fixed(Instant.parse("2026-02-09T19:00:00Z"), ZoneId.of("Pacific/Noumea"));
    LocalDate week = OnCallRoster.weekOf(LocalDate.now(clock));
    OnDutyAssignment assignment = new OnDutyAssignment(roster, new CommunicationSettings("chef.comm"), repository, events::add, clock);
    when(repository.timeline(ID)).thenReturn(Optional.empty());

    when(roster.coverage(any())).thenReturn(Optional.of(new OnCallWeek(week, "astreinte", "suppleant")));
    assignment.assign(ID, MESSAGE);
    verify(repository).recordAssignment(ID, "astreinte", "suppleant", "chef.comm", false);
    assertThat(events).singleElement().isInstanceOfSatisfying(UrgentMessageAssigned.class, told -> {
      assertThat(told.level()).isEqualTo(UrgentLevels.ON_DUTY);
      assertThat(told.recipients().userIds()).containsExactly("astreinte");
    });

    events.clear();
    when(roster.coverage(any())).thenReturn(Optional.empty());
    assignment.assign(ID, MESSAGE);
    verify(repository).recordAssignment(ID, null, null, "chef.comm", true);
    assertThat(events).hasSize(2);
    assertThat(events.get(0)).isInstanceOfSatisfying(OnCallRosterGap.class, gap -> {
      assertThat(gap.weekStart()).isEqualTo(week);
      assertThat(gap.recipients().groupIds()).containsExactly(Role.COMMUNICATION.groupId());
    });
    assertThat(events.get(1)).isInstanceOfSatisfying(UrgentMessageAssigned.class,
        told -> assertThat(told.recipients().userIds()).containsExactly("chef.comm"));
  }

  private void recorded(UrgentLevels levels) {
    when(repository.levels(ID)).thenReturn(Optional.of(levels));
    when(repository.timeline(ID)).thenReturn(Optional.of(new UrgentMessageRepository.Timeline("Alerte cyclonique", RECEIVED,
        levels.onDuty(), levels.backup(), false, null, null, "astreinte", TAKEN, UrgentLevels.ON_DUTY, null, null, null, null)));
  }
}
