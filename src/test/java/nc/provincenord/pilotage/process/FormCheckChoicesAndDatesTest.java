package nc.provincenord.pilotage.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.Test;

/** The checks added for checklists, checkboxes, dates and link lists. */
class FormCheckChoicesAndDatesTest {

  enum Channel { WEBSITE, INTRANET }

  static final ProcessVariable<List<String>> CHANNELS = ProcessVariable.textList("channels");
  static final ProcessVariable<Boolean> FLAG = ProcessVariable.flag("flag");
  static final ProcessVariable<String> DATE = ProcessVariable.text("date");
  static final ProcessVariable<String> LINKS = ProcessVariable.text("links");

  @Test
  void readsChoicesFromAJsonArrayAJavaListOrACommaSeparatedText() {
    assertThat(check("channels", Spin.JSON("[\"WEBSITE\",\"INTRANET\"]")).requiredChoices(CHANNELS, "Canaux", Channel.class))
        .containsExactly(Channel.WEBSITE, Channel.INTRANET);
    assertThat(check("channels", List.of("intranet")).requiredChoices(CHANNELS, "Canaux", Channel.class))
        .containsExactly(Channel.INTRANET);
    assertThat(check("channels", "WEBSITE, INTRANET").requiredChoices(CHANNELS, "Canaux", Channel.class)).hasSize(2);
  }

  @Test
  void refusesNoChoiceOrAnUnknownOneInFrench() {
    assertThatThrownBy(() -> check("channels", Spin.JSON("[]")).requiredChoices(CHANNELS, "Canaux", Channel.class))
        .isInstanceOf(FormFieldValidationException.class).hasMessage("Cochez au moins une valeur pour « Canaux ».");
    assertThatThrownBy(() -> check("channels", List.of("FAX")).requiredChoices(CHANNELS, "Canaux", Channel.class))
        .hasMessage("La valeur « FAX » n'est pas un choix possible pour « Canaux ».");
  }

  @Test
  void readsAFlagAbsentAsNo() {
    assertThat(check("other", "x").flag(FLAG, "Case")).isFalse();
    assertThat(check("flag", true).flag(FLAG, "Case")).isTrue();
    assertThat(check("flag", "false").flag(FLAG, "Case")).isFalse();
    assertThatThrownBy(() -> check("flag", "peut-être").flag(FLAG, "Case"))
        .hasMessage("Le champ « Case » doit valoir oui ou non (reçu : « peut-être »).");
  }

  @Test
  void readsDatesAsTheDatePickerOrAPersonWritesThem() {
    assertThat(check("date", "2025-08-01").requiredDate(DATE, "Date")).isEqualTo(LocalDate.of(2025, 8, 1));
    assertThat(check("date", "01/08/2025").requiredDate(DATE, "Date")).isEqualTo(LocalDate.of(2025, 8, 1));
    assertThatThrownBy(() -> check("date", "32/13/2025").requiredDate(DATE, "Date"))
        .hasMessage("Le champ « Date » doit être une date au format JJ/MM/AAAA (reçu : « 32/13/2025 »).");
  }

  @Test
  void readsADateTimeWithOrWithoutOffset() {
    ZoneId noumea = ZoneId.of("Pacific/Noumea");
    assertThat(check("date", "2025-08-01T09:00+11:00").requiredDateTime(DATE, "Quand", noumea))
        .isEqualTo(OffsetDateTime.of(2025, 8, 1, 9, 0, 0, 0, ZoneOffset.ofHours(11)));
    assertThat(check("date", "2025-08-01T09:00").requiredDateTime(DATE, "Quand", noumea).getOffset()).isEqualTo(ZoneOffset.ofHours(11));
    assertThatThrownBy(() -> check("date", "demain").requiredDateTime(DATE, "Quand", noumea))
        .hasMessage("Le champ « Quand » doit être une date et une heure (reçu : « demain »).");
  }

  @Test
  void checksEachLinkOfAList() {
    assertThat(check("links", "https://a.nc/1\n\n  https://b.nc/2  ").optionalHttpUrls(LINKS, "Liens", 100))
        .containsExactly("https://a.nc/1", "https://b.nc/2");
    assertThat(check("other", "x").optionalHttpUrls(LINKS, "Liens", 100)).isEmpty();
    assertThatThrownBy(() -> check("links", "https://a.nc/1\nb.nc").optionalHttpUrls(LINKS, "Liens", 100))
        .hasMessageContaining("Chaque ligne du champ « Liens »").hasMessageContaining("« b.nc »");
  }

  private static FormCheck check(String name, Object value) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(name, value);
    VariableScope scope = mock(VariableScope.class);
    when(scope.getVariable(anyString())).thenAnswer(call -> variables.get((String) call.getArgument(0)));
    return FormCheck.of(scope);
  }
}
