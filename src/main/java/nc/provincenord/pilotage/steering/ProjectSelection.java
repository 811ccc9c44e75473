package nc.provincenord.pilotage.steering;

import java.util.Map;

/**
 * The projects a cross-project steering read covers, as the module that owns the projects states them
 * (the lifecycle's {@code ProjectScope} implements it: the lifecycle calls steering, so steering
 * cannot see it). Steering's tables hold only business keys; the selection turns a key column of
 * theirs into SQL on the projects' own table, so each steering read stays one statement however many
 * projects there are. Every value is bound as a parameter, never spliced into the SQL.
 */
public interface ProjectSelection {

  /** A condition true when {@code keyColumn} names a project of the selection; its parameters go to {@code params}. */
  String keyIn(String keyColumn, Map<String, Object> params);

  /** A condition true when {@code keyColumn} names an active project of the selection. */
  String activeKeyIn(String keyColumn, Map<String, Object> params);

  /** An SQL expression giving the title of the project {@code keyColumn} names. */
  String titleOf(String keyColumn);
}
