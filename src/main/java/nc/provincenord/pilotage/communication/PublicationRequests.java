package nc.provincenord.pilotage.communication;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The read API of publication requests for other modules: who asked for what, where it stands, in French. */
@Repository
public class PublicationRequests {

  private static final Map<String, String> STATUS = Map.ofEntries(
      Map.entry("REVIEW", "Relecture par le service communication"), Map.entry("CHANGES_REQUESTED", "Modifications demandées"),
      Map.entry("REFUSED", "Refusée à la relecture"), Map.entry("APPROVAL", "Validation en cours"),
      Map.entry("NOT_APPROVED", "Non validée"), Map.entry("SCHEDULED", "Publication programmée"),
      Map.entry("PUBLISHED", "Publiée, à vérifier"), Map.entry("PROBLEM", "Problème signalé, à republier"),
      Map.entry("CONFIRMED", "Publiée et vérifiée"));
  private static final Map<String, String> DECISIONS = Map.of("ACCEPT", "Acceptée", "REVISE", "À reprendre",
      "REFUSE", "Refusée", "APPROVE", "Validée", "REJECT", "Non validée", "CONFIRMED", "Conforme", "PROBLEM", "Problème signalé");

  private final JdbcClient jdbc;

  PublicationRequests(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A step decided on a request: « Relecture », « Validation » or « Vérification », and its French outcome. */
  public record Decision(String step, String outcome, String comment, String decidedBy, OffsetDateTime decidedAt) {
  }

  /** {@code lastDecision}: the latest of the review, the approval and the check; null before the review. */
  public record RequestedPublication(String processInstanceId, String title, String statusLabel, OffsetDateTime requestedAt,
                                     Decision lastDecision) {
  }

  /** The newest {@code limit} requests {@code userId} made, newest first, in one query. */
  public List<RequestedPublication> requestedBy(String userId, int limit) {
    return jdbc.sql("""
            select process_instance_id, title, status, requested_at,
                   review_decision, review_comment, reviewed_by, reviewed_at,
                   approval_decision, approval_comment, approved_by, approved_at,
                   check_result, check_comment, checked_by, checked_at
            from publication_request where requested_by = :me order by requested_at desc limit :limit""")
        .param("me", userId).param("limit", limit)
        .query((rs, n) -> new RequestedPublication(rs.getString("process_instance_id"), rs.getString("title"),
            STATUS.getOrDefault(rs.getString("status"), rs.getString("status")), rs.getObject("requested_at", OffsetDateTime.class),
            Stream.of(
                decision("Relecture", rs.getString("review_decision"), rs.getString("review_comment"),
                    rs.getString("reviewed_by"), rs.getObject("reviewed_at", OffsetDateTime.class)),
                decision("Validation", rs.getString("approval_decision"), rs.getString("approval_comment"),
                    rs.getString("approved_by"), rs.getObject("approved_at", OffsetDateTime.class)),
                decision("Vérification", rs.getString("check_result"), rs.getString("check_comment"),
                    rs.getString("checked_by"), rs.getObject("checked_at", OffsetDateTime.class)))
                .filter(Objects::nonNull).max(Comparator.comparing(Decision::decidedAt)).orElse(null)))
        .list();
  }

  private static Decision decision(String step, String outcome, String comment, String by, OffsetDateTime at) {
    return outcome == null || at == null ? null : new Decision(step, DECISIONS.getOrDefault(outcome, outcome), comment, by, at);
  }
}
