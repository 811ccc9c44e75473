package nc.provincenord.pilotage.communication;

import nc.provincenord.pilotage.engine.ModelHelper;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Who heads the communication service: the last level of every escalation and the
 * validator of intranet publications. A configuration value
 * ({@code pilotage.communication.head-user}), read in BPMN as
 * {@code ${communicationSettings.headUser}}.
 */
@ModelHelper
@Component("communicationSettings")
public class CommunicationSettings {

  private final String headUser;

  public CommunicationSettings(@Value("${pilotage.communication.head-user:comm}") String headUser) {
    this.headUser = headUser;
  }

  public String getHeadUser() {
    return headUser;
  }
}
