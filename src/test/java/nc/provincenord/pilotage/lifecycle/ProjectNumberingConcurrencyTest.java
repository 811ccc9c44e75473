package nc.provincenord.pilotage.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nc.provincenord.pilotage.EngineRestClient.Response;
import nc.provincenord.pilotage.PilotageIntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * Concurrent starts, each in its own HTTP request and transaction, get distinct consecutive numbers. The
 * key's shape on its own: {@link ProjectNumberingTest}.
 */
class ProjectNumberingConcurrencyTest extends PilotageIntegrationTest {

  static final int STARTS = 6;

  @Test
  void shouldGiveDistinctConsecutiveBusinessKeysUnderConcurrentStarts() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(STARTS);
    try {
      List<Callable<Response>> starts = new ArrayList<>();
      for (int i = 0; i < STARTS; i++) {
        int n = i;
        starts.add(() -> rest().submitStartForm(n % 2 == 0 ? "demandeur" : "cdp", LifecycleVariables.PROCESS_KEY, Map.of(
            LifecycleVariables.TITLE.name(), "Démarrage simultané " + n, LifecycleVariables.OBJECTIVE.name(), "Vérifier la numérotation",
            LifecycleVariables.DIRECTION.name(), "DSI", LifecycleVariables.TYPE.name(), "SI", LifecycleVariables.ESTIMATED_BUDGET.name(), 1_000_000)));
      }
      List<Integer> numbers = new ArrayList<>();
      String prefix = "PRJ-" + LocalDate.now().getYear() + "-";
      for (Future<Response> future : pool.invokeAll(starts)) {
        Response response = future.get();
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        String businessKey = response.body().get("businessKey").asText();
        assertThat(businessKey).matches(prefix.replace("-", "\\-") + "\\d{4}");
        numbers.add(Integer.parseInt(businessKey.substring(prefix.length())));
      }
      assertThat(numbers).doesNotHaveDuplicates();
      assertThat(numbers.stream().mapToInt(Integer::intValue).max().orElseThrow()
          - numbers.stream().mapToInt(Integer::intValue).min().orElseThrow()).isEqualTo(STARTS - 1);
    } finally {
      pool.shutdownNow();
    }
  }
}
