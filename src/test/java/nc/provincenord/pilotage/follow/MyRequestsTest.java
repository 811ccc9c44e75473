package nc.provincenord.pilotage.follow;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nc.provincenord.pilotage.EngineRestClient.Response;
import nc.provincenord.pilotage.PilotageIntegrationTest;
import nc.provincenord.pilotage.WebSession;
import nc.provincenord.pilotage.communication.publication.PublicationVariables;
import nc.provincenord.pilotage.lifecycle.LifecycleVariables;
import nc.provincenord.pilotage.lifecycle.ProjectStage;
import nc.provincenord.pilotage.watch.WatchVariables;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * « Mes demandes » and the project page for a project's own people, and the requester's
 * withdrawal before the needs analysis, as the demo users would do them over HTTP.
 */
class MyRequestsTest extends PilotageIntegrationTest {

  @Autowired
  JdbcClient jdbc;

  @Test
  void theRequesterFollowsHerProjectAndOnlyItsPeopleOpenItsPage() {
    Started project = requestProject("Guichet numérique des tribus");

    String page = card(loggedIn("demandeur").get("/mes-demandes").body(), project);
    assertThat(page).contains(project.key(), "Guichet numérique des tribus", "Analyse des besoins", "Analyser les besoins",
        "groupe Chefs de projet", "demandeur", "Retirer ma demande");
    // Someone else's requests are not there.
    assertThat(loggedIn("moe").get("/mes-demandes").body()).doesNotContain(project.key());

    HttpResponse<String> own = loggedIn("demandeur").get("/portefeuille/projets/" + project.key());
    assertThat(own.statusCode()).isEqualTo(200);
    assertThat(own.body()).contains("Guichet numérique des tribus", "Budget estimé", "Mes demandes")
        .doesNotContain("Budget alloué", "Budget consommé", "/api/projects/");
    HttpResponse<String> stranger = loggedIn("moe").get("/portefeuille/projets/" + project.key());
    assertThat(stranger.statusCode()).isEqualTo(403);
    assertThat(stranger.body()).contains("réservée au portefeuille et aux personnes du projet").doesNotContain("Guichet numérique");
    assertThat(loggedIn("copil").get("/portefeuille/projets/" + project.key()).body()).contains("Budget alloué");
    // The rest of the portfolio stays closed to her.
    assertThat(loggedIn("demandeur").get("/portefeuille").statusCode()).isEqualTo(403);
  }

  @Test
  void theMoaWhoDecidedSeesTheProjectWithTheLastDecisionAndItsComment() {
    Started project = requestProject("Téléservice des bourses");
    complete("cdp", project, "Task_AnalyseNeeds", Map.of(LifecycleVariables.ANALYSIS_DECISION.name(), "QUALIFY", LifecycleVariables.STAKEHOLDERS.name(), "DEFIJ",
        LifecycleVariables.NEEDS.name(), "Dépôt en ligne", LifecycleVariables.RISKS.name(), "Aucun", LifecycleVariables.ESTIMATED_BUDGET.name(), 3_000_000, LifecycleVariables.DURATION_MONTHS.name(), 4));
    complete("cdp", project, "Task_WriteSpecification", Map.of(LifecycleVariables.SPEC_DOCUMENT_URL.name(), "https://sharepoint.province-nord.nc/dsi/projets/bourses/cdc.docx",
        LifecycleVariables.SPEC_VERSION.name(), "1.0", LifecycleVariables.SPEC_SUMMARY.name(), "Formulaire et suivi."));
    complete("moa", project, "Task_ValidateSpecification", Map.of(LifecycleVariables.MOA_DECISION.name(), "REVISE", LifecycleVariables.MOA_COMMENT.name(), "Préciser le calendrier."));

    String page = card(loggedIn("moa").get("/mes-demandes").body(), project);
    // The MOE has not given its opinion yet: the validation goes on, and the page says who holds it.
    assertThat(page).contains(project.key(), "<dd>MOA</dd>", ProjectStage.VALIDATION.label(),
        "Validation MOA du cahier des charges : Révision demandée", "« Préciser le calendrier. »", "groupe Maîtrise d&#39;œuvre (MOE)")
        .doesNotContain("Retirer ma demande");
    assertThat(loggedIn("moa").get("/portefeuille/projets/" + project.key()).statusCode()).isEqualTo(200);
    assertThat(loggedIn("demandeur").get("/mes-demandes").body()).contains(project.key());
    processEngine.getRuntimeService().deleteProcessInstance(project.pid(), "test");
  }

