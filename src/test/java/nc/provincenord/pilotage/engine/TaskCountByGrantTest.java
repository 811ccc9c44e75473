package nc.provincenord.pilotage.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The text the count is rewritten into, and every text left as Camunda wrote it. That the rewritten
 * count counts what the list shows is {@link TaskCounts}'s part, on H2 and PostgreSQL.
 */
class TaskCountByGrantTest {

  private static final String GRANTS = "(SELECT A.* FROM ACT_RU_AUTHORIZATION A WHERE A.TYPE_ < 2 AND ( A.USER_ID_ in ( #{authCheck.authUserId}, '*')))";
  private static final String COUNT = "select count(distinct RES.ID_ ) from ACT_RU_TASK RES left join ACT_RE_PROCDEF D on RES.PROC_DEF_ID_ = D.ID_\n"
      + " inner join " + GRANTS + "\n AUTH ON (AUTH.RESOURCE_ID_ in ( RES.ID_ , D.KEY_ , '*' ))\n WHERE ( 1 = 1 and RES.ASSIGNEE_ = #{query.assignee} )"
      + " and ( (AUTH.RESOURCE_ID_ IS NOT NULL) )";

  private final TaskCountByGrant rewrite = new TaskCountByGrant();

  @Test
  void theCountIsTakenOverOneJoinPerMemberOfTheInWithAllOfCamundasText() {
    String rewritten = rewrite.apply(COUNT);

    assertThat(rewritten).startsWith("select count(distinct RES.ID_) from (").endsWith(") RES");
    assertThat(rewritten.split("union all", -1)).hasSize(3);
    assertThat(rewritten).contains("AUTH ON (AUTH.RESOURCE_ID_ = RES.ID_)", "AUTH ON (AUTH.RESOURCE_ID_ = D.KEY_)",
        "AUTH ON (AUTH.RESOURCE_ID_ = '*')").doesNotContain("in ( RES.ID_");
    // every placeholder three times, in order: the parse binds each copy to the same value
    assertThat(rewritten.split("#\\{authCheck.authUserId}", -1)).hasSize(4);
    assertThat(rewritten.split("#\\{query.assignee}", -1)).hasSize(4);
    assertThat(rewritten.split("\\(AUTH.RESOURCE_ID_ IS NOT NULL\\)", -1)).hasSize(4);
  }

  @Test
  void postgresqlsCountOfDistinctTasksIsRewrittenInsideItsOwnShape() {
    String postgres = "SELECT COUNT(*) FROM (SELECT DISTINCT RES.ID_ " + COUNT.substring(COUNT.indexOf("from ")) + "\n ) countDistinct";

    String rewritten = rewrite.apply(postgres);

    assertThat(rewritten).startsWith("SELECT COUNT(*) FROM (SELECT DISTINCT RES.ID_ FROM (").endsWith(") RES ) countDistinct");
    assertThat(rewritten.split("union all", -1)).hasSize(3);
    assertThat(rewritten.split("#\\{query.assignee}", -1)).hasSize(4);
    assertThat(rewritten).contains("AUTH ON (AUTH.RESOURCE_ID_ = D.KEY_)").doesNotContain("in ( RES.ID_");
  }

  @Test
  void anyOtherTextIsLeftAsItIs() {
    String unauthorized = "select count(distinct RES.ID_ ) from ACT_RU_TASK RES WHERE ( 1 = 1 and RES.ASSIGNEE_ = #{query.assignee} )";
    String list = COUNT.replace("select count(distinct RES.ID_ )", "select distinct RES.*");
    String twoJoins = COUNT + " and exists (select 1 from ACT_RU_TASK T inner join " + GRANTS
        + " AUTH ON (AUTH.RESOURCE_ID_ in (RES.ID_, D.KEY_, '*')))";
    String composite = COUNT.replace("(AUTH.RESOURCE_ID_ IS NOT NULL)", "(AUTH.RESOURCE_ID_ IS NOT NULL) AND AUTH1.RESOURCE_ID_ IS NOT NULL");
    String otherMembers = COUNT.replace("RES.ID_ , D.KEY_ , '*'", "RES.ID_ , '*'");

    for (String text : new String[] {unauthorized, list, twoJoins, composite, otherMembers}) {
      assertThat(rewrite.apply(text)).isSameAs(text);
    }
  }
}
