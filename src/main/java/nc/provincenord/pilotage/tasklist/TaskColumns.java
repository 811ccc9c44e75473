package nc.provincenord.pilotage.tasklist;

import nc.provincenord.pilotage.lifecycle.LifecycleVariables;

/**
 * The process variables that Tasklist filters show as columns: the project's, named once in
 * {@link LifecycleVariables} (the lifecycle sets them at the request; a process whose tasks
 * belong to a project sets the same).
 */
public final class TaskColumns {

  public static final String PROJECT_CODE = LifecycleVariables.BUSINESS_KEY.name();
  public static final String PROJECT_TITLE = LifecycleVariables.TITLE.name();

  private TaskColumns() {
  }
}