  @Test
  void theRequesterWithdrawsBeforeTheAnalysisAndTheProjectManagerIsTold() {
    Started project = requestProject("Borne photo des mairies");
    String task = rest().tasks("cdp", project.pid()).get(0).get("id").asText();
    assertThat(rest().claim("cdp", task).status()).isEqualTo(204);

    WebSession requester = loggedIn("demandeur");
    HttpResponse<String> empty = withdraw(requester, project, "  ");
    assertThat(empty.statusCode()).isEqualTo(302);
    assertThat(requester.get("/mes-demandes").body()).contains("Indiquez le motif du retrait.");
    assertThat(stillWaitsForAnalysis(project)).isTrue();

    HttpResponse<String> done = withdraw(requester, project, "Le besoin est couvert par la commune.");
    assertThat(done.statusCode()).isEqualTo(302);
    String after = requester.get("/mes-demandes").body();
    assertThat(after).contains("Le projet " + project.key() + " est retiré");
    assertThat(card(after, project)).contains("retiré par le demandeur", "Demande retirée par le demandeur",
        "Le besoin est couvert par la commune.").doesNotContain("Retirer ma demande");

    assertThat(processEngine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(project.pid())
        .singleResult().getEndActivityId()).isEqualTo("Event_ProjectWithdrawn");
    assertThat(jdbc.sql("select status from project where business_key = :k").param("k", project.key()).query(String.class).single())
        .isEqualTo("WITHDRAWN");
    assertThat(jdbc.sql("select kind || ':' || decision || ':' || decision_comment || ':' || decided_by from project_decision where business_key = :k")
        .param("k", project.key()).query(String.class).list())
        .containsExactly("WITHDRAWAL:WITHDRAW:Le besoin est couvert par la commune.:demandeur");
    List<Map<String, Object>> mails = jdbc.sql("select recipient, subject, text_body from notification_outbox where event_key = :e")
        .param("e", "project-withdrawn:" + project.key()).query().listOfRows();
    assertThat(mails).extracting(row -> row.get("RECIPIENT")).containsExactly("cdp@demo.province-nord.nc");
    assertThat(String.valueOf(mails.get(0).get("TEXT_BODY"))).contains("Le besoin est couvert par la commune.", "demandeur");
  }

  @Test
  void nobodyElseWithdrawsAProjectAndNobodyWithdrawsItAfterTheAnalysis() {
    Started project = requestProject("Wifi des dispensaires");
    for (String user : List.of("moa", "cdp", "admin")) {
      HttpResponse<String> refused = withdraw(loggedIn(user), project, "Je retire ce projet.");
      assertThat(refused.statusCode()).as(user).isEqualTo(403);
      assertThat(refused.body()).contains("Seul le demandeur du projet " + project.key() + " peut le retirer.");
    }
    // Without the form's CSRF token: refused before anything is read.
    WebSession forged = loggedIn("demandeur");
    assertThat(forged.post("/mes-demandes/projets/" + project.key() + "/retrait", "motif=x").statusCode()).isEqualTo(403);
    assertThat(stillWaitsForAnalysis(project)).isTrue();
    assertThat(decisions(project)).isZero();

    complete("cdp", project, "Task_AnalyseNeeds", Map.of(LifecycleVariables.ANALYSIS_DECISION.name(), "QUALIFY", LifecycleVariables.STAKEHOLDERS.name(), "DASSPS",
        LifecycleVariables.NEEDS.name(), "Wifi", LifecycleVariables.RISKS.name(), "Aucun", LifecycleVariables.ESTIMATED_BUDGET.name(), 2_000_000, LifecycleVariables.DURATION_MONTHS.name(), 3));
    long before = decisions(project);
    WebSession requester = loggedIn("demandeur");
    assertThat(withdraw(requester, project, "Trop tard ?").statusCode()).isEqualTo(302);
    assertThat(requester.get("/mes-demandes").body()).contains("ne peut plus être retiré : l&#39;analyse des besoins est faite.");
    assertThat(decisions(project)).isEqualTo(before);
    assertThat(jdbc.sql("select status from project where business_key = :k").param("k", project.key()).query(String.class).single())
        .isEqualTo("ACTIVE");
    assertThat(jdbc.sql("select count(*) from notification_outbox where event_key = :e")
        .param("e", "project-withdrawn:" + project.key()).query(Long.class).single()).isZero();
    processEngine.getRuntimeService().deleteProcessInstance(project.pid(), "test");
  }

