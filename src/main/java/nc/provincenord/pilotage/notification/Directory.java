package nc.provincenord.pilotage.notification;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import nc.provincenord.pilotage.security.DirectoryCache;
import nc.provincenord.pilotage.security.DirectoryCaches;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.identity.IdentityProviderException;
import org.camunda.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Users, their e-mail and their groups, from Camunda's identity service (database or LDAP).
 * Read without authorization checks: a mail to a group must reach its members whoever
 * completed the step that caused it. The recipients of mails (a user, a group's members and name)
 * are kept as fresh as the logins ({@link DirectoryCache}): every task of a group does not read
 * the directory again, and an account or membership written through the engine is read at once.
 */
@Component
class Directory {

  private static final Logger LOG = LoggerFactory.getLogger(Directory.class);

  private final ObjectProvider<ProcessEngine> engine;
  private final DirectoryCache<String, Optional<User>> users;
  private final DirectoryCache<String, List<User>> members;
  private final DirectoryCache<String, String> groupNames;

  Directory(ObjectProvider<ProcessEngine> engine, DirectoryCaches caches) {
    this.engine = engine;
    users = caches.newCache();
    members = caches.newCache();
    groupNames = caches.newCache();
  }

  Optional<User> user(String userId) {
    return lookup(users, userId, "l'utilisateur " + userId, Optional.empty(),
        (context, identity) -> Optional.ofNullable(identity.createUserQuery(context).userId(userId).singleResult())
            .map(Directory::contact));
  }

  List<User> members(String groupId) {
    return lookup(members, groupId, "le groupe " + groupId, List.of(),
        (context, identity) -> identity.createUserQuery(context).memberOfGroup(groupId).orderByUserId().asc().list()
            .stream().map(Directory::contact).toList());
  }

  /** The group's name as people read it ("Chefs de projet"), or its id when it has none. */
  String groupName(String groupId) {
    return lookup(groupNames, groupId, "le groupe " + groupId + " (son nom)", groupId, (context, identity) -> {
      Group group = identity.createGroupQuery(context).groupId(groupId).singleResult();
      return group == null || group.getName() == null ? groupId : group.getName();
    });
  }

  List<Group> groups(String userId) {
    return privileged(() -> engine.getObject().getIdentityService().createGroupQuery().groupMember(userId).orderByGroupName().asc().list());
  }

  /**
   * Asks the identity provider of the current command directly: through IdentityService each query
   * would be a nested command, and a directory (LDAP) that fails inside it marks the step's
   * transaction rollback-only. Down, the step carries on, the mail is not written, and the log
   * says for whom, for the operators to forward it by hand; nothing is kept, the next mail asks again.
   */
  private <T> T lookup(DirectoryCache<String, T> cache, String key, String recipients, T unreachable,
                       BiFunction<CommandContext, ReadOnlyIdentityProvider, T> query) {
    T read = cache.get(key, unused -> privileged(() -> {
      CommandContext context = Context.getCommandContext();
      try {
        return query.apply(context, context.getReadOnlyIdentityProvider());
      } catch (IdentityProviderException directoryDown) {
        LOG.error("Annuaire injoignable : aucun courriel écrit pour {} ({})", recipients, directoryDown.getMessage());
        return null;
      }
    }));
    return read == null ? unreachable : read;
  }

  /** What a mail needs of a user, detached from the command that read it (no password hash kept). */
  private static User contact(User read) {
    UserEntity user = new UserEntity(read.getId());
    user.setFirstName(read.getFirstName());
    user.setLastName(read.getLastName());
    user.setEmail(read.getEmail());
    return user;
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
