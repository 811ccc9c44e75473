package nc.provincenord.pilotage.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import nc.provincenord.pilotage.EngineRestClient;
import nc.provincenord.pilotage.EngineRestClient.Response;
import nc.provincenord.pilotage.lifecycle.LifecycleVariables;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.mapping.SqlSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/**
 * What a user sees counted is what they see listed ({@link TaskCountByGrant} counts by another join
 * than Camunda's list): for each demo user, task queries of every kind Tasklist and the REST API send
 * (candidate groups, assignee, definition, due date, process variables, « or » queries, the shared
 * filters) are counted and listed over REST, and the two must agree, task for task in number.
 */
public final class TaskCounts {

  private static final List<String> USERS = List.of("demandeur", "cdp", "moa", "moe", "copil", "comm", "admin");
  private static final List<String> QUERIES = List.of("", "candidateGroup=moa", "candidateGroup=chefs-de-projet",
      "candidateGroup=chefs-de-projet&includeAssignedTasks=true", "assignee=cdp", "unassigned=true",
      "withCandidateGroups=true", "processDefinitionKey=" + LifecycleVariables.PROCESS_KEY,
      "candidateUser=cdp", "involvedUser=demandeur", "processVariables=" + LifecycleVariables.TITLE.name() + "_neq_aucun");
  private static final List<Map<String, Object>> OR_QUERIES = List.of(
      Map.of("dueBefore", "2100-01-01T00:00:00.000+1100"),
      Map.of("processVariables", List.of(Map.of("name", LifecycleVariables.TITLE.name(), "operator", "like", "value", "%")),
          "candidateGroups", List.of("moa", "chefs-de-projet")),
      Map.of("orQueries", List.of(Map.of("assignee", "cdp", "candidateGroup", "moa"))),
      Map.of("processDefinitionKey", LifecycleVariables.PROCESS_KEY, "orQueries", List.of(Map.of("candidateGroup", "moe", "unassigned", true))));

  private TaskCounts() {
  }

  /**
   * Asserts every count equals its list's length and was taken by grant (the engine's count statement
   * wrapped meanwhile to keep its texts, whatever the database writes); returns how many tasks were
   * listed in all (to show it saw some).
   */
  public static long countsMatchListsAndAreTakenByGrant(ProcessEngine engine, EngineRestClient rest) throws Exception {
    MappedStatement count = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getSqlSessionFactory().getConfiguration().getMappedStatement(TaskCountByGrant.STATEMENT);
    List<String> texts = Collections.synchronizedList(new ArrayList<>());
    SqlSource source = count.getSqlSource();
    long seen;
    try {
      DynamicSqlPlugin.replaceSource(count, parameter -> {
        BoundSql bound = source.getBoundSql(parameter);
        texts.add(bound.getSql());
        return bound;
      });
      seen = countsMatchLists(rest);
    } finally {
      DynamicSqlPlugin.replaceSource(count, source);
    }
    assertThat(texts).isNotEmpty().anyMatch(sql -> sql.contains("union all") && sql.contains("AUTH.RESOURCE_ID_ = D.KEY_"));
    return seen;
  }

  private static long countsMatchLists(EngineRestClient rest) {
    List<String> differences = new ArrayList<>();
    long seen = 0;
    for (String user : USERS) {
      for (String query : QUERIES) {
        seen += compared(user + " " + query, rest.get(user, "/engine-rest/task/count?" + query),
            rest.get(user, "/engine-rest/task?" + query), differences);
      }
      for (Map<String, Object> body : OR_QUERIES) {
        seen += compared(user + " " + body, rest.post(user, "/engine-rest/task/count", body),
            rest.post(user, "/engine-rest/task", body), differences);
      }
      for (JsonNode filter : rest.get(user, "/engine-rest/filter?resourceType=Task").body()) {
        String path = "/engine-rest/filter/" + filter.get("id").asText();
        seen += compared(user + " filtre " + filter.get("name").asText(), rest.get(user, path + "/count"),
            rest.get(user, path + "/list"), differences);
      }
    }
    assertThat(differences).isEmpty();
    return seen;
  }

  /** How many the list holds; a difference with the count is noted. */
  private static long compared(String what, Response count, Response list, List<String> differences) {
    long counted = count(count);
    long listed = size(list);
    if (counted != listed) {
      differences.add(what + " : " + counted + " comptées, " + listed + " listées");
    }
    return listed;
  }

  private static long count(Response response) {
    assertThat(response.status()).as(response.text()).isEqualTo(200);
    return response.body().get("count").asLong();
  }

  private static long size(Response response) {
    assertThat(response.status()).as(response.text()).isEqualTo(200);
    return response.body().size();
  }
}
