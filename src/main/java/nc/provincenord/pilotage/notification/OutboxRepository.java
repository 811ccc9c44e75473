package nc.provincenord.pilotage.notification;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Repository;

/**
 * The outbox table. Writes join the caller's transaction (the engine's), so a step
 * that rolls back leaves no row. Claiming is safe across nodes: on PostgreSQL the
 * candidates are locked with {@code FOR UPDATE SKIP LOCKED}; on every database each
 * claim is a conditional update that only one node can win.
 */
@Repository
class OutboxRepository {

  private static final String COLUMNS = """
      id, event_key, recipient, recipient_user_id, template, subject, text_body, html_body, model, status, attempts,
      next_attempt_at, last_error, created_at, sent_at, failed_at, attachment_name, attachment_type, attachment_content""";

  private final JdbcClient jdbc;
  private final boolean postgres;

  OutboxRepository(DataSource dataSource) {
    this.jdbc = JdbcClient.create(dataSource);
    this.postgres = isPostgres(dataSource);
  }

  private static boolean isPostgres(DataSource dataSource) {
    try {
      String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
      return product != null && product.toLowerCase(Locale.ROOT).contains("postgres");
    } catch (MetaDataAccessException unknown) {
      return false;
    }
  }

  /**
   * Writes the row unless the same event was already enqueued for the same recipient.
   * On PostgreSQL {@code ON CONFLICT DO NOTHING} never aborts the surrounding transaction;
   * elsewhere a check precedes the insert and a concurrent duplicate is absorbed
   * (a failed statement does not abort an H2 transaction).
   */
  boolean enqueue(OutboxMessage message, OffsetDateTime now) {
    String insert = """
        insert into notification_outbox (event_key, recipient, recipient_user_id, template, subject, text_body, html_body,
          model, status, attempts, next_attempt_at, created_at, attachment_name, attachment_type, attachment_content)
        values (:eventKey, :recipient, :userId, :template, :subject, :textBody, :htmlBody, :model, 'PENDING', 0, :now, :now,
          :attachmentName, :attachmentType, :attachmentContent)""";
    if (postgres) {
      return params(jdbc.sql(insert + " on conflict (event_key, recipient) do nothing"), message, now).update() == 1;
    }
    if (exists(message.eventKey(), message.recipient())) {
      return false;
    }
    try {
      return params(jdbc.sql(insert), message, now).update() == 1;
    } catch (DuplicateKeyException concurrentDuplicate) {
      return false;
    }
  }

  private static JdbcClient.StatementSpec params(JdbcClient.StatementSpec spec, OutboxMessage message, OffsetDateTime now) {
    return spec.param("eventKey", message.eventKey())
        .param("recipient", message.recipient())
        .param("userId", message.recipientUserId())
        .param("template", message.template())
        .param("subject", message.subject())
        .param("textBody", message.textBody())
        .param("htmlBody", message.htmlBody())
        .param("model", message.model())
        .param("attachmentName", message.attachment() == null ? null : message.attachment().fileName())
        .param("attachmentType", message.attachment() == null ? null : message.attachment().contentType())
        .param("attachmentContent", message.attachment() == null ? null : message.attachment().content())
        .param("now", now);
  }

  boolean exists(String eventKey, String recipient) {
    return jdbc.sql("select count(*) from notification_outbox where event_key = :eventKey and recipient = :recipient")
        .param("eventKey", eventKey).param("recipient", recipient)
        .query(Integer.class).single() > 0;
  }

  /**
   * Claims up to {@code limit} due rows for {@code node} until {@code until}. Must run in a
   * transaction: on PostgreSQL the selected rows stay locked until it commits, and rows
   * locked by another node are skipped.
   */
  List<Long> claimDue(String node, int limit, OffsetDateTime now, OffsetDateTime until) {
    List<Long> candidates = jdbc.sql("""
            select id from notification_outbox
            where status = 'PENDING' and next_attempt_at <= :now and (claimed_until is null or claimed_until < :now)
            order by next_attempt_at, id
            fetch first :limit rows only""" + (postgres ? " for update skip locked" : ""))
        .param("now", now).param("limit", limit)
        .query(Long.class).list();
    List<Long> claimed = new ArrayList<>();
    for (Long id : candidates) {
      int won = jdbc.sql("""
              update notification_outbox set claimed_by = :node, claimed_until = :until
              where id = :id and status = 'PENDING' and (claimed_until is null or claimed_until < :now)""")
          .param("node", node).param("until", until).param("id", id).param("now", now)
          .update();
      if (won == 1) {
        claimed.add(id);
      }
    }
    return claimed;
  }

  Optional<OutboxRow> find(long id) {
    return jdbc.sql("select " + COLUMNS + " from notification_outbox where id = :id").param("id", id)
        .query(OutboxRepository::row).optional();
  }

