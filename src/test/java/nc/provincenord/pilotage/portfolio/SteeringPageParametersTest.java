package nc.provincenord.pilotage.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import nc.provincenord.pilotage.steering.RiskMapQueries;
import nc.provincenord.pilotage.steering.RoadmapQueries;
import nc.provincenord.pilotage.steering.WorkloadQueries;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/**
 * The steering pages' parameters, each refusal a 400 with its French message, on the controller alone (Spring
 * MVC's standalone set-up, the queries mocked: a refused parameter reaches none of them). That a reader of the
 * portfolio gets these answers from the whole application is shown by {@link SteeringPagesTest}.
 */
class SteeringPageParametersTest {

  private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new SteeringPagesController(mock(PortfolioQueries.class),
      mock(RoadmapQueries.class), mock(WorkloadQueries.class), mock(RiskMapQueries.class),
      Clock.system(ZoneId.of("Pacific/Noumea")))).build();

  @Test
  void badParametersAreRefusedInFrench() throws Exception {
    assertBadRequest("/portefeuille/charge?debut=1993-13", "Mois de début invalide : 1993-13 (attendu : AAAA-MM, par exemple 2026-03).");
    assertBadRequest("/portefeuille/charge?mois=30", "Le nombre de mois va de 1 à 24.");
    assertBadRequest("/portefeuille/charge?size=500", "La taille d'une page va de 1 à 100.");
    assertBadRequest("/portefeuille/risques?probabilite=5&impact=1", "La probabilité va de 1 à 4 : 5 n'est pas valable.");
    assertBadRequest("/portefeuille/risques?probabilite=2", "Pour ne lister qu'une case, donner la probabilité et l'impact.");
    assertBadRequest("/portefeuille/risques?page=-1", "La page commence à 0.");
    assertBadRequest("/portefeuille/feuille-de-route?stage=DROP", "Étape inconnue : DROP.");
    assertBadRequest("/portefeuille/feuille-de-route?year=abc", "La valeur « abc » n'est pas valable pour le paramètre « year ».");
    assertBadRequest("/portefeuille/charge?health=BLUE", "Santé inconnue : BLUE (GREEN, AMBER, RED ou NONE).");
  }

  private void assertBadRequest(String path, String message) throws Exception {
    MockHttpServletResponse response = mvc.perform(get(path)).andReturn().getResponse();
    assertThat(response.getStatus()).as(path).isEqualTo(400);
    assertThat(response.getContentAsString(StandardCharsets.UTF_8)).as(path).isEqualTo(message);
  }
}
