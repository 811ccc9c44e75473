package nc.provincenord.pilotage.notification;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.identity.IdentityProviderException;
import org.camunda.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
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
    return Optional.ofNullable(lookup("l'utilisateur " + userId, null,
        (context, identity) -> identity.createUserQuery(context).userId(userId).singleResult()));
  }

  List<User> members(String groupId) {
    return lookup("le groupe " + groupId, List.of(),
        (context, identity) -> identity.createUserQuery(context).memberOfGroup(groupId).orderByUserId().asc().list());
  }

  /** The group's name as people read it ("Chefs de projet"), or its id when it has none. */
  String groupName(String groupId) {
    Group group = lookup("le groupe " + groupId + " (son nom)", null,
        (context, identity) -> identity.createGroupQuery(context).groupId(groupId).singleResult());
    return group == null || group.getName() == null ? groupId : group.getName();
  }

  List<Group> groups(String userId) {
    return privileged(() -> engine.getObject().getIdentityService().createGroupQuery().groupMember(userId).orderByGroupName().asc().list());
  }

  /**
   * Asks the identity provider of the current command directly: through IdentityService each query
   * would be a nested command, and a directory (LDAP) that fails inside it marks the step's
   * transaction rollback-only. Down, the step carries on, the mail is not written, and the log
   * says for whom, for the operators to forward it by hand.
   */
  private <T> T lookup(String recipients, T unreachable, BiFunction<CommandContext, ReadOnlyIdentityProvider, T> query) {
    return privileged(() -> {
      CommandContext context = Context.getCommandContext();
      try {
        return query.apply(context, context.getReadOnlyIdentityProvider());
      } catch (IdentityProviderException directoryDown) {
        LOG.error("Annuaire injoignable : aucun courriel écrit pour {} ({})", recipients, directoryDown.getMessage());
        return unreachable;
      }
    });
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
