package nc.provincenord.pilotage.lifecycle;

import java.util.Set;
import nc.provincenord.pilotage.process.FixedByTheProcess;
import org.springframework.stereotype.Component;

/** An installation or a site acceptance is about the commune of its rollout, never another (issue 18, item 5). */
@Component
class SiteOfTheTask extends FixedByTheProcess {

  SiteOfTheTask() {
    super(LifecycleVariables.ROLLOUT_SITE.name(), "la commune", Set.of("Task_InstallOnSite", "Task_AcceptSite"));
  }
}
