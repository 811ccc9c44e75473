package nc.provincenord.pilotage.engine;

import java.util.Set;
import nc.provincenord.pilotage.security.VerifiedCredentials;
import org.camunda.bpm.engine.impl.cmd.CreateMembershipCmd;
import org.camunda.bpm.engine.impl.cmd.CreateTenantGroupMembershipCmd;
import org.camunda.bpm.engine.impl.cmd.CreateTenantUserMembershipCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteGroupCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteMembershipCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteTenantCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteTenantGroupMembershipCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteTenantUserMembershipCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteUserCmd;
import org.camunda.bpm.engine.impl.cmd.SaveGroupCmd;
import org.camunda.bpm.engine.impl.cmd.SaveTenantCmd;
import org.camunda.bpm.engine.impl.cmd.SaveUserCmd;
import org.camunda.bpm.engine.impl.cmd.UnlockUserCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * A password, a user, a group, a tenant or a membership written through the engine (Admin, the REST
 * API, Pilotage's own account pages) empties {@link VerifiedCredentials} (and with its generation
 * the groups of sessions, the tenants read for the REST API and the recipients of mails, every
 * {@code security.DirectoryCache}), before and after the change,
 * so that no call is let in on what the change took away.
 */
@Component
class VerifiedCredentialsPlugin extends PreCommandInterceptorPlugin {

  private static final Set<Class<?>> ACCOUNT_CHANGES = Set.of(SaveUserCmd.class, DeleteUserCmd.class,
      UnlockUserCmd.class, SaveGroupCmd.class, DeleteGroupCmd.class, CreateMembershipCmd.class,
      DeleteMembershipCmd.class, SaveTenantCmd.class, DeleteTenantCmd.class, CreateTenantUserMembershipCmd.class,
      CreateTenantGroupMembershipCmd.class, DeleteTenantUserMembershipCmd.class, DeleteTenantGroupMembershipCmd.class);

  private final VerifiedCredentials credentials;

  VerifiedCredentialsPlugin(VerifiedCredentials credentials) {
    this.credentials = credentials;
  }

  @Override
  protected CommandInterceptor interceptor() {
    return new CommandInterceptor() {
      @Override
      public <T> T execute(Command<T> command) {
        if (ACCOUNT_CHANGES.stream().noneMatch(change -> change.isInstance(command))) {
          return next.execute(command);
        }
        credentials.forgetAll();
        try {
          return next.execute(command);
        } finally {
          credentials.forgetAll();
        }
      }
    };
  }
}
