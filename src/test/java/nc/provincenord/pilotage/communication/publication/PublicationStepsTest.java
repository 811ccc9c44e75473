package nc.provincenord.pilotage.communication.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nc.provincenord.pilotage.communication.events.PublicationChangesRequested;
import nc.provincenord.pilotage.communication.events.PublicationProblemReported;
import nc.provincenord.pilotage.communication.events.PublicationPublished;
import nc.provincenord.pilotage.communication.events.PublicationRefused;
import nc.provincenord.pilotage.security.Role;
import org.junit.jupiter.api.Test;

/** Which decision tells whom, with the title as recorded; every step records what its form gave. */
class PublicationStepsTest {

  static final String ID = "pi-7";
  static final PublicationSteps.Step STEP = new PublicationSteps.Step(ID, "Titre du formulaire", "demandeur", "relecteur");
  static final PublicationRequest RECORDED = new PublicationRequest("Fête de l'igname", "Texte", Set.of(PublicationChannel.WEBSITE),
      "Grand public", false, LocalDate.of(2026, 5, 4), List.of());

  final PublicationRepository repository = mock(PublicationRepository.class);
  final List<Object> events = new ArrayList<>();
  final PublicationSteps steps = new PublicationSteps(repository, events::add);

  @Test
  void anAcceptedReviewIsRecordedAndTellsNobody() {
    when(repository.content(ID)).thenReturn(Optional.of(RECORDED));

    assertThat(steps.review(STEP, ReviewDecision.ACCEPT, null)).contains(RECORDED);

    verify(repository).recordReview(ID, ReviewDecision.ACCEPT, null, "relecteur");
    assertThat(events).isEmpty();
  }

  @Test
  void aRequestForChangesTellsTheRequesterWithTheRecordedTitle() {
    when(repository.content(ID)).thenReturn(Optional.of(RECORDED));

    steps.review(STEP, ReviewDecision.REVISE, "Ajoutez les horaires");

    assertThat(events).singleElement().isInstanceOfSatisfying(PublicationChangesRequested.class, told -> {
      assertThat(told.title()).isEqualTo("Fête de l'igname");
      assertThat(told.reviewComment()).isEqualTo("Ajoutez les horaires");
      assertThat(told.reviewedBy()).isEqualTo("relecteur");
      assertThat(told.recipients().userIds()).containsExactly("demandeur");
    });
  }

  @Test
  void aRefusalAtReviewTellsTheRequesterWhy() {
    steps.review(STEP, ReviewDecision.REFUSE, "Hors ligne éditoriale");

    assertThat(events).singleElement().isInstanceOfSatisfying(PublicationRefused.class, told -> {
      assertThat(told.stage()).isEqualTo(PublicationRefused.STAGE_REVIEW);
      assertThat(told.reason()).isEqualTo("Hors ligne éditoriale");
      // nothing recorded to read: the title the process holds
      assertThat(told.title()).isEqualTo("Titre du formulaire");
      assertThat(told.recipients().userIds()).containsExactly("demandeur");
    });
  }

  @Test
  void onlyARejectedApprovalTellsTheRequester() {
    steps.approve(STEP, ApprovalDecision.APPROVE, null);
    verify(repository).recordApproval(ID, ApprovalDecision.APPROVE, null, "relecteur");
    assertThat(events).isEmpty();

    steps.approve(STEP, ApprovalDecision.REJECT, "Calendrier électoral");
    assertThat(events).singleElement().isInstanceOfSatisfying(PublicationRefused.class, told -> {
      assertThat(told.stage()).isEqualTo(PublicationRefused.STAGE_APPROVAL);
      assertThat(told.reason()).isEqualTo("Calendrier électoral");
      assertThat(told.decidedBy()).isEqualTo("relecteur");
    });
  }

  @Test
  void aPublicationAsksTheRequesterToCheckTheAddress() {
    OffsetDateTime at = OffsetDateTime.parse("2026-05-04T09:00:00+11:00");
    when(repository.recordPublished(ID, "https://province-nord.nc/igname", "En une", "relecteur")).thenReturn(at);

    steps.publish(STEP, "https://province-nord.nc/igname", "En une");

    assertThat(events).singleElement().isInstanceOfSatisfying(PublicationPublished.class, told -> {
      assertThat(told.publishedUrl()).isEqualTo("https://province-nord.nc/igname");
      assertThat(told.publishedAt()).isEqualTo(at);
      assertThat(told.recipients().userIds()).containsExactly("demandeur");
    });
  }

  @Test
  void aProblemFoundAtTheCheckGoesBackToTheCommunicationService() {
    steps.check(STEP, CheckResult.CONFIRMED, null, "https://province-nord.nc/igname");
    verify(repository).recordCheck(ID, CheckResult.CONFIRMED, null, "relecteur");
    assertThat(events).isEmpty();

    steps.check(STEP, CheckResult.PROBLEM, "Photo manquante", "https://province-nord.nc/igname");
    assertThat(events).singleElement().isInstanceOfSatisfying(PublicationProblemReported.class, told -> {
      assertThat(told.problem()).isEqualTo("Photo manquante");
      assertThat(told.publishedUrl()).isEqualTo("https://province-nord.nc/igname");
      assertThat(told.recipients().groupIds()).containsExactly(Role.COMMUNICATION.groupId());
      assertThat(told.recipients().userIds()).isEmpty();
    });
  }
}
