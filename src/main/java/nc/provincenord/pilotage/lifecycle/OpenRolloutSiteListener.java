package nc.provincenord.pilotage.lifecycle;

import nc.provincenord.pilotage.reference.CommuneRepository;
import static nc.provincenord.pilotage.lifecycle.LifecycleVariables.INSTALLATION_NOTES;
import static nc.provincenord.pilotage.lifecycle.LifecycleVariables.ROLLOUT_COMMUNE_NAME;
import static nc.provincenord.pilotage.lifecycle.LifecycleVariables.ROLLOUT_SITE;
import static nc.provincenord.pilotage.lifecycle.LifecycleVariables.SITE_COMMENT;
import static nc.provincenord.pilotage.lifecycle.LifecycleVariables.SITE_DECISION;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start listener of each commune's rollout: the commune's name for the task names, and the
 * rollout's own form variables declared locally so that parallel communes never mix their answers.
 */
@Component
class OpenRolloutSiteListener implements ExecutionListener {

  private final CommuneRepository communes;

  OpenRolloutSiteListener(CommuneRepository communes) {
    this.communes = communes;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String insee = ROLLOUT_SITE.get(execution);
    ROLLOUT_COMMUNE_NAME.setLocal(execution, communes.namesByInseeCode().getOrDefault(insee, insee));
    INSTALLATION_NOTES.setLocal(execution, null);
    SITE_DECISION.setLocal(execution, null);
    SITE_COMMENT.setLocal(execution, null);
  }
}
