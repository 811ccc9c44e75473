package nc.provincenord.pilotage.engine;

import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The count of a task query (Tasklist's filters count every task they show) with the same answer and
 * a join PostgreSQL can plan (issue 15). Camunda joins each task with the user's grants by
 * {@code AUTH.RESOURCE_ID_ IN (RES.ID_, D.KEY_, '*')} and counts the distinct tasks: no hash join
 * can take that condition, so at 100 000 open tasks each visible task costs three index probes
 * (most of a filter's 300 ms). A grant matches a task through one of the three, so the distinct tasks
 * joined by the {@code IN} are the distinct tasks of three joins, one per member, put together:
 * the count is taken over their {@code UNION ALL}, each join with all of Camunda's text (criteria,
 * grants, tenants) and only its {@code ON} changed. Any other text is left as Camunda wrote it.
 */
final class TaskCountByGrant implements UnaryOperator<String> {

  static final String STATEMENT = "selectTaskCountByQueryCriteria";

  /** H2 and others: {@code select count(distinct RES.ID_) from …}. */
  private static final Pattern COUNT_DISTINCT = Pattern.compile(
      "^\\s*select\\s+count\\s*\\(\\s*distinct\\s+RES\\.ID_\\s*\\)\\s*(?=from\\b)", Pattern.CASE_INSENSITIVE);
  /** PostgreSQL: {@code SELECT COUNT(*) FROM (SELECT DISTINCT RES.ID_ from … ) countDistinct}. */
  private static final Pattern COUNT_OF_DISTINCT = Pattern.compile(
      "^\\s*select\\s+count\\s*\\(\\s*\\*\\s*\\)\\s+from\\s*\\(\\s*select\\s+distinct\\s+RES\\.ID_\\s*(?=from\\b)",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern COUNT_OF_DISTINCT_END = Pattern.compile("\\)\\s*countDistinct\\s*$", Pattern.CASE_INSENSITIVE);
  private static final Pattern GRANT_JOIN = Pattern.compile(
      "\\bAUTH\\s+ON\\s*\\(\\s*AUTH\\.RESOURCE_ID_\\s+IN\\s*\\(\\s*RES\\.ID_\\s*,\\s*D\\.KEY_\\s*,\\s*'\\*'\\s*\\)\\s*\\)",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern OTHER_GRANT_ALIAS = Pattern.compile("\\bAUTH\\d", Pattern.CASE_INSENSITIVE);

  @Override
  public String apply(String sql) {
    Matcher distinct = COUNT_DISTINCT.matcher(sql);
    if (distinct.find()) {
      String branches = byGrant(sql.substring(distinct.end()));
      return branches == null ? sql : "select count(distinct RES.ID_) from (\n" + branches + "\n) RES";
    }
    Matcher ofDistinct = COUNT_OF_DISTINCT.matcher(sql);
    Matcher end = COUNT_OF_DISTINCT_END.matcher(sql);
    if (ofDistinct.find() && end.find() && end.start() > ofDistinct.end()) {
      String branches = byGrant(sql.substring(ofDistinct.end(), end.start()));
      return branches == null ? sql
          : "SELECT COUNT(*) FROM (SELECT DISTINCT RES.ID_ FROM (\n" + branches + "\n) RES ) countDistinct";
    }
    return sql;
  }

  /** The three joins of a count's {@code from …} put together, or null where the text is not the one expected. */
  private static String byGrant(String body) {
    Matcher join = GRANT_JOIN.matcher(body);
    if (!join.find()) {
      return null;
    }
    String before = body.substring(0, join.start());
    String after = body.substring(join.end());
    if (GRANT_JOIN.matcher(after).find() || OTHER_GRANT_ALIAS.matcher(body).find()) {
      return null;
    }
    return byMember(before, "RES.ID_", after) + "\nunion all\n" + byMember(before, "D.KEY_", after) + "\nunion all\n"
        + byMember(before, "'*'", after);
  }

  private static String byMember(String before, String member, String after) {
    return "select RES.ID_ " + before + "AUTH ON (AUTH.RESOURCE_ID_ = " + member + ")" + after;
  }
}
