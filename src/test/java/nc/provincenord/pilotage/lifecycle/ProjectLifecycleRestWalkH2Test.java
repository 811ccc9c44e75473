package nc.provincenord.pilotage.lifecycle;

import nc.provincenord.pilotage.PilotageIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class ProjectLifecycleRestWalkH2Test extends PilotageIntegrationTest {

  @Autowired
  JdbcClient jdbc;

  @Test
  void shouldWalkAMajorProjectFromRequestToClosureThroughTheRestApi() {
    new ProjectLifecycleRestWalk(rest(), jdbc).walkFromRequestToClosure();
  }
}
