package nc.provincenord.pilotage.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nc.provincenord.pilotage.PilotageIntegrationTest;
import nc.provincenord.pilotage.lifecycle.LifecycleVariables;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 15: the task mails do not read the directory for every task, yet who gets them follows the
 * directory at once — a member added or removed through the engine (Admin, the REST API, the account
 * pages all go through it), a member who turns the group's mails off.
 */
class TaskMailRecipientsTest extends PilotageIntegrationTest {

  private static final String DOMAIN = "@essai.province-nord.nc";

  @Autowired
  OutboxRepository outbox;
  @Autowired
  OptOutRepository optOuts;
  @Autowired
  JdbcClient jdbc;

  private final String suffix = UUID.randomUUID().toString().substring(0, 8);
  /** A group of the contract (models may offer tasks to no other); only this test's members are looked at. */
  private final String groupId = "concepteurs";
  private final String processKey = "essai-courriels-" + suffix;
  private final List<String> users = new ArrayList<>();
  private IdentityService identity;
  private Deployment deployment;

  @BeforeEach
  void aMemberAndAProcessOfferingTasksToTheGroup() {
    identity = processEngine.getIdentityService();
    member("anne");
    deployment = processEngine.getRepositoryService().createDeployment().name(processKey)
        .addModelInstance(processKey + ".bpmn", Bpmn.createExecutableProcess(processKey).name("Essai des courriels de tâche")
            .camundaHistoryTimeToLiveString("P1D")
            .startEvent("Event_Started").name("Demande reçue").sequenceFlowId("Flow_ToReview")
            .userTask("Task_Review").name("Examiner la demande").camundaCandidateGroups(groupId).sequenceFlowId("Flow_ToEnd")
            .endEvent("Event_Reviewed").name("Demande examinée").done())
        .deploy();
  }

  @AfterEach
  void cleanUp() {
    processEngine.getRepositoryService().deleteDeployment(deployment.getId(), true);
    users.forEach(user -> {
      optOuts.setGroupMails(user, groupId, true);
      identity.deleteUser(user);
    });
  }

  @Test
  void aMemberAddedThroughTheEngineGetsTheNextTaskMailAtOnce() {
    assertThat(recipientsOfANewTask("Premier projet")).containsExactly(address("anne"));

    member("bruno");

    assertThat(recipientsOfANewTask("Deuxième projet")).containsExactlyInAnyOrder(address("anne"), address("bruno"));
  }

  @Test
  void aMemberRemovedThroughTheEngineGetsNoMailForTheNextTask() {
    member("bruno");
    assertThat(recipientsOfANewTask("Premier projet")).containsExactlyInAnyOrder(address("anne"), address("bruno"));

    identity.deleteMembership(userId("anne"), groupId);

    assertThat(recipientsOfANewTask("Deuxième projet")).containsExactly(address("bruno"));
  }

  @Test
  void aMemberWhoTurnsTheGroupsMailsOffGetsNoMailForTheNextTask() {
    member("bruno");
    assertThat(recipientsOfANewTask("Premier projet")).containsExactlyInAnyOrder(address("anne"), address("bruno"));

    optOuts.setGroupMails(userId("anne"), groupId, false);
    assertThat(recipientsOfANewTask("Deuxième projet")).containsExactly(address("bruno"));

    optOuts.setGroupMails(userId("anne"), groupId, true);
    assertThat(recipientsOfANewTask("Troisième projet")).containsExactlyInAnyOrder(address("anne"), address("bruno"));
  }

  @Test
  void aSecondTaskForTheSameGroupDoesNotReadTheDirectoryAgain() {
    recipientsOfANewTask("Premier projet");
    jdbc.sql("set query_statistics_max_entries 10000").update();
    jdbc.sql("set query_statistics true").update();
    try {
      List<String> recipients = recipientsOfANewTask("Deuxième projet");

      assertThat(recipients).containsExactly(address("anne"));
      assertThat(statementsReading("ACT_ID_")).as("users, groups and memberships").isZero();
      assertThat(statementsReading("NOTIFICATION_OPT_OUT")).as("opt-outs").isZero();
      assertThat(statementsReading("ACT_RU_VARIABLE")).as("variables (the title is in the process's, already read)")
          .isZero();
    } finally {
      jdbc.sql("set query_statistics false").update();
    }
  }

  @Test
  void theMailShowsTheTitleOfTheProject() {
    String taskId = newTask("Projet au titre visible");

    assertThat(outbox.byEventKeyPrefix("task-created:" + taskId)).filteredOn(row -> row.recipient().equals(address("anne")))
        .singleElement().satisfies(row -> assertThat(row.model()).contains("Projet au titre visible"));
  }

  private List<String> recipientsOfANewTask(String projectTitle) {
    String taskId = newTask(projectTitle);
    return outbox.byEventKeyPrefix("task-created:" + taskId).stream().map(OutboxRow::recipient)
        .filter(recipient -> recipient.endsWith(DOMAIN)).toList();
  }

  private String newTask(String projectTitle) {
    String instance = processEngine.getRuntimeService()
        .startProcessInstanceByKey(processKey, Map.of(LifecycleVariables.TITLE.name(), projectTitle)).getId();
    return processEngine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult().getId();
  }

  private void member(String name) {
    User user = identity.newUser(userId(name));
    user.setFirstName(name);
    user.setLastName("Essai");
    user.setEmail(userId(name) + DOMAIN);
    identity.saveUser(user);
    users.add(user.getId());
    identity.createMembership(user.getId(), groupId);
  }

  private String userId(String name) {
    return name + "-" + suffix;
  }

  private String address(String name) {
    return userId(name) + DOMAIN;
  }

  /** Queries run since statistics were switched on that read {@code table}. */
  private long statementsReading(String table) {
    return jdbc.sql("select coalesce(sum(execution_count), 0) from information_schema.query_statistics "
            + "where upper(trim(sql_statement)) like 'SELECT%' and upper(sql_statement) like :table "
            + "and upper(sql_statement) not like '%QUERY_STATISTICS%'")
        .param("table", "%" + table + "%").query(Long.class).single();
  }
}