  /**
   * Only the node holding the claim records the outcome, with the text the dispatcher rendered for the
   * row if it did (null: nothing rendered), in the same update: a retry sends the same mail.
   */
  boolean markSent(long id, String node, OffsetDateTime now, MailTemplates.Rendered rendered) {
    return keeping(rendered, """
            update notification_outbox set status = 'SENT', attempts = attempts + 1, sent_at = :now, last_error = null,
              claimed_by = null, claimed_until = null""", id, node)
        .param("now", now).update() == 1;
  }

  boolean markRetry(long id, String node, OffsetDateTime nextAttemptAt, String error, MailTemplates.Rendered rendered) {
    return keeping(rendered, """
            update notification_outbox set attempts = attempts + 1, next_attempt_at = :next, last_error = :error,
              claimed_by = null, claimed_until = null""", id, node)
        .param("next", nextAttemptAt).param("error", truncate(error)).update() == 1;
  }

  private JdbcClient.StatementSpec keeping(MailTemplates.Rendered rendered, String update, long id, String node) {
    String text = rendered == null ? "" : ", subject = :subject, text_body = :textBody, html_body = :htmlBody";
    JdbcClient.StatementSpec statement = jdbc.sql(update + text + "\n where id = :id and claimed_by = :node and status = 'PENDING'")
        .param("id", id).param("node", node);
    return rendered == null ? statement
        : statement.param("subject", rendered.subject()).param("textBody", rendered.text()).param("htmlBody", rendered.html());
  }

  boolean markFailed(long id, String node, OffsetDateTime now, String error, MailTemplates.Rendered rendered) {
    return keeping(rendered, """
            update notification_outbox set status = 'FAILED', attempts = attempts + 1, failed_at = :now, last_error = :error,
              claimed_by = null, claimed_until = null""", id, node)
        .param("now", now).param("error", truncate(error)).update() == 1;
  }

  /**
   * The rows {@code node} claimed but has not sent go back to the queue at once (graceful stop),
   * except {@code sending}, a row still in the hands of the mail server: its claim runs out instead.
   */
  int releaseClaims(String node, Long sending) {
    return jdbc.sql("""
            update notification_outbox set claimed_by = null, claimed_until = null
            where claimed_by = :node and status = 'PENDING' and id <> :sending""")
        .param("node", node).param("sending", sending == null ? -1L : sending).update();
  }

  /** A failed row goes back to the queue, due now, with a fresh count of attempts. */
  boolean retry(long id, OffsetDateTime now) {
    return jdbc.sql("""
            update notification_outbox set status = 'PENDING', attempts = 0, next_attempt_at = :now, failed_at = null,
              claimed_by = null, claimed_until = null
            where id = :id and status = 'FAILED'""")
        .param("id", id).param("now", now).update() == 1;
  }

  List<OutboxRow> failed(int limit) {
    return jdbc.sql("select " + COLUMNS + " from notification_outbox where status = 'FAILED' order by failed_at desc, id desc"
            + " fetch first :limit rows only")
        .param("limit", limit).query(OutboxRepository::row).list();
  }

  int deleteSentBefore(OffsetDateTime before) {
    return jdbc.sql("delete from notification_outbox where status = 'SENT' and sent_at < :before")
        .param("before", before).update();
  }

  long count(OutboxStatus status) {
    return jdbc.sql("select count(*) from notification_outbox where status = :status").param("status", status.name())
        .query(Long.class).single();
  }

  Optional<OffsetDateTime> oldestPending() {
    return jdbc.sql("select min(created_at) from notification_outbox where status = 'PENDING'")
        .query((rs, n) -> rs.getObject(1, OffsetDateTime.class)).optional();
  }

  List<OutboxRow> byEventKeyPrefix(String prefix) {
    return jdbc.sql("select " + COLUMNS + " from notification_outbox where event_key like :prefix order by id")
        .param("prefix", prefix + "%").query(OutboxRepository::row).list();
  }

  private static String truncate(String error) {
    return error == null || error.length() <= 2000 ? error : error.substring(0, 1997) + "...";
  }

  private static OutboxRow row(ResultSet rs, int rowNum) throws SQLException {
    return new OutboxRow(rs.getLong("id"), rs.getString("event_key"), rs.getString("recipient"),
        rs.getString("recipient_user_id"), rs.getString("template"), rs.getString("subject"), rs.getString("text_body"),
        rs.getString("html_body"), OutboxStatus.valueOf(rs.getString("status")), rs.getInt("attempts"),
        rs.getObject("next_attempt_at", OffsetDateTime.class), rs.getString("last_error"),
        rs.getObject("created_at", OffsetDateTime.class), rs.getObject("sent_at", OffsetDateTime.class),
        rs.getObject("failed_at", OffsetDateTime.class),
        rs.getString("attachment_name") == null ? null : new MailAttachment(rs.getString("attachment_name"),
            rs.getString("attachment_type"), rs.getString("attachment_content")),
        rs.getString("model"));
  }
}