  @Test
  void theRequesterFollowsHerPublicationRequestAndWatchItemUpToTheirLastDecision() {
    Map<String, Object> request = new HashMap<>();
    request.put(PublicationVariables.TITLE.name(), "Marché de Noël de Poindimié");
    request.put(PublicationVariables.TEXT.name(), "Le marché de Noël se tient samedi sur le front de mer.");
    request.put(PublicationVariables.CHANNELS.name(), List.of("INTRANET"));
    request.put(PublicationVariables.AUDIENCE.name(), "Agents");
    request.put(PublicationVariables.ENGAGES_POLICY.name(), false);
    request.put(PublicationVariables.DESIRED_DATE.name(), LocalDate.now(ZoneId.of("Pacific/Noumea")).plusDays(3).toString());
    String publication = started(rest().submitStartForm("demandeur", PublicationVariables.PROCESS_KEY, request));
    Map<String, Object> item = new HashMap<>();
    item.put(WatchVariables.TITLE.name(), "Visioconférence hébergée à Nouméa");
    item.put(WatchVariables.SUMMARY.name(), "Un service de visioconférence hébergé localement.");
    item.put(WatchVariables.SOURCE_URL.name(), "https://example.nc/visio");
    item.put(WatchVariables.DOMAIN.name(), "COLLABORATION");
    item.put(WatchVariables.RELEVANCE.name(), "Moins de coupures pour les réunions avec les tribus.");
    String watch = started(rest().submitStartForm("demandeur", WatchVariables.PROCESS_KEY, item));

    String before = loggedIn("demandeur").get("/mes-demandes").body();
    assertThat(card(before, "Marché de Noël de Poindimié")).contains("Relecture par le service communication", "aucune");
    assertThat(card(before, "Visioconférence hébergée à Nouméa")).contains("En évaluation", "aucune");
    assertThat(loggedIn("moa").get("/mes-demandes").body()).doesNotContain("Marché de Noël de Poindimié", "Visioconférence hébergée");

    completeTask("comm", publication, Map.of(PublicationVariables.REVIEW_DECISION.name(), "REVISE",
        PublicationVariables.REVIEW_COMMENT.name(), "Ajouter l'horaire d'ouverture."));
    completeTask("cdp", watch, Map.of(WatchVariables.DECISION.name(), "SHARE",
        WatchVariables.DECISION_COMMENT.name(), "À présenter au réseau des référents."));

    String after = loggedIn("demandeur").get("/mes-demandes").body();
    assertThat(card(after, "Marché de Noël de Poindimié")).contains("Modifications demandées", "Relecture : À reprendre",
        "« Ajouter l&#39;horaire d&#39;ouverture. »", "(comm, ");
    assertThat(card(after, "Visioconférence hébergée à Nouméa")).contains("Évalué : Partagé avec le réseau des référents",
        "« À présenter au réseau des référents. »", "(cdp, ");
    processEngine.getRuntimeService().deleteProcessInstance(publication, "test");
  }

  private static String started(Response started) {
    assertThat(started.status()).as(started.text()).isEqualTo(200);
    return started.body().get("id").asText();
  }

  /** The card titled {@code title} on « Mes demandes ». */
  private static String card(String page, String title) {
    int start = page.indexOf("<h3>" + title.replace("'", "&#39;") + "</h3>");
    assertThat(start).as("carte « " + title + " »").isPositive();
    return page.substring(start, page.indexOf("</li>", start));
  }

  private void completeTask(String user, String pid, Map<String, ?> variables) {
    String task = rest().tasks(user, pid).get(0).get("id").asText();
    Response done = rest().completeTask(user, task, variables);
    assertThat(done.status()).as(done.text()).isEqualTo(204);
  }

  private record Started(String pid, String key) {
  }

  /** The card of one project on « Mes demandes ». */
  private static String card(String page, Started project) {
    int start = page.indexOf("id=\"projet-" + project.key() + "\"");
    assertThat(start).as("carte du projet " + project.key()).isPositive();
    return page.substring(start, page.indexOf("</li>", start));
  }

  private Started requestProject(String title) {
    Response started = rest().submitStartForm("demandeur", LifecycleVariables.PROCESS_KEY, Map.of(
        LifecycleVariables.TITLE.name(), title, LifecycleVariables.OBJECTIVE.name(), "Objectif de " + title, LifecycleVariables.DIRECTION.name(), "DASSPS", LifecycleVariables.TYPE.name(), "SI",
        LifecycleVariables.ESTIMATED_BUDGET.name(), 2_500_000, LifecycleVariables.COMMUNES.name(), List.of("98811"), LifecycleVariables.DESIRED_DATE.name(), LocalDate.now().plusMonths(8).toString()));
    assertThat(started.status()).as(started.text()).isEqualTo(200);
    return new Started(started.body().get("id").asText(), started.body().get("businessKey").asText());
  }

  private void complete(String user, Started project, String taskKey, Map<String, ?> variables) {
    String task = rest().tasks(user, project.pid()).stream().filter(t -> taskKey.equals(t.get("taskDefinitionKey").asText()))
        .findFirst().orElseThrow().get("id").asText();
    Response done = rest().completeTask(user, task, variables);
    assertThat(done.status()).as(done.text()).isEqualTo(204);
  }

  private boolean stillWaitsForAnalysis(Started project) {
    return processEngine.getTaskService().createTaskQuery().processInstanceId(project.pid())
        .taskDefinitionKey("Task_AnalyseNeeds").count() == 1;
  }

  private long decisions(Started project) {
    return jdbc.sql("select count(*) from project_decision where business_key = :k").param("k", project.key())
        .query(Long.class).single();
  }

  private static HttpResponse<String> withdraw(WebSession session, Started project, String reason) {
    return session.post("/mes-demandes/projets/" + project.key() + "/retrait",
        "motif=" + URLEncoder.encode(reason, StandardCharsets.UTF_8) + "&_csrf="
            + URLEncoder.encode(session.csrfToken(), StandardCharsets.UTF_8));
  }

  private WebSession loggedIn(String user) {
    WebSession session = new WebSession(port);
    session.login(user, DEMO_PASSWORD);
    return session;
  }
}
