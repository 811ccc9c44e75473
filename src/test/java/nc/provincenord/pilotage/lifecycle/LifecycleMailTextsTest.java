package nc.provincenord.pilotage.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nc.provincenord.pilotage.lifecycle.events.ApprovalEscalated;
import nc.provincenord.pilotage.lifecycle.events.ApprovalReminder;
import nc.provincenord.pilotage.lifecycle.events.ProjectApproved;
import nc.provincenord.pilotage.lifecycle.events.ProjectClosed;
import nc.provincenord.pilotage.lifecycle.events.ProjectPostponed;
import nc.provincenord.pilotage.lifecycle.events.ProjectRequestRefused;
import nc.provincenord.pilotage.lifecycle.events.ProjectTurnedRed;
import nc.provincenord.pilotage.notification.OutboxInMemory;
import nc.provincenord.pilotage.notification.Recipients;
import org.junit.jupiter.api.Test;

/**
 * Every lifecycle event becomes the French mail its readers expect (amounts in XPF, dates and times of
 * Nouméa), without the application: {@link LifecycleMails} over the real notifications and templates,
 * the directory and the outbox in memory. On the whole application (where this class's former full-tier
 * twin, LifecycleMailsTest, is no longer needed): a real step's event queued in the outbox in its
 * transaction ({@code follow.MyRequestsTest}, the withdrawal mail to the project manager), the refusal mail
 * on a real SMTP server ({@code notification.LifecycleMailTest}), a mandatory group mail reaching a member
 * who turned group mails off in the database ({@code communication.CommunicationMailsTest}).
 */
class LifecycleMailTextsTest {

  private static final Recipients REQUESTER = Recipients.users("demandeur");
  private static final Recipients COMMITTEE = Recipients.group("comite-pilotage");
  private static final String KEY = "PRJ-1998-0042";

  private final OutboxInMemory outbox = new OutboxInMemory();
  private final LifecycleMails mails = new LifecycleMails(outbox.notifications(), Clock.system(ZoneId.of("Pacific/Noumea")));

  @Test
  void approvalTellsTheRequesterTheTrackBudgetAndPriority() {
    mails.on(new ProjectApproved(KEY, "Portail des aides", REQUESTER, "Majeur", 60_000_000L, "Haute"));

    assertThat(mail("demandeur@demo.province-nord.nc"))
        .contains("[Pilotage] Projet " + KEY + " « Portail des aides » : approuvé")
        .contains("parcours Majeur").contains("Budget alloué : 60 000 000 XPF").contains("Priorité : Haute");
  }

  @Test
  void postponementGivesTheDateOfTheNextArbitration() {
    mails.on(new ProjectPostponed(KEY, "Fibre à Poum", REQUESTER, LocalDate.of(2027, 3, 15), "Budget 2027"));

    assertThat(mail("demandeur@demo.province-nord.nc")).contains("jusqu'au 15/03/2027").contains("Commentaire : Budget 2027");
  }

  @Test
  void closureGivesPlannedAgainstActualAndDaysPerStage() {
    Map<String, Long> days = new LinkedHashMap<>();
    days.put("Analyse des besoins", 4L);
    days.put("Réalisation", 61L);
    mails.on(new ProjectClosed(KEY, "Intranet", REQUESTER, 5_000_000L, 5_400_000L, LocalDate.of(2026, 10, 1),
        LocalDate.of(2026, 11, 20), days, "Impliquer les référents plus tôt."));

    assertThat(mail("demandeur@demo.province-nord.nc"))
        .contains("Budget prévu : 5 000 000 XPF").contains("Budget consommé : 5 400 000 XPF")
        .contains("Fin prévue : 01/10/2026").contains("Fin réelle : 20/11/2026")
        .contains("- Réalisation : 61 j").contains("Retour d'expérience : Impliquer les référents plus tôt.");
  }

  @Test
  void aRedProjectAlertsEveryMemberOfTheCommitteeEvenOneWhoTurnedGroupMailsOff() {
    outbox.optOut("copil", "comite-pilotage");
    mails.on(new ProjectTurnedRed(KEY, "Sauvegarde", COMMITTEE, "ROUGE", "ORANGE", "VERT",
        List.of("Coût consommé 130 % du budget alloué")));

    assertThat(mail("copil@demo.province-nord.nc"))
        .contains("Alerte : le projet " + KEY).contains("Coût : ROUGE").contains("- Coût consommé 130 % du budget alloué");
  }

  @Test
  void remindersAndEscalationsShowTheDueDateInNoumeaTime() {
    OffsetDateTime dueUtc = OffsetDateTime.of(2026, 12, 3, 22, 0, 0, 0, ZoneOffset.UTC);
    mails.on(new ApprovalReminder(KEY, "GED", Recipients.group("moa"), "Validation", List.of("Valider le cahier des charges"), dueUtc));
    mails.on(new ApprovalEscalated(KEY, "GED", COMMITTEE, "Validation", List.of("Valider le cahier des charges"), dueUtc));

    assertThat(mail("moa@demo.province-nord.nc"))
        .contains("Rappel : validation attendue pour le projet " + KEY + " avant le 04/12/2026")
        .contains("avant le 04/12/2026 09:00 (heure de Nouméa)").contains("- Valider le cahier des charges");
    assertThat(mail("copil@demo.province-nord.nc"))
        .contains("Escalade : échéance dépassée").contains("L'échéance du 04/12/2026 09:00");
  }

  @Test
  void aRefusalGivesTheRequesterTheReasonAndATitleWithMarkupIsEscapedInTheHtmlPart() {
    String title = "<script>alert('x')</script> Covoiturage";
    mails.on(new ProjectRequestRefused(KEY, title, REQUESTER, "Analyse des besoins", "Une solution régionale existe déjà.", "cdp"));

    List<OutboxInMemory.Mail> queued = outbox.mails(KEY, "demandeur@demo.province-nord.nc");
    assertThat(queued).hasSize(1);
    OutboxInMemory.Mail mail = queued.get(0);
    assertThat(mail.subject()).isEqualTo("[Pilotage] Projet " + KEY + " « " + title + " » : demande non retenue");
    assertThat(mail.text()).contains("Bonjour Marie Poadja,").contains("Motif : Une solution régionale existe déjà.");
    assertThat(mail.html()).contains("Une solution régionale existe déjà.").doesNotContain("<script>").contains("&lt;script&gt;");
  }

  /** Subject and text of the one mail queued for that recipient about the project. */
  private String mail(String recipient) {
    List<OutboxInMemory.Mail> queued = outbox.mails(KEY, recipient);
    assertThat(queued).hasSize(1);
    return queued.get(0).subjectAndText();
  }
}
