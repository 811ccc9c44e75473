package nc.provincenord.pilotage.notification;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.identity.IdentityProviderException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Users, their e-mail and their groups, from Camunda's identity service (database or LDAP).
 * Read without authorization checks: a mail to a group must reach its members whoever
 * completed the step that caused it.
 */
@Component
class Directory {

  private static final Logger LOG = LoggerFactory.getLogger(Directory.class);

  private final ObjectProvider<ProcessEngine> engine;

  Directory(ObjectProvider<ProcessEngine> engine) {
    this.engine = engine;
  }

  Optional<User> user(String userId) {
    return Optional.ofNullable(whileReachable("l'utilisateur " + userId, null, () -> privileged(() -> engine.getObject().getIdentityService().createUserQuery().userId(userId).singleResult())));
  }

  List<User> members(String groupId) {
    return whileReachable("le groupe " + groupId, List.of(), () -> privileged(() -> engine.getObject().getIdentityService().createUserQuery().memberOfGroup(groupId).orderByUserId().asc().list()));
  }

  /** The group's name as people read it ("Chefs de projet"), or its id when it has none. */
  String groupName(String groupId) {
    Group group = whileReachable("le nom du groupe " + groupId, null,
        () -> privileged(() -> engine.getObject().getIdentityService().createGroupQuery().groupId(groupId).singleResult()));
    return group == null || group.getName() == null ? groupId : group.getName();
  }

  List<Group> groups(String userId) {
    return privileged(() -> engine.getObject().getIdentityService().createGroupQuery().groupMember(userId).orderByGroupName().asc().list());
  }

  /**
   * The directory (LDAP) is down: the step that causes a mail carries on, the mail is not written,
   * and the log says for whom, for the operators to forward it by hand.
   */
  private static <T> T whileReachable(String recipients, T unreachable, java.util.function.Supplier<T> lookup) {
    try {
      return lookup.get();
    } catch (IdentityProviderException directoryDown) {
      LOG.error("Annuaire injoignable : aucun courriel écrit pour {} ({})", recipients, directoryDown.getMessage());
      return unreachable;
    }
  }

  private <T> T privileged(Callable<T> query) {
    CommandContext current = Context.getCommandContext();
    if (current != null) {
      return current.runWithoutAuthorization(query);
    }
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getObject().getProcessEngineConfiguration();
    return configuration.getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(query));
  }
}
