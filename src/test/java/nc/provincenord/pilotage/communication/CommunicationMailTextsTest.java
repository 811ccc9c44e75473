package nc.provincenord.pilotage.communication;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import nc.provincenord.pilotage.communication.events.OnCallRosterGap;
import nc.provincenord.pilotage.communication.events.PublicationRefused;
import nc.provincenord.pilotage.communication.events.PublicationReviewEscalated;
import nc.provincenord.pilotage.notification.OutboxInMemory;
import nc.provincenord.pilotage.notification.Recipients;
import nc.provincenord.pilotage.communication.events.UrgentMessageClosed;
import org.junit.jupiter.api.Test;

/**
 * The communication events that no Tasklist task announces become French mails for the right people, with
 * times of Nouméa, without the application: {@link CommunicationMails} over the real notifications and
 * templates, the directory and the outbox in memory. That an event published in a step's transaction is
 * queued in the outbox, opt-outs read from the database, is shown on the whole application by
 * {@link CommunicationMailsTest}.
 */
class CommunicationMailTextsTest {

  private static final String REQUESTER = "demandeur@demo.province-nord.nc";
  private static final String COMM = "comm@demo.province-nord.nc";

  private final OutboxInMemory outbox = new OutboxInMemory();
  private final CommunicationMails listener = new CommunicationMails(outbox.notifications());

  @Test
  void aRefusalAtReviewGivesTheRequesterTheReason() {
    String pid = uniqueId();
    listener.on(new PublicationRefused(pid, "Fête de l'igname à Hienghène", PublicationRefused.STAGE_REVIEW,
        "Événement privé, hors ligne éditoriale.", "comm", Recipients.users("demandeur")));

    assertThat(mails(pid, REQUESTER)).singleElement().asString()
        .startsWith("[Pilotage] Votre demande de publication « Fête de l'igname à Hienghène » a été refusée\n")
        .contains("a été refusée à la relecture par le service communication. Elle ne sera pas publiée.")
        .contains("Motif : Événement privé, hors ligne éditoriale.")
        .contains("Décision de : comm");
  }

  @Test
  void aRefusalAtApprovalSaysThePublicationWasNotApproved() {
    String pid = uniqueId();
    listener.on(new PublicationRefused(pid, "Bilan du mandat", PublicationRefused.STAGE_APPROVAL,
        "Période de réserve électorale.", "copil", Recipients.users("demandeur")));

    assertThat(mails(pid, REQUESTER)).singleElement().asString()
        .startsWith("[Pilotage] Votre demande de publication « Bilan du mandat » n'a pas été validée\n")
        .contains("Motif : Période de réserve électorale.").contains("Décision de : copil");
    assertThat(html(pid, REQUESTER)).contains("n&#39;a pas été validée").doesNotContain("refusée à la relecture");
  }

  @Test
  void aLateReviewIsEscalatedToTheHeadOncePerVersionWithNoumeaTimes() {
    String pid = uniqueId();
    OffsetDateTime requestedUtc = OffsetDateTime.of(2026, 3, 2, 21, 30, 0, 0, ZoneOffset.UTC);
    listener.on(new PublicationReviewEscalated(pid, "Nouveau site des aides", 0, "demandeur", requestedUtc,
        LocalDate.of(2026, 3, 20), Recipients.users("comm")));
    listener.on(new PublicationReviewEscalated(pid, "Nouveau site des aides", 0, "demandeur", requestedUtc,
        LocalDate.of(2026, 3, 20), Recipients.users("comm")));
    listener.on(new PublicationReviewEscalated(pid, "Nouveau site des aides", 2, "demandeur", requestedUtc,
        LocalDate.of(2026, 3, 20), Recipients.users("comm")));

    List<String> mails = mails(pid, COMM);
    assertThat(mails).hasSize(2);
    assertThat(mails.get(0))
        .startsWith("[Pilotage] Escalade : relecture en retard pour la demande de publication « Nouveau site des aides »\n")
        .contains("n'a pas été relue par le service communication dans les 2 jours ouvrés")
        .doesNotContain("version modifiée")
        .contains("Demandeur : demandeur")
        .contains("Demandée le : 03/03/2026 08:30 (heure de Nouméa)")
        .contains("Date de publication souhaitée : 20/03/2026");
    assertThat(mails.get(1)).contains("« Nouveau site des aides » (version modifiée n° 2) n'a pas été relue");
    assertThat(mails(pid, REQUESTER)).isEmpty();
  }

