package nc.provincenord.pilotage.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nc.provincenord.pilotage.network.events.ReferentActionAssigned;
import nc.provincenord.pilotage.network.events.ReferentMeetingInvitation;
import nc.provincenord.pilotage.reference.CommuneRepository;
import nc.provincenord.pilotage.security.Role;
import org.junit.jupiter.api.Test;

/** The référents are invited with the place in French; each action item of the minutes is told to its owner. */
class MeetingStepsTest {

  static final String ID = "pi-3";
  static final OffsetDateTime STARTS = OffsetDateTime.parse("2026-06-11T09:00:00+11:00");

  final MeetingRepository repository = mock(MeetingRepository.class);
  final List<Object> events = new ArrayList<>();
  final MeetingSteps steps;

  MeetingStepsTest() {
    CommuneRepository communes = mock(CommuneRepository.class);
    when(communes.namesByInseeCode()).thenReturn(Map.of("98811", "Koné"));
    steps = new MeetingSteps(repository, new MeetingPlaces(communes), events::add);
  }

  @Test
  void theReferentsAreInvitedToTheCommuneByItsName() {
    steps.invite(ID, new MeetingSteps.Meeting("Réseau des référents", STARTS, "98811", null, "Bilan du trimestre", "orga"));

    verify(repository).recordInvited(ID);
    assertThat(events).singleElement().isInstanceOfSatisfying(ReferentMeetingInvitation.class, told -> {
      assertThat(told.place()).isEqualTo("Koné");
      assertThat(told.startsAt()).isEqualTo(STARTS);
      assertThat(told.agenda()).isEqualTo("Bilan du trimestre");
      assertThat(told.organizer()).isEqualTo("orga");
      assertThat(told.recipientGroupIds()).containsExactly(Role.REFERENTS.groupId());
    });
  }

  @Test
  void aVideoCallReadsAsSuchAndAnUnknownCodeAsWritten() {
    steps.invite(ID, new MeetingSteps.Meeting("Réseau", STARTS, MeetingPlaces.VIDEO_CALL, "https://visio", null, "orga"));
    steps.invite(ID, new MeetingSteps.Meeting("Réseau", STARTS, "99999", null, null, "orga"));

    assertThat(events).extracting(event -> ((ReferentMeetingInvitation) event).place())
        .containsExactly(MeetingPlaces.VIDEO_CALL_LABEL, "99999");
  }

  @Test
  void eachActionItemIsToldToItsOwnerWithItsId() {
    List<ActionItem> actions = List.of(new ActionItem("Recenser les besoins", "referent.kone", LocalDate.of(2026, 7, 1)),
        new ActionItem("Former les agents", "referent.koumac", LocalDate.of(2026, 7, 15)));
    when(repository.recordMinutes(ID, "Compte rendu", "orga, referent.kone", actions)).thenReturn(List.of("a-1", "a-2"));

    List<String> ids = steps.recordMinutes(ID, "Réseau des référents", "orga",
        new MeetingForm.Minutes("Compte rendu", "orga, referent.kone", actions));

    assertThat(ids).containsExactly("a-1", "a-2");
    assertThat(events).hasSize(2).allSatisfy(event -> assertThat(event).isInstanceOf(ReferentActionAssigned.class));
    ReferentActionAssigned second = (ReferentActionAssigned) events.get(1);
    assertThat(second.actionId()).isEqualTo("a-2");
    assertThat(second.what()).isEqualTo("Former les agents");
    assertThat(second.dueDate()).isEqualTo(LocalDate.of(2026, 7, 15));
    assertThat(second.meetingTitle()).isEqualTo("Réseau des référents");
    assertThat(second.recipientUserIds()).containsExactly("referent.koumac");
  }
}
