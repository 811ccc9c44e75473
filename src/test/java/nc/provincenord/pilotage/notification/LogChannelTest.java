package nc.provincenord.pilotage.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import nc.provincenord.pilotage.EngineRestClient;
import nc.provincenord.pilotage.PilotageIntegrationTest;
import nc.provincenord.pilotage.watch.WatchVariables;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The embedded default has no SMTP host: task mails are still queued and "sent" to the log. */
class LogChannelTest extends PilotageIntegrationTest {

  @Autowired
  NotificationChannel channel;
  @Autowired
  NotificationDispatcher dispatcher;
  @Autowired
  OutboxRepository outbox;

  @Test
  void shouldDeliverTaskMailsToTheLogWhenNoSmtpHostIsConfigured() throws Exception {
    assertThat(channel.name()).isEqualTo("log");
    EngineRestClient.Response started = rest().submitStartForm("demandeur", WatchVariables.PROCESS_KEY,
        TaskMailTest.watchItem("Veille sans SMTP " + UUID.randomUUID()));
    assertThat(started.status()).as(started.text()).isEqualTo(200);
    String taskId = rest().tasks("cdp", started.body().get("id").asText()).get(0).get("id").asText();

    for (int round = 0; round < 20 && !sent(taskId); round++) {
      dispatcher.dispatchOnce();
      Thread.sleep(50);
    }
    List<OutboxRow> rows = outbox.byEventKeyPrefix("task-created:" + taskId);
    assertThat(rows).extracting(OutboxRow::recipient).containsExactly("cdp@demo.province-nord.nc");
    assertThat(rows).allSatisfy(row -> assertThat(row.status()).isEqualTo(OutboxStatus.SENT));
  }

  private boolean sent(String taskId) {
    List<OutboxRow> rows = outbox.byEventKeyPrefix("task-created:" + taskId);
    return !rows.isEmpty() && rows.stream().allMatch(row -> row.status() == OutboxStatus.SENT);
  }
}
