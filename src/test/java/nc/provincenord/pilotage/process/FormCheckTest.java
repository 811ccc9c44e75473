package nc.provincenord.pilotage.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FormCheckTest {

  private static final ProcessVariable<String> LINK = ProcessVariable.text("link");
  private static final ProcessVariable<Long> BUDGET = ProcessVariable.number("budget");

  @ParameterizedTest
  @ValueSource(strings = {"https://portail.province-nord.nc/projets", "http://intranet/sites/dsi"})
  void acceptsHttpLinks(String link) {
    assertThat(FormCheck.of(scope(Map.of("link", link))).requiredHttpUrl(LINK, "Lien")).isEqualTo(link);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ftp://serveur/doc", "javascript:alert(1)", "portail.province-nord.nc", "https://", "http:// espace"})
  void refusesAnythingElseWithAFrenchMessage(String link) {
    assertThatThrownBy(() -> FormCheck.of(scope(Map.of("link", link))).requiredHttpUrl(LINK, "Lien"))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageStartingWith("Le champ « Lien » doit être une adresse web");
  }

  @Test
  void refusesAMissingRequiredText() {
    assertThatThrownBy(() -> FormCheck.of(scope(Map.of("link", "   "))).requiredText(LINK, "Lien", 10))
        .hasMessage("Le champ « Lien » est obligatoire.");
  }

  @Test
  void refusesATooLongText() {
    assertThatThrownBy(() -> FormCheck.of(scope(Map.of("link", "x".repeat(11)))).requiredText(LINK, "Lien", 10))
        .hasMessage("Le champ « Lien » ne doit pas dépasser 10 caractères (11 saisis).");
  }

  @Test
  void readsWholeAmountsWhateverTheirJsonType() {
    assertThat(FormCheck.of(scope(Map.of("budget", 4_500_000.0))).requiredWholeNumber(BUDGET, "Budget", 0, 10_000_000_000L))
        .isEqualTo(4_500_000L);
    assertThatThrownBy(() -> FormCheck.of(scope(Map.of("budget", 12.5))).requiredWholeNumber(BUDGET, "Budget", 0, 100))
        .hasMessage("Le champ « Budget » doit être un nombre entier (reçu : « 12.5 »).");
    assertThatThrownBy(() -> FormCheck.of(scope(Map.of("budget", -1))).requiredWholeNumber(BUDGET, "Budget", 0, 100))
        .hasMessage("Le champ « Budget » doit être compris entre 0 et 100 (reçu : -1).");
  }

  /** A variable scope backed by a map, as a submitted form gives it. */
  private static VariableScope scope(Map<String, Object> variables) {
    Map<String, Object> values = new HashMap<>(variables);
    VariableScope scope = mock(VariableScope.class);
    when(scope.getVariable(anyString())).thenAnswer(call -> values.get(call.<String>getArgument(0)));
    return scope;
  }
}
