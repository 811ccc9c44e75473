package nc.provincenord.pilotage.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nc.provincenord.pilotage.reference.CommuneRepository;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.junit.jupiter.api.Test;

/**
 * The lifecycle's form rules on their own: each refusal and its French message. That a refusal is
 * a 400 through the REST API with nothing changed is shown once per kind of step by
 * {@link LifecycleFormValidationTest} (start form, task form).
 */
class LifecycleFormsTest {

  private final LifecycleForms forms = forms();
  private final Map<String, Object> variables = new HashMap<>();
  private final DelegateExecution execution = execution(variables);

  private static LifecycleForms forms() {
    CommuneRepository communes = mock(CommuneRepository.class);
    Map<String, String> names = new LinkedHashMap<>();
    names.put("98811", "Koné");
    names.put("98812", "Koumac");
    when(communes.namesByInseeCode()).thenReturn(names);
    Directions directions = new Directions(List.of(new Directions.Direction("DEFIJ", "Direction de l'enseignement")));
    return new LifecycleForms(communes, directions, LifecycleSettings.defaults(), Clock.system(ZoneId.of("Pacific/Noumea")),
        mock(nc.provincenord.pilotage.steering.PlanValidation.class), mock(nc.provincenord.pilotage.steering.PlanRepository.class));
  }

  private static DelegateExecution execution(Map<String, Object> variables) {
    DelegateExecution execution = mock(DelegateExecution.class);
    when(execution.getVariable(anyString())).thenAnswer(call -> variables.get(call.<String>getArgument(0)));
    doAnswer(call -> variables.put(call.getArgument(0), call.getArgument(1))).when(execution).setVariable(anyString(), any());
    return execution;
  }

  private void request() {
    variables.put(LifecycleVariables.TITLE.name(), "Inscriptions en ligne");
    variables.put(LifecycleVariables.OBJECTIVE.name(), "Dématérialiser les inscriptions.");
    variables.put(LifecycleVariables.DIRECTION.name(), "DEFIJ");
    variables.put(LifecycleVariables.TYPE.name(), "SI");
    variables.put(LifecycleVariables.ESTIMATED_BUDGET.name(), 3_000_000);
    variables.put(LifecycleVariables.COMMUNES.name(), List.of("98811"));
  }

  private void assertRefused(String formId, String message) {
    assertThatThrownBy(() -> forms.byFormId().get(formId).check(execution))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining(message);
  }

  @Test
  void shouldAcceptAValidRequest() {
    request();
    forms.byFormId().get(LifecycleForms.REQUEST_FORM).check(execution);
    assertThat(variables).containsEntry(LifecycleVariables.ESTIMATED_BUDGET.name(), 3_000_000L);
  }

  @Test
  void shouldRefuseANegativeBudget() {
    request();
    variables.put(LifecycleVariables.ESTIMATED_BUDGET.name(), -1);
    assertRefused(LifecycleForms.REQUEST_FORM, "Le champ « Budget estimé (XPF) » doit être compris entre 0 et 100000000000 (reçu : -1).");
  }

  @Test
  void shouldRefuseABudgetWithDecimals() {
    request();
    variables.put(LifecycleVariables.ESTIMATED_BUDGET.name(), 1500.5);
    assertRefused(LifecycleForms.REQUEST_FORM, "Le champ « Budget estimé (XPF) » doit être un nombre entier");
  }

  @Test
  void shouldRefuseAnUnknownCommune() {
    request();
    variables.put(LifecycleVariables.COMMUNES.name(), List.of("98811", "98000"));
    assertRefused(LifecycleForms.REQUEST_FORM, "La valeur « 98000 » n'est pas un choix possible pour « Communes concernées ».");
  }

  @Test
  void shouldRefuseAnUnknownDirection() {
    request();
    variables.put(LifecycleVariables.DIRECTION.name(), "DRH");
    assertRefused(LifecycleForms.REQUEST_FORM, "La valeur « DRH » n'est pas un choix possible pour « Direction demandeuse ».");
  }

  @Test
  void shouldRefuseADesiredDateOutOfThisWorldOrPast() {
    for (String date : List.of("0000-01-01", "+999999999-12-31", "1900-01-01")) {
      request();
      variables.put(LifecycleVariables.DESIRED_DATE.name(), date);
      assertRefused(LifecycleForms.REQUEST_FORM, "Date souhaitée");
    }
    request();
    variables.put(LifecycleVariables.DESIRED_DATE.name(),
        java.time.LocalDate.now(ZoneId.of("Pacific/Noumea")).minusDays(3).toString());
    assertRefused(LifecycleForms.REQUEST_FORM,
        "Le champ « Date souhaitée » ne peut pas être une date passée : choisissez aujourd'hui ou une date future.");
  }

  @Test
  void shouldRefuseARefusalWithoutReason() {
    variables.put(LifecycleVariables.ANALYSIS_DECISION.name(), "REFUSE");
    assertRefused(LifecycleForms.Form.ANALYSIS.formId(),
        "Un refus doit être motivé (le demandeur en est informé) : renseignez le champ « Motif du refus ».");
  }

  @Test
  void shouldRefuseAnUnknownDecision() {
    variables.put(LifecycleVariables.ANALYSIS_DECISION.name(), "MAYBE");
    assertRefused(LifecycleForms.Form.ANALYSIS.formId(), "La valeur « MAYBE » n'est pas un choix possible pour « Décision ».");
  }

  @Test
  void shouldRefuseARevisionOrARejectionWithoutComment() {
    for (String decision : List.of("REVISE", "REJECT")) {
      variables.put(LifecycleVariables.MOA_DECISION.name(), decision);
      variables.put(LifecycleVariables.MOA_COMMENT.name(), "  ");
      assertRefused(LifecycleForms.Form.MOA_VALIDATION.formId(),
          "Une demande de révision ou un rejet doit être motivé : renseignez le champ « Commentaire ».");
    }
  }

  @Test
  void shouldRefuseASpecificationLinkThatIsNotAWebAddress() {
    variables.put(LifecycleVariables.SPEC_DOCUMENT_URL.name(), "\\\\serveur\\partage\\cdc.docx");
    variables.put(LifecycleVariables.SPEC_VERSION.name(), "1.0");
    variables.put(LifecycleVariables.SPEC_SUMMARY.name(), "Résumé");
    assertRefused(LifecycleForms.Form.SPECIFICATION.formId(),
        "Le champ « Lien vers le cahier des charges » doit être une adresse web commençant par http:// ou https://");
  }

  @Test
  void shouldRefuseATextLongerThanAStringVariableHolds() {
    request();
    variables.put(LifecycleVariables.OBJECTIVE.name(), "é".repeat(LifecycleForms.TEXT_MAX + 1));
    assertRefused(LifecycleForms.REQUEST_FORM, "Le champ « Objectif » ne doit pas dépasser 4000 caractères (4001 saisis).");
  }
}
