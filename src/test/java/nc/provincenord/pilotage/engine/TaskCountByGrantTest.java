package nc.provincenord.pilotage.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The text the count is rewritten into, and every text left as Camunda wrote it. That the rewritten
 * count counts what the list shows is {@link TaskCounts}'s part, on H2 and PostgreSQL.
 */
class TaskCountByGrantTest {

  private static final String GRANTS = "(SELECT A.* FROM ACT_RU_AUTHORIZATION A WHERE A.TYPE_ < 2 AND ( A.USER_ID_ in ( #{authCheck.authUserId}, '*')))";
  /** Camunda's count with CMMN off: grants joined {@code inner}. */
  private static final String COUNT = "select count(distinct RES.ID_ ) from ACT_RU_TASK RES left join ACT_RE_PROCDEF D on RES.PROC_DEF_ID_ = D.ID_\n"
      + " inner join " + GRANTS + "\n AUTH ON (AUTH.RESOURCE_ID_ in ( RES.ID_ , D.KEY_ , '*' ))\n WHERE ( 1 = 1 and RES.ASSIGNEE_ = #{query.assignee} )"
      + " and ( (AUTH.RESOURCE_ID_ IS NOT NULL) )";
  /** With CMMN on (Pilotage's engine): {@code left join}, and a case task needs no grant. */
  private static final String WITH_CASES = COUNT.replace(" inner join ", " left join ")
      .replace("( (AUTH.RESOURCE_ID_ IS NOT NULL) )", "( (RES.CASE_EXECUTION_ID_ IS NOT NULL)\n OR\n (AUTH.RESOURCE_ID_ IS NOT NULL) )");

  private final TaskCountByGrant rewrite = new TaskCountByGrant();

  @Test
  void theCountIsTakenOverOneBranchPerMemberOfTheInEachAskingForAGrantByThatMember() {
    String rewritten = rewrite.apply(COUNT);

    assertThat(rewritten).startsWith("select count(distinct RES.ID_) from (").endsWith(") RES");
    assertThat(rewritten.split("union all", -1)).hasSize(3);
    assertThat(rewritten).contains("EXISTS (select 1 from " + GRANTS + " AUTH where AUTH.RESOURCE_ID_ = RES.ID_)",
        "AUTH where AUTH.RESOURCE_ID_ = D.KEY_)", "AUTH where AUTH.RESOURCE_ID_ = '*')")
        .doesNotContain("in ( RES.ID_", "join (SELECT A.*", "IS NOT NULL", "CASE_EXECUTION_ID_");
    // every placeholder once per branch: the parse binds each copy to the same value
    assertThat(rewritten.split("#\\{authCheck.authUserId}", -1)).hasSize(4);
    assertThat(rewritten.split("#\\{query.assignee}", -1)).hasSize(4);
    assertThat(rewritten).contains("left join ACT_RE_PROCDEF D on RES.PROC_DEF_ID_ = D.ID_");
  }

  @Test
  void withCmmnOnCaseTasksAreTheirOwnBranchWithoutGrants() {
    String rewritten = rewrite.apply(WITH_CASES);

    String[] branches = rewritten.split("union all", -1);
    assertThat(branches).hasSize(4);
    for (int member = 0; member < 3; member++) {
      assertThat(branches[member]).contains("EXISTS (select 1 from").doesNotContain("CASE_EXECUTION_ID_", " left join (");
    }
    assertThat(branches[3]).contains("and ( (RES.CASE_EXECUTION_ID_ IS NOT NULL) )", "RES.ASSIGNEE_ = #{query.assignee}")
        .doesNotContain("AUTH", "ACT_RU_AUTHORIZATION");
  }

  @Test
  void postgresqlsCountOfDistinctTasksIsRewrittenInsideItsOwnShape() {
    String postgres = "SELECT COUNT(*) FROM (SELECT DISTINCT RES.ID_ " + WITH_CASES.substring(WITH_CASES.indexOf("from ")) + "\n ) countDistinct";

    String rewritten = rewrite.apply(postgres);

    assertThat(rewritten).startsWith("SELECT COUNT(*) FROM (SELECT DISTINCT RES.ID_ FROM (").endsWith(") RES ) countDistinct");
    assertThat(rewritten.split("union all", -1)).hasSize(4);
    assertThat(rewritten.split("#\\{query.assignee}", -1)).hasSize(5);
    assertThat(rewritten).contains("AUTH where AUTH.RESOURCE_ID_ = D.KEY_)").doesNotContain("in ( RES.ID_");
  }

  @Test
  void anyOtherTextIsLeftAsItIs() {
    String unauthorized = "select count(distinct RES.ID_ ) from ACT_RU_TASK RES WHERE ( 1 = 1 and RES.ASSIGNEE_ = #{query.assignee} )";
    String list = COUNT.replace("select count(distinct RES.ID_ )", "select distinct RES.*");
    String twoJoins = COUNT + " and exists (select 1 from ACT_RU_TASK T inner join " + GRANTS
        + " AUTH ON (AUTH.RESOURCE_ID_ in (RES.ID_, D.KEY_, '*')))";
    String composite = COUNT.replace("(AUTH.RESOURCE_ID_ IS NOT NULL)", "(AUTH.RESOURCE_ID_ IS NOT NULL) AND AUTH1.RESOURCE_ID_ IS NOT NULL");
    String otherMembers = COUNT.replace("RES.ID_ , D.KEY_ , '*'", "RES.ID_ , '*'");
    String grantReadElsewhere = COUNT.replace("RES.ASSIGNEE_ =", "AUTH.USER_ID_ =");
    String noGrantAskedFor = COUNT.replace("(AUTH.RESOURCE_ID_ IS NOT NULL)", "(1 = 1)");
    String caseTasksThroughAnInnerJoin = WITH_CASES.replace(" left join (", " inner join (");
    String unclosedGrants = COUNT.replace("'*')))", "'*'))");

    for (String text : new String[] {unauthorized, list, twoJoins, composite, otherMembers, grantReadElsewhere,
        noGrantAskedFor, caseTasksThroughAnInnerJoin, unclosedGrants}) {
      assertThat(rewrite.apply(text)).as(text).isSameAs(text);
    }
  }
}
