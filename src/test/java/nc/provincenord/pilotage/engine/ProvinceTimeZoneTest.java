package nc.provincenord.pilotage.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.TimeZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

/**
 * The test JVMs already start in Pacific/Noumea (pom.xml), so the application tests would not notice if
 * Pilotage stopped setting the zone itself: this test starts from UTC, as a server in a data centre does.
 */
class ProvinceTimeZoneTest {

  private final TimeZone before = TimeZone.getDefault();

  @AfterEach
  void restore() {
    TimeZone.setDefault(before);
  }

  @Test
  void aServerInUtcRunsPilotageInTheProvincesZone() {
    TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
    new ProvinceTimeZone().postProcessEnvironment(new MockEnvironment(), new SpringApplication());
    assertThat(TimeZone.getDefault().getID()).isEqualTo("Pacific/Noumea");
  }

  @Test
  void anOperatorMayNameAnotherZone() {
    TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
    new ProvinceTimeZone().postProcessEnvironment(new MockEnvironment().withProperty(ProvinceTimeZone.PROPERTY, "Pacific/Efate"),
        new SpringApplication());
    assertThat(TimeZone.getDefault().getID()).isEqualTo("Pacific/Efate");
  }
}
