package nc.provincenord.pilotage.communication.publication;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Publication requests in our own table, written in the engine's transaction. */
@Repository
class PublicationRepository {

  private final JdbcClient jdbc;
  private final Clock clock;

  PublicationRepository(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  void insert(String processInstanceId, PublicationRequest request, String requestedBy) {
    jdbc.sql("""
            insert into publication_request (process_instance_id, title, body, channels, audience, engages_policy, desired_date,
              media_links, requested_by, requested_at, status, revision_count)
            values (:id, :title, :body, :channels, :audience, :engagesPolicy, :desiredDate, :mediaLinks, :requestedBy, :now, :status, 0)""")
        .param("id", processInstanceId)
        .param("title", request.title())
        .param("body", request.text())
        .param("channels", request.channelCodes())
        .param("audience", request.audience())
        .param("engagesPolicy", request.engagesPolicy())
        .param("desiredDate", request.desiredDate())
        .param("mediaLinks", request.mediaLinks().isEmpty() ? null : String.join("\n", request.mediaLinks()))
        .param("requestedBy", requestedBy)
        .param("now", now())
        .param("status", PublicationStatus.REVIEW.name())
        .update();
  }

  void recordRevision(String processInstanceId, PublicationRequest request) {
    jdbc.sql("""
            update publication_request set title = :title, body = :body, channels = :channels, audience = :audience,
              engages_policy = :engagesPolicy, desired_date = :desiredDate, media_links = :mediaLinks,
              revision_count = revision_count + 1, revised_at = :now, status = :status
            where process_instance_id = :id""")
        .param("id", processInstanceId)
        .param("title", request.title())
        .param("body", request.text())
        .param("channels", request.channelCodes())
        .param("audience", request.audience())
        .param("engagesPolicy", request.engagesPolicy())
        .param("desiredDate", request.desiredDate())
        .param("mediaLinks", request.mediaLinks().isEmpty() ? null : String.join("\n", request.mediaLinks()))
        .param("now", now())
        .param("status", PublicationStatus.REVIEW.name())
        .update();
  }

  void recordReview(String processInstanceId, ReviewDecision decision, String comment, String reviewedBy) {
    PublicationStatus status = switch (decision) {
      case ACCEPT -> PublicationStatus.APPROVAL;
      case REVISE -> PublicationStatus.CHANGES_REQUESTED;
      case REFUSE -> PublicationStatus.REFUSED;
    };
    jdbc.sql("""
            update publication_request set review_decision = :decision, review_comment = :comment, reviewed_by = :by,
              reviewed_at = :now, status = :status
            where process_instance_id = :id""")
        .param("id", processInstanceId)
        .param("decision", decision.name())
        .param("comment", comment)
        .param("by", reviewedBy)
        .param("now", now())
        .param("status", status.name())
        .update();
  }

  void recordReviewEscalation(String processInstanceId) {
    jdbc.sql("update publication_request set review_escalated_at = :now where process_instance_id = :id")
        .param("id", processInstanceId)
        .param("now", now())
        .update();
  }

  void recordApprovalLevel(String processInstanceId, ApprovalLevel level) {
    jdbc.sql("update publication_request set approval_level = :level, status = :status where process_instance_id = :id")
        .param("id", processInstanceId)
        .param("level", level.name())
        .param("status", (level == ApprovalLevel.NONE ? PublicationStatus.SCHEDULED : PublicationStatus.APPROVAL).name())
        .update();
  }

  void recordApproval(String processInstanceId, ApprovalDecision decision, String comment, String approvedBy) {
    jdbc.sql("""
            update publication_request set approval_decision = :decision, approval_comment = :comment, approved_by = :by,
              approved_at = :now, status = :status
            where process_instance_id = :id""")
        .param("id", processInstanceId)
        .param("decision", decision.name())
        .param("comment", comment)
        .param("by", approvedBy)
        .param("now", now())
        .param("status", (decision == ApprovalDecision.APPROVE ? PublicationStatus.SCHEDULED : PublicationStatus.NOT_APPROVED).name())
        .update();
  }

  OffsetDateTime recordPublished(String processInstanceId, String url, String comment, String publishedBy) {
    OffsetDateTime now = now();
    jdbc.sql("""
            update publication_request set published_url = :url, publish_comment = :comment, published_by = :by,
              published_at = :now, status = :status
            where process_instance_id = :id""")
        .param("id", processInstanceId)
        .param("url", url)
        .param("comment", comment)
        .param("by", publishedBy)
        .param("now", now)
        .param("status", PublicationStatus.PUBLISHED.name())
        .update();
    return now;
  }

  void recordCheck(String processInstanceId, CheckResult result, String comment, String checkedBy) {
    jdbc.sql("""
            update publication_request set check_result = :result, check_comment = :comment, checked_by = :by, checked_at = :now,
              status = :status
            where process_instance_id = :id""")
        .param("id", processInstanceId)
        .param("result", result.name())
        .param("comment", comment)
        .param("by", checkedBy)
        .param("now", now())
        .param("status", (result == CheckResult.CONFIRMED ? PublicationStatus.CONFIRMED : PublicationStatus.PROBLEM).name())
        .update();
  }

  /** The content as last submitted or revised: what the review and the approval saw. */
  Optional<PublicationRequest> content(String processInstanceId) {
    return jdbc.sql("""
            select title, body, channels, audience, engages_policy, desired_date, media_links
            from publication_request where process_instance_id = :id""")
        .param("id", processInstanceId)
        .query((rs, row) -> new PublicationRequest(rs.getString("title"), rs.getString("body"),
            channels(rs.getString("channels")), rs.getString("audience"), rs.getBoolean("engages_policy"),
            rs.getObject("desired_date", LocalDate.class),
            rs.getString("media_links") == null ? List.of() : List.of(rs.getString("media_links").split("\n"))))
        .optional();
  }

  Optional<RecordedPublication> find(String processInstanceId) {
    return jdbc.sql("""
            select title, channels, desired_date, requested_by, requested_at, status, revision_count, review_decision,
              review_escalated_at, approval_level, approval_decision, published_url, check_result
            from publication_request where process_instance_id = :id""")
        .param("id", processInstanceId)
        .query((rs, row) -> new RecordedPublication(rs.getString("title"), rs.getString("channels"),
            rs.getObject("desired_date", LocalDate.class), rs.getString("requested_by"),
            rs.getObject("requested_at", OffsetDateTime.class), rs.getString("status"), rs.getInt("revision_count"),
            rs.getString("review_decision"), rs.getObject("review_escalated_at", OffsetDateTime.class),
            rs.getString("approval_level"), rs.getString("approval_decision"), rs.getString("published_url"),
            rs.getString("check_result")))
        .optional();
  }

  /** What the route reads: the request's own row, written by the validated steps. */
  Optional<RouteFacts> routeFacts(String processInstanceId) {
    return jdbc.sql("""
            select channels, engages_policy, review_decision, approval_level, approval_decision, check_result
            from publication_request where process_instance_id = :id""")
        .param("id", processInstanceId)
        .query((rs, row) -> new RouteFacts(channels(rs.getString("channels")), rs.getBoolean("engages_policy"),
            rs.getString("review_decision"), rs.getString("approval_level"), rs.getString("approval_decision"),
            rs.getString("check_result")))
        .optional();
  }

  private static Set<PublicationChannel> channels(String codes) {
    Set<PublicationChannel> channels = EnumSet.noneOf(PublicationChannel.class);
    for (String code : codes.split(",")) {
      if (!code.isBlank()) {
        channels.add(PublicationChannel.valueOf(code.strip()));
      }
    }
    return channels;
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }

  record RouteFacts(Set<PublicationChannel> channels, boolean engagesPolicy, String reviewDecision, String approvalLevel,
                    String approvalDecision, String checkResult) {
  }

  record RecordedPublication(String title, String channels, LocalDate desiredDate, String requestedBy, OffsetDateTime requestedAt,
                             String status, int revisionCount, String reviewDecision, OffsetDateTime reviewEscalatedAt,
                             String approvalLevel, String approvalDecision, String publishedUrl, String checkResult) {
  }
}
