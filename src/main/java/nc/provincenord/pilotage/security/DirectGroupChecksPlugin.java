package nc.provincenord.pilotage.security;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.stereotype.Component;

/**
 * Authorization checks name the caller's groups directly. Camunda first narrows them to the groups
 * that hold at least one authorization, and learns those by reading {@code distinct GROUP_ID_} over
 * the whole authorization table, in every command that checks anything: with a permission per open
 * task, that scan grows with the task count (11 ms at 41 000 authorizations, about 35 ms at 135 000,
 * several times per Tasklist page). A group without authorizations matches no row of the check
 * anyway, so leaving it in changes no decision, grants included and revokes included.
 */
@Component
class DirectGroupChecksPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<SessionFactory> factories = configuration.getCustomSessionFactories() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomSessionFactories());
    factories.add(new DirectGroupAuthorizationManagerFactory());
    configuration.setCustomSessionFactories(factories);
  }

  /** Registered under Camunda's own session type, so every command gets this manager. */
  static final class DirectGroupAuthorizationManagerFactory implements SessionFactory {

    @Override
    public Class<?> getSessionType() {
      return AuthorizationManager.class;
    }

    @Override
    public Session openSession() {
      return new DirectGroupAuthorizationManager();
    }
  }

  static final class DirectGroupAuthorizationManager extends AuthorizationManager {

    @Override
    public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
      if (authenticatedGroupIds == null || authenticatedGroupIds.isEmpty()) {
        return EMPTY_LIST;
      }
      return new ArrayList<>(new LinkedHashSet<>(authenticatedGroupIds));
    }
  }
}