  @Test
  void aRosterGapReachesEveryMemberOfTheServiceEvenThoseWhoTurnedGroupMailsOff() {
    String pid = uniqueId();
    outbox.optOut("comm", "communication");
    listener.on(new OnCallRosterGap(pid, LocalDate.of(2026, 2, 16), "Coupure d'eau à Koné", Recipients.group("communication")));

    assertThat(mails(pid, COMM)).singleElement().asString()
        .startsWith("[Pilotage] Alerte : personne d'astreinte la semaine du 16/02/2026\n")
        .contains("Le message urgent « Coupure d'eau à Koné » vient d'arriver")
        .contains("pour la semaine du 16/02/2026 au 22/02/2026")
        .contains("Merci de compléter le tableau d'astreinte sans attendre : http://localhost:8080/astreinte")
        .doesNotContain("Pour ne plus recevoir les courriels de ce groupe");
    assertThat(html(pid, COMM)).contains("href=\"http://localhost:8080/astreinte\"")
        .contains(">Ouvrir le tableau d&#39;astreinte</a>");
  }

  @Test
  void aClosedUrgentMessageGivesTheSenderAndTheServiceItsTimeline() {
    String pid = uniqueId();
    OffsetDateTime receivedUtc = OffsetDateTime.of(2026, 1, 14, 23, 5, 0, 0, ZoneOffset.UTC);
    listener.on(new UrgentMessageClosed(pid, "Alerte cyclonique de niveau 1", "astreinte", receivedUtc,
        receivedUtc.plusMinutes(12), receivedUtc.plusMinutes(40), "WEBSITE,SOCIAL_NETWORKS,SMS",
        new Recipients(List.of("cdp"), List.of("communication"))));

    String forSender = mails(pid, "cdp@demo.province-nord.nc").get(0);
    assertThat(forSender)
        .startsWith("[Pilotage] Message urgent « Alerte cyclonique de niveau 1 » publié et clos\n")
        .contains("Reçu le : 15/01/2026 10:05")
        .contains("Pris en charge le : 15/01/2026 10:17 par astreinte")
        .contains("Publié le : 15/01/2026 10:45")
        .contains("Canaux : site internet de la Province, réseaux sociaux, SMS d'alerte")
        .contains("(heures de Nouméa)");
    assertThat(mails(pid, COMM)).singleElement().asString()
        .contains("Publié le : 15/01/2026 10:45")
        .contains("Vous recevez ce courriel parce que vous êtes membre du groupe « Service communication »");
  }

  @Test
  void aTitleWithMarkupIsEscapedInTheHtmlPart() {
    String pid = uniqueId();
    listener.on(new PublicationRefused(pid, "<script>alert('x')</script> Journée portes ouvertes", PublicationRefused.STAGE_REVIEW,
        "<b>Doublon</b>", "comm", Recipients.users("demandeur")));

    assertThat(html(pid, REQUESTER)).doesNotContain("<script>").doesNotContain("<b>Doublon")
        .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Journée portes ouvertes")
        .contains("&lt;b&gt;Doublon&lt;/b&gt;");
  }

  /** Subject and text of the mails queued for that recipient about that process instance, oldest first. */
  private List<String> mails(String processInstanceId, String recipient) {
    return outbox.mails(":" + processInstanceId, recipient).stream().map(OutboxInMemory.Mail::subjectAndText).toList();
  }

  private String html(String processInstanceId, String recipient) {
    List<OutboxInMemory.Mail> queued = outbox.mails(":" + processInstanceId, recipient);
    assertThat(queued).hasSize(1);
    return queued.get(0).html();
  }

  private static String uniqueId() {
    return UUID.randomUUID().toString();
  }
}
