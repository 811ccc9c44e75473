package nc.provincenord.pilotage.communication.urgent;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Urgent messages and every timestamp of their handling, for the after-action review. */
@Repository
class UrgentMessageRepository {

  private final JdbcClient jdbc;
  private final Clock clock;

  UrgentMessageRepository(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  OffsetDateTime insert(String processInstanceId, UrgentMessage message, String startedBy) {
    OffsetDateTime now = now();
    jdbc.sql("""
            insert into urgent_message (process_instance_id, kind, title, message, requested_channels, source, area, started_by,
              received_at, roster_gap)
            values (:id, :kind, :title, :message, :channels, :source, :area, :startedBy, :now, false)""")
        .param("id", processInstanceId)
        .param("kind", message.kind().name())
        .param("title", message.title())
        .param("message", message.message())
        .param("channels", message.channelCodes())
        .param("source", message.source())
        .param("area", message.area())
        .param("startedBy", startedBy)
        .param("now", now)
        .update();
    return now;
  }

  void recordAssignment(String processInstanceId, String onDuty, String backup, String head, boolean rosterGap) {
    jdbc.sql("""
            update urgent_message set on_duty_user = :onDuty, backup_user = :backup, head_user = :head, roster_gap = :gap,
              assigned_at = :now
            where process_instance_id = :id""")
        .param("id", processInstanceId)
        .param("onDuty", onDuty)
        .param("backup", backup)
        .param("head", head)
        .param("gap", rosterGap)
        .param("now", now())
        .update();
  }

  void recordEscalation(String processInstanceId, String level) {
    String column = UrgentLevels.BACKUP.equals(level) ? "escalated_to_backup_at" : "escalated_to_head_at";
    jdbc.sql("update urgent_message set " + column + " = :now where process_instance_id = :id")
        .param("id", processInstanceId)
        .param("now", now())
        .update();
  }

  void recordTaken(String processInstanceId, String takenBy, String level) {
    jdbc.sql("update urgent_message set taken_by = :by, taken_at = :now, taken_level = :level where process_instance_id = :id")
        .param("id", processInstanceId)
        .param("by", takenBy)
        .param("level", level)
        .param("now", now())
        .update();
  }

  OffsetDateTime recordClosed(String processInstanceId, UrgentForm.Publication publication, String closedBy) {
    OffsetDateTime now = now();
    jdbc.sql("""
            update urgent_message set published_channels = :channels, published_summary = :summary, published_links = :links,
              published_at = :publishedAt, closing_note = :note, closed_by = :by, closed_at = :now
            where process_instance_id = :id""")
        .param("id", processInstanceId)
        .param("channels", UrgentForm.codes(publication.channels()))
        .param("summary", publication.summary())
        .param("links", publication.links().isEmpty() ? null : String.join("\n", publication.links()))
        .param("publishedAt", publication.publishedAt())
        .param("note", publication.note())
        .param("by", closedBy)
        .param("now", now)
        .update();
    return now;
  }

  /** Who may take the message at each level, as recorded when it was assigned. */
  Optional<UrgentLevels> levels(String processInstanceId) {
    return jdbc.sql("select on_duty_user, backup_user, head_user, assigned_at from urgent_message where process_instance_id = :id")
        .param("id", processInstanceId)
        .query((rs, row) -> rs.getObject("assigned_at") == null ? null
            : new UrgentLevels(rs.getString("on_duty_user"), rs.getString("backup_user"), rs.getString("head_user")))
        .list().stream().filter(java.util.Objects::nonNull).findFirst();
  }

  /** Who took the message, as recorded. */
  Optional<String> takenBy(String processInstanceId) {
    return jdbc.sql("select taken_by from urgent_message where process_instance_id = :id")
        .param("id", processInstanceId)
        .query(String.class).list().stream().filter(java.util.Objects::nonNull).findFirst();
  }

  Optional<Timeline> timeline(String processInstanceId) {
    return jdbc.sql("""
            select title, received_at, on_duty_user, backup_user, roster_gap, escalated_to_backup_at, escalated_to_head_at,
              taken_by, taken_at, taken_level, published_channels, published_at, closed_by, closed_at
            from urgent_message where process_instance_id = :id""")
        .param("id", processInstanceId)
        .query((rs, row) -> new Timeline(rs.getString("title"), rs.getObject("received_at", OffsetDateTime.class),
            rs.getString("on_duty_user"), rs.getString("backup_user"), rs.getBoolean("roster_gap"),
            rs.getObject("escalated_to_backup_at", OffsetDateTime.class), rs.getObject("escalated_to_head_at", OffsetDateTime.class),
            rs.getString("taken_by"), rs.getObject("taken_at", OffsetDateTime.class), rs.getString("taken_level"),
            rs.getString("published_channels"), rs.getObject("published_at", OffsetDateTime.class), rs.getString("closed_by"),
            rs.getObject("closed_at", OffsetDateTime.class)))
        .optional();
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }

  record Timeline(String title, OffsetDateTime receivedAt, String onDutyUser, String backupUser, boolean rosterGap,
                  OffsetDateTime escalatedToBackupAt, OffsetDateTime escalatedToHeadAt, String takenBy, OffsetDateTime takenAt,
                  String takenLevel, String publishedChannels, OffsetDateTime publishedAt, String closedBy, OffsetDateTime closedAt) {

    /** Who holds the message now: the last level it was escalated to, else the agent on duty. */
    String currentLevel() {
      return escalatedToHeadAt != null ? UrgentLevels.HEAD : escalatedToBackupAt != null ? UrgentLevels.BACKUP : UrgentLevels.ON_DUTY;
    }
  }
}
