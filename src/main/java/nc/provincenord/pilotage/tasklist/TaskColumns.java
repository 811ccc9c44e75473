package nc.provincenord.pilotage.tasklist;

/**
 * The process variables that Tasklist filters show as columns. A process whose
 * tasks belong to a project sets them (the lifecycle does, at the request).
 */
public final class TaskColumns {

  public static final String PROJECT_CODE = "projectCode";
  public static final String PROJECT_TITLE = "projectTitle";

  private TaskColumns() {
  }
}
