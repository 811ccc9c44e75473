package nc.provincenord.pilotage.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nc.provincenord.pilotage.PilotageIntegrationTest;
import nc.provincenord.pilotage.lifecycle.events.ApprovalEscalated;
import nc.provincenord.pilotage.lifecycle.events.ApprovalReminder;
import nc.provincenord.pilotage.lifecycle.events.LifecycleNotification;
import nc.provincenord.pilotage.lifecycle.events.ProjectApproved;
import nc.provincenord.pilotage.lifecycle.events.ProjectClosed;
import nc.provincenord.pilotage.lifecycle.events.ProjectPostponed;
import nc.provincenord.pilotage.lifecycle.events.ProjectTurnedRed;
import nc.provincenord.pilotage.notification.Recipients;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every lifecycle event becomes the French mail its readers expect, queued in the outbox
 * in the publishing transaction (amounts in XPF, dates and times of Nouméa).
 */
class LifecycleMailsTest extends PilotageIntegrationTest {

  private static final Recipients REQUESTER = Recipients.users("demandeur");
  private static final Recipients COMMITTEE = Recipients.group("comite-pilotage");

  @Autowired
  ApplicationEventPublisher events;
  @Autowired
  TransactionTemplate transaction;
  @Autowired
  JdbcClient jdbc;

  @Test
  void approvalTellsTheRequesterTheTrackBudgetAndPriority() {
    String key = uniqueKey();
    publish(new ProjectApproved(key, "Portail des aides", REQUESTER, "Majeur", 60_000_000L, "Haute"));

    assertThat(mail(key, "demandeur@demo.province-nord.nc"))
        .contains("[Pilotage] Projet " + key + " « Portail des aides » : approuvé")
        .contains("parcours Majeur").contains("Budget alloué : 60 000 000 XPF").contains("Priorité : Haute");
  }

  @Test
  void postponementGivesTheDateOfTheNextArbitration() {
    String key = uniqueKey();
    publish(new ProjectPostponed(key, "Fibre à Poum", REQUESTER, LocalDate.of(2027, 3, 15), "Budget 2027"));

    assertThat(mail(key, "demandeur@demo.province-nord.nc")).contains("jusqu'au 15/03/2027").contains("Commentaire : Budget 2027");
  }

  @Test
  void closureGivesPlannedAgainstActualAndDaysPerStage() {
    // A real project row, so the mail's figures come from the portfolio.
    String key = rest().submitStartForm("demandeur", LifecycleVariables.PROCESS_KEY, Map.of(
        LifecycleVariables.TITLE.name(), "Intranet", LifecycleVariables.OBJECTIVE.name(), "Refondre l'intranet.", LifecycleVariables.DIRECTION.name(), "DSI",
        LifecycleVariables.TYPE.name(), "COMMUNICATION", LifecycleVariables.ESTIMATED_BUDGET.name(), 5_000_000, LifecycleVariables.COMMUNES.name(), List.of()))
        .body().get("businessKey").asText();
    Map<String, Long> days = new LinkedHashMap<>();
    days.put("Analyse des besoins", 4L);
    days.put("Réalisation", 61L);
    publish(new ProjectClosed(key, "Intranet", REQUESTER, 5_000_000L, 5_400_000L, LocalDate.of(2026, 10, 1),
        LocalDate.of(2026, 11, 20), days, "Impliquer les référents plus tôt."));

    assertThat(mail(key, "demandeur@demo.province-nord.nc"))
        .contains("Budget prévu : 5 000 000 XPF").contains("Budget consommé : 5 400 000 XPF")
        .contains("Fin prévue : 01/10/2026").contains("Fin réelle : 20/11/2026")
        .contains("- Réalisation : 61 j").contains("Retour d'expérience : Impliquer les référents plus tôt.");
  }

  @Test
  void aRedProjectAlertsEveryMemberOfTheCommittee() {
    String key = uniqueKey();
    publish(new ProjectTurnedRed(key, "Sauvegarde", COMMITTEE, "ROUGE", "ORANGE", "VERT",
        List.of("Coût consommé 130 % du budget alloué")));

    assertThat(mail(key, "copil@demo.province-nord.nc"))
        .contains("Alerte : le projet " + key).contains("Coût : ROUGE").contains("- Coût consommé 130 % du budget alloué");
  }

  @Test
  void remindersAndEscalationsShowTheDueDateInNoumeaTime() {
    String key = uniqueKey();
    OffsetDateTime dueUtc = OffsetDateTime.of(2026, 12, 3, 22, 0, 0, 0, ZoneOffset.UTC);
    publish(new ApprovalReminder(key, "GED", Recipients.group("moa"), "Validation", List.of("Valider le cahier des charges"), dueUtc));
    publish(new ApprovalEscalated(key, "GED", COMMITTEE, "Validation", List.of("Valider le cahier des charges"), dueUtc));

    assertThat(mail(key, "moa@demo.province-nord.nc"))
        .contains("Rappel : validation attendue pour le projet " + key + " avant le 04/12/2026")
        .contains("avant le 04/12/2026 09:00 (heure de Nouméa)").contains("- Valider le cahier des charges");
    assertThat(mail(key, "copil@demo.province-nord.nc"))
        .contains("Escalade : échéance dépassée").contains("L'échéance du 04/12/2026 09:00");
  }

  private void publish(LifecycleNotification event) {
    transaction.executeWithoutResult(status -> events.publishEvent(event));
  }

  /** Subject and text of the one mail queued for that recipient about that project. */
  private String mail(String businessKey, String recipient) {
    List<String> mails = jdbc.sql("select subject, text_body from notification_outbox where recipient = :recipient and event_key like :key")
        .param("recipient", recipient).param("key", "%" + businessKey + "%")
        .query((rs, row) -> rs.getString("subject") + "\n" + rs.getString("text_body")).list();
    assertThat(mails).hasSize(1);
    return mails.get(0);
  }

  private static String uniqueKey() {
    return "PRJ-1998-" + UUID.randomUUID().toString().substring(0, 4);
  }
}
