package nc.provincenord.pilotage.steering;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/** Whether a user id is one of the directory's (the identity service's: database, LDAP or SSO accounts). */
final class DirectoryUsers {

  private DirectoryUsers() {
  }

  static boolean known(VariableScope scope, String userId) {
    CommandContext context = Context.getCommandContext();
    if (context != null) {
      // whoever plans need not be allowed to browse the directory: the check itself is Pilotage's
      return context.runWithoutAuthorization(
          () -> context.getReadOnlyIdentityProvider().createUserQuery(context).userId(userId).count() == 1);
    }
    if (scope instanceof DelegateExecution execution) {
      return execution.getProcessEngineServices().getIdentityService().createUserQuery().userId(userId).count() == 1;
    }
    throw new IllegalStateException("Annuaire injoignable hors d'une commande du moteur");
  }
}
