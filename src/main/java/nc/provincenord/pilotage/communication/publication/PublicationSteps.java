package nc.provincenord.pilotage.communication.publication;

import java.time.OffsetDateTime;
import java.util.Optional;
import nc.provincenord.pilotage.communication.events.PublicationChangesRequested;
import nc.provincenord.pilotage.communication.events.PublicationProblemReported;
import nc.provincenord.pilotage.communication.events.PublicationPublished;
import nc.provincenord.pilotage.communication.events.PublicationRefused;
import nc.provincenord.pilotage.notification.Recipients;
import nc.provincenord.pilotage.security.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * The recorded steps of a publication request after its submission: the editorial review, the
 * approval, the publication and the requester's check. Each records what its form gave and tells whom
 * the decision concerns: the requester of a request for changes, a refusal (at review or approval) or
 * a publication; the communication service of a problem found at the check. Each returns the content
 * as recorded, which the process shows again whatever the step's form sent, and the events carry its
 * title.
 */
@Service
class PublicationSteps {

  private final PublicationRepository repository;
  private final ApplicationEventPublisher events;

  PublicationSteps(PublicationRepository repository, ApplicationEventPublisher events) {
    this.repository = repository;
    this.events = events;
  }

  /** Who acts on which request: its instance, its title and requester as the process holds them, and the current user. */
  record Step(String processInstanceId, String title, String requester, String by) {
  }

  Optional<PublicationRequest> review(Step step, ReviewDecision decision, String comment) {
    Optional<PublicationRequest> content = repository.content(step.processInstanceId());
    repository.recordReview(step.processInstanceId(), decision, comment, step.by());
    String title = title(step, content);
    switch (decision) {
      case REVISE -> events.publishEvent(new PublicationChangesRequested(step.processInstanceId(), title, comment, step.by(),
          requester(step)));
      case REFUSE -> events.publishEvent(new PublicationRefused(step.processInstanceId(), title, PublicationRefused.STAGE_REVIEW,
          comment, step.by(), requester(step)));
      case ACCEPT -> { }
    }
    return content;
  }

  Optional<PublicationRequest> approve(Step step, ApprovalDecision decision, String comment) {
    Optional<PublicationRequest> content = repository.content(step.processInstanceId());
    repository.recordApproval(step.processInstanceId(), decision, comment, step.by());
    if (decision == ApprovalDecision.REJECT) {
      events.publishEvent(new PublicationRefused(step.processInstanceId(), title(step, content), PublicationRefused.STAGE_APPROVAL,
          comment, step.by(), requester(step)));
    }
    return content;
  }

  /** The requester is asked to check the published address. */
  Optional<PublicationRequest> publish(Step step, String url, String comment) {
    Optional<PublicationRequest> content = repository.content(step.processInstanceId());
    OffsetDateTime at = repository.recordPublished(step.processInstanceId(), url, comment, step.by());
    events.publishEvent(new PublicationPublished(step.processInstanceId(), title(step, content), url, step.by(), at,
        requester(step)));
    return content;
  }

  Optional<PublicationRequest> check(Step step, CheckResult result, String comment, String publishedUrl) {
    Optional<PublicationRequest> content = repository.content(step.processInstanceId());
    repository.recordCheck(step.processInstanceId(), result, comment, step.by());
    if (result == CheckResult.PROBLEM) {
      events.publishEvent(new PublicationProblemReported(step.processInstanceId(), title(step, content), publishedUrl, comment,
          step.by(), Recipients.group(Role.COMMUNICATION.groupId())));
    }
    return content;
  }

  private static String title(Step step, Optional<PublicationRequest> content) {
    return content.map(PublicationRequest::title).orElse(step.title());
  }

  private static Recipients requester(Step step) {
    return Recipients.users(step.requester());
  }
}
