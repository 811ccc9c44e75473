package nc.provincenord.pilotage.security;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.SaveUserCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * Accounts in the engine: new users get only what they need on their own record, and a password
 * refused by the policy is a 400 with the policy in French (Camunda's {@code SaveUserCmd} throws a
 * bare {@code ProcessEngineException("Password does not match policy")}, which the REST API answers 500).
 */
@Component
class IdentityEnginePlugin extends AbstractProcessEnginePlugin {

  static final String CAMUNDA_POLICY_MESSAGE = "Password does not match policy";

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setResourceAuthorizationProvider(new PilotageAuthorizationProvider());
    List<CommandInterceptor> interceptors = configuration.getCustomPreCommandInterceptorsTxRequired() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreCommandInterceptorsTxRequired());
    interceptors.add(new FrenchPasswordPolicy(configuration));
    configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
  }

  private static final class FrenchPasswordPolicy extends CommandInterceptor {

    private final ProcessEngineConfigurationImpl configuration;

    FrenchPasswordPolicy(ProcessEngineConfigurationImpl configuration) {
      this.configuration = configuration;
    }

    @Override
    public <T> T execute(Command<T> command) {
      try {
        return next.execute(command);
      } catch (ProcessEngineException refused) {
        if (command instanceof SaveUserCmd && CAMUNDA_POLICY_MESSAGE.equals(refused.getMessage())) {
          throw new BadUserRequestException(PasswordPolicyMessages.refused(configuration.getPasswordPolicy()), refused);
        }
        throw refused;
      }
    }
  }
}
