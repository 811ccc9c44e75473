package nc.provincenord.pilotage.watch;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The read API of watch items for other modules: who submitted what and how it was evaluated, in French. */
@Repository
public class WatchItems {

  private final JdbcClient jdbc;

  WatchItems(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** {@code decisionLabel} and the fields after it are null while the item is not evaluated. */
  public record SubmittedItem(String processInstanceId, String title, OffsetDateTime submittedAt, String decisionLabel,
                              String decisionComment, String decidedBy, OffsetDateTime decidedAt) {

    public boolean evaluated() {
      return decisionLabel != null;
    }
  }

  /** The newest {@code limit} items {@code userId} submitted, newest first, in one query. */
  public List<SubmittedItem> submittedBy(String userId, int limit) {
    return jdbc.sql("""
            select process_instance_id, title, submitted_at, decision, decision_comment, decided_by, decided_at
            from watch_item where submitted_by = :me order by submitted_at desc limit :limit""")
        .param("me", userId).param("limit", limit)
        .query((rs, n) -> new SubmittedItem(rs.getString("process_instance_id"), rs.getString("title"),
            rs.getObject("submitted_at", OffsetDateTime.class), label(rs.getString("decision")), rs.getString("decision_comment"),
            rs.getString("decided_by"), rs.getObject("decided_at", OffsetDateTime.class)))
        .list();
  }

  private static String label(String decision) {
    if (decision == null) {
      return null;
    }
    try {
      return WatchDecision.valueOf(decision).label();
    } catch (IllegalArgumentException unknown) {
      return decision;
    }
  }
}
