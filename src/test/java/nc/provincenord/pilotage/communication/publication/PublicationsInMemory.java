package nc.provincenord.pilotage.communication.publication;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.nullable;
import static org.mockito.Mockito.doAnswer;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import nc.provincenord.pilotage.communication.publication.PublicationRepository.RouteFacts;

/** For process tests: the mocked repository keeps what the steps wrote and answers the route's reads from it. */
final class PublicationsInMemory {

  private final Map<String, RouteFacts> rows = new HashMap<>();

  static PublicationsInMemory backing(PublicationRepository repository) {
    PublicationsInMemory memory = new PublicationsInMemory();
    doAnswer(call -> memory.content(call.getArgument(0), call.getArgument(1)))
        .when(repository).insert(anyString(), any(), nullable(String.class));
    doAnswer(call -> memory.content(call.getArgument(0), call.getArgument(1))).when(repository).recordRevision(anyString(), any());
    doAnswer(call -> memory.update(call.getArgument(0), f -> new RouteFacts(f.channels(), f.engagesPolicy(),
        ((ReviewDecision) call.getArgument(1)).name(), f.approvalLevel(), f.approvalDecision(), f.checkResult())))
        .when(repository).recordReview(anyString(), any(), nullable(String.class), nullable(String.class));
    doAnswer(call -> memory.update(call.getArgument(0), f -> new RouteFacts(f.channels(), f.engagesPolicy(), f.reviewDecision(),
        ((ApprovalLevel) call.getArgument(1)).name(), f.approvalDecision(), f.checkResult())))
        .when(repository).recordApprovalLevel(anyString(), any());
    doAnswer(call -> memory.update(call.getArgument(0), f -> new RouteFacts(f.channels(), f.engagesPolicy(), f.reviewDecision(),
        f.approvalLevel(), ((ApprovalDecision) call.getArgument(1)).name(), f.checkResult())))
        .when(repository).recordApproval(anyString(), any(), nullable(String.class), nullable(String.class));
    doAnswer(call -> memory.update(call.getArgument(0), f -> new RouteFacts(f.channels(), f.engagesPolicy(), f.reviewDecision(),
        f.approvalLevel(), f.approvalDecision(), ((CheckResult) call.getArgument(1)).name())))
        .when(repository).recordCheck(anyString(), any(), nullable(String.class), nullable(String.class));
    doAnswer(call -> Optional.ofNullable(memory.rows.get(call.<String>getArgument(0)))).when(repository).routeFacts(anyString());
    return memory;
  }

  /** The recorded approval level, for assertions. */
  String approvalLevel(String processInstanceId) {
    return rows.get(processInstanceId).approvalLevel();
  }

  private Object content(String id, PublicationRequest request) {
    RouteFacts before = rows.get(id);
    rows.put(id, new RouteFacts(request.channels(), request.engagesPolicy(), before == null ? null : before.reviewDecision(),
        null, null, null));
    return null;
  }

  private Object update(String id, java.util.function.UnaryOperator<RouteFacts> change) {
    rows.put(id, change.apply(rows.get(id)));
    return null;
  }
}
