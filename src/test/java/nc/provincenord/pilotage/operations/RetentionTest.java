package nc.provincenord.pilotage.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import nc.provincenord.pilotage.PilotageIntegrationTest;
import nc.provincenord.pilotage.portfolio.ReportRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The nightly retention with the shipped settings (sent mails 90 days, weekly reports 730 days):
 * only what is old enough, of the right status or kind, is deleted; a second run (another node) deletes nothing more.
 */
class RetentionTest extends PilotageIntegrationTest {

  private static final String PREFIX = "retention-test:";
  private static final String TITLE_PREFIX = "Test de rétention ";

  @Autowired
  private Retention retention;
  @Autowired
  private JdbcClient jdbc;
  @Autowired
  private ReportRepository reports;

  private final OffsetDateTime now = OffsetDateTime.now(ZoneId.of("Pacific/Noumea"));

  @AfterEach
  void cleanUp() {
    jdbc.sql("delete from notification_outbox where event_key like :prefix").param("prefix", PREFIX + "%").update();
    jdbc.sql("delete from portfolio_report where title like :prefix").param("prefix", TITLE_PREFIX + "%").update();
  }

  @Test
  void removesSentMailsAndWeeklyReportsPastTheirRetentionAndNothingElse() {
    mail("sent-100-days-ago", "SENT", now.minusDays(100));
    mail("sent-80-days-ago", "SENT", now.minusDays(80));
    mail("failed-200-days-ago", "FAILED", now.minusDays(200));
    mail("pending-200-days-ago", "PENDING", now.minusDays(200));
    report(ReportRepository.WEEKLY, "hebdomadaire de 800 jours", now.minusDays(800));
    report(ReportRepository.WEEKLY, "hebdomadaire de 700 jours", now.minusDays(700));
    report(ReportRepository.CLOSING, "bilan de 800 jours", now.minusDays(800));

    Retention.Removed removed = retention.apply();

    assertThat(removed.sentMails()).isGreaterThanOrEqualTo(1);
    assertThat(removed.weeklyReports()).isGreaterThanOrEqualTo(1);
    assertThat(mails()).containsExactlyInAnyOrder(PREFIX + "sent-80-days-ago", PREFIX + "failed-200-days-ago",
        PREFIX + "pending-200-days-ago");
    assertThat(reportTitles()).containsExactlyInAnyOrder(TITLE_PREFIX + "hebdomadaire de 700 jours",
        TITLE_PREFIX + "bilan de 800 jours");

    Retention.Removed again = retention.apply();
    assertThat(again.sentMails()).isZero();
    assertThat(again.weeklyReports()).isZero();
    assertThat(mails()).hasSize(3);
    assertThat(reportTitles()).hasSize(2);
  }

  private void mail(String key, String status, OffsetDateTime at) {
    jdbc.sql("""
            insert into notification_outbox (event_key, recipient, template, subject, text_body, html_body, status, attempts,
              next_attempt_at, created_at, sent_at, failed_at)
            values (:key, 'agent@demo.province-nord.nc', 'message', 'Objet', 'Texte', '<p>Texte</p>', :status, 1, :at, :at,
              :sent, :failed)""")
        .param("key", PREFIX + key).param("status", status).param("at", at)
        .param("sent", "SENT".equals(status) ? at : null).param("failed", "FAILED".equals(status) ? at : null)
        .update();
  }

  private void report(String kind, String title, OffsetDateTime at) {
    reports.store(kind, ReportRepository.CLOSING.equals(kind) ? "PRJ-1990-0001" : null, TITLE_PREFIX + title, at, "{}",
        "<p>rapport</p>", "a;b", new byte[] {1, 2, 3});
  }

  private List<String> mails() {
    return jdbc.sql("select event_key from notification_outbox where event_key like :prefix").param("prefix", PREFIX + "%")
        .query(String.class).list();
  }

  private List<String> reportTitles() {
    return jdbc.sql("select title from portfolio_report where title like :prefix").param("prefix", TITLE_PREFIX + "%")
        .query(String.class).list();
  }
}
