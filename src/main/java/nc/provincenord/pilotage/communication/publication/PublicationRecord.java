package nc.provincenord.pilotage.communication.publication;

import nc.provincenord.pilotage.communication.publication.PublicationRepository.RouteFacts;
import nc.provincenord.pilotage.engine.ModelHelper;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * What the gateways of {@code publication-request} and the inputs of {@code publication-approval}
 * read: the request's row ({@code publication_request}, matched on the process instance), written by
 * the validated steps, e.g. {@code ${publicationRecord.approvalLevelIs(execution, 'NONE')}}. A process
 * variable changed by a caller changes neither the validation level nor the route.
 */
@ModelHelper
@Component("publicationRecord")
public class PublicationRecord {

  private final PublicationRepository repository;

  PublicationRecord(PublicationRepository repository) {
    this.repository = repository;
  }

  // ---- inputs of publication-approval (mapped in Task_DecideApprovalLevel) ----

  public boolean onWebsite(DelegateExecution execution) {
    return facts(execution).channels().contains(PublicationChannel.WEBSITE);
  }

  public boolean onIntranet(DelegateExecution execution) {
    return facts(execution).channels().contains(PublicationChannel.INTRANET);
  }

  public boolean onSocialNetworks(DelegateExecution execution) {
    return facts(execution).channels().contains(PublicationChannel.SOCIAL_NETWORKS);
  }

  public boolean engagesPolicy(DelegateExecution execution) {
    return facts(execution).engagesPolicy();
  }

  // ---- gateways ----

  public boolean reviewIs(DelegateExecution execution, String decision) {
    return is(execution, facts(execution).reviewDecision(), ReviewDecision.class, decision, "la relecture");
  }

  public boolean approvalLevelIs(DelegateExecution execution, String level) {
    return is(execution, facts(execution).approvalLevel(), ApprovalLevel.class, level, "le niveau de validation");
  }

  public boolean approvalIs(DelegateExecution execution, String decision) {
    return is(execution, facts(execution).approvalDecision(), ApprovalDecision.class, decision, "la validation");
  }

  public boolean checkIs(DelegateExecution execution, String result) {
    return is(execution, facts(execution).checkResult(), CheckResult.class, result, "la vérification");
  }

  private RouteFacts facts(DelegateExecution execution) {
    return repository.routeFacts(execution.getProcessInstanceId())
        .orElseThrow(() -> missing(execution, "la demande de publication"));
  }

  private static <E extends Enum<E>> boolean is(DelegateExecution execution, String recorded, Class<E> type, String expected,
                                                String what) {
    String wanted;
    try {
      wanted = Enum.valueOf(type, expected).name();
    } catch (IllegalArgumentException | NullPointerException unknown) {
      throw new IllegalArgumentException("Le modèle compare à « " + expected + " », qui n'est pas une valeur possible ("
          + java.util.Arrays.toString(type.getEnumConstants()) + ").");
    }
    if (recorded == null) {
      throw missing(execution, what);
    }
    return recorded.equals(wanted);
  }

  private static IllegalStateException missing(DelegateExecution execution, String what) {
    return new IllegalStateException("La demande de publication (instance " + execution.getProcessInstanceId()
        + ") n'enregistre pas " + what + " : la route ne peut pas être décidée.");
  }
}
