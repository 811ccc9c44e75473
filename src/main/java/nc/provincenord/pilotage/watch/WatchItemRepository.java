package nc.provincenord.pilotage.watch;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Watch items in our own table, written in the engine's transaction. */
@Repository
class WatchItemRepository {

  private final JdbcClient jdbc;
  private final Clock clock;

  WatchItemRepository(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  void insert(String processInstanceId, WatchItem item, String submittedBy) {
    jdbc.sql("""
            insert into watch_item (process_instance_id, title, summary, source_url, domain, relevance, submitted_by, submitted_at)
            values (:id, :title, :summary, :sourceUrl, :domain, :relevance, :submittedBy, :submittedAt)""")
        .param("id", processInstanceId)
        .param("title", item.title())
        .param("summary", item.summary())
        .param("sourceUrl", item.sourceUrl())
        .param("domain", item.domain().name())
        .param("relevance", item.relevance())
        .param("submittedBy", submittedBy)
        .param("submittedAt", OffsetDateTime.now(clock))
        .update();
  }

  void recordDecision(String processInstanceId, WatchDecision decision, String comment, String decidedBy) {
    jdbc.sql("""
            update watch_item set decision = :decision, decision_comment = :comment, decided_by = :decidedBy, decided_at = :decidedAt
            where process_instance_id = :id""")
        .param("id", processInstanceId)
        .param("decision", decision.name())
        .param("comment", comment)
        .param("decidedBy", decidedBy)
        .param("decidedAt", OffsetDateTime.now(clock))
        .update();
  }

  Optional<RecordedWatchItem> find(String processInstanceId) {
    return jdbc.sql("""
            select title, domain, submitted_by, decision, decision_comment, decided_by
            from watch_item where process_instance_id = :id""")
        .param("id", processInstanceId)
        .query((rs, row) -> new RecordedWatchItem(rs.getString("title"), rs.getString("domain"), rs.getString("submitted_by"),
            rs.getString("decision"), rs.getString("decision_comment"), rs.getString("decided_by")))
        .optional();
  }

  record RecordedWatchItem(String title, String domain, String submittedBy, String decision, String decisionComment,
                           String decidedBy) {
  }
}
