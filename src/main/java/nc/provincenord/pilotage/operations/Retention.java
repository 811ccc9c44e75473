package nc.provincenord.pilotage.operations;

import java.time.Clock;
import java.time.OffsetDateTime;
import nc.provincenord.pilotage.notification.NotificationAdministration;
import nc.provincenord.pilotage.portfolio.ReportRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The retention of Pilotage's own tables, every night ({@code pilotage.retention.cron}, Nouméa time):
 * mails sent more than {@code pilotage.retention.sent-mails} days ago, weekly reports older than
 * {@code pilotage.retention.reports} days. 0 keeps them for ever. Each is one {@code DELETE … WHERE}:
 * on two nodes the second run finds nothing left to delete. The engine's own history is removed by
 * Camunda's history cleanup (window in application.yaml).
 */
@Component
class Retention {

  private static final Logger LOG = LoggerFactory.getLogger(Retention.class);

  private final NotificationAdministration notifications;
  private final ReportRepository reports;
  private final Clock clock;
  private final int sentMailDays;
  private final int reportDays;

  Retention(NotificationAdministration notifications, ReportRepository reports, Clock clock,
            @Value("${pilotage.retention.sent-mails:90}") int sentMailDays,
            @Value("${pilotage.retention.reports:730}") int reportDays) {
    if (sentMailDays < 0 || reportDays < 0) {
      throw new IllegalStateException("pilotage.retention.sent-mails et pilotage.retention.reports : un nombre de jours "
          + "positif, ou 0 pour tout garder");
    }
    this.notifications = notifications;
    this.reports = reports;
    this.clock = clock;
    this.sentMailDays = sentMailDays;
    this.reportDays = reportDays;
  }

  record Removed(int sentMails, int weeklyReports) {
  }

  @Scheduled(cron = "${pilotage.retention.cron:0 30 3 * * *}", zone = "${pilotage.time-zone:Pacific/Noumea}")
  void nightly() {
    try {
      apply();
    } catch (RuntimeException unexpected) {
      LOG.error("Rétention des tables de Pilotage interrompue (nouvel essai la nuit prochaine)", unexpected);
    }
  }

  Removed apply() {
    OffsetDateTime now = OffsetDateTime.now(clock);
    int mails = sentMailDays == 0 ? 0 : notifications.forgetSentBefore(now.minusDays(sentMailDays));
    int weekly = reportDays == 0 ? 0 : reports.deleteWeeklyBefore(now.minusDays(reportDays));
    LOG.info("Rétention : {} courriels envoyés depuis plus de {} jours et {} rapports hebdomadaires de plus de {} jours supprimés",
        mails, sentMailDays, weekly, reportDays);
    return new Removed(mails, weekly);
  }
}
