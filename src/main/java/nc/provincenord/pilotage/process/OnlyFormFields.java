package nc.provincenord.pilotage.process;

import java.io.InputStream;
import java.lang.reflect.Field;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nc.provincenord.pilotage.engine.PreCommandInterceptorPlugin;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.form.FormData;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.GetCamundaFormDefinitionCmd;
import org.camunda.bpm.engine.impl.cmd.GetDeployedProcessDefinitionCmd;
import org.camunda.bpm.engine.impl.cmd.GetDeploymentResourceCmd;
import org.camunda.bpm.engine.impl.cmd.GetStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskFormCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.repository.CamundaFormDefinition;
import org.springframework.stereotype.Component;

/**
 * A task or a start accepts only the fields of its own form. In front of the four engine commands
 * that take a submission ({@code SubmitTaskFormCmd}, {@code CompleteTaskCmd}, {@code SubmitStartFormCmd},
 * {@code StartProcessInstanceCmd}), whoever calls them ({@code /engine-rest}, Tasklist's
 * {@code /camunda/api/engine}, Java), every variable sent must be an editable field of the deployed form
 * that the task or the start event references: any other variable, or a disabled or read-only field, is
 * refused with a {@link FormFieldValidationException} (400 in French, see {@code RejectedFormResponses})
 * before the command runs, so nothing changes.
 *
 * <p>Only calls made on behalf of an authenticated user outside the engine's admin groups are checked;
 * a command run inside another one (a delegate starting a process, e.g. {@code technology-watch}
 * proposing a project), a timer or the system is not. The permission to work the task or start the
 * process is checked first, so that whoever may not work a task learns nothing of its form.
 *
 * <p>The four commands expose what they carry only through protected fields (Camunda 7.24,
 * {@code org.camunda.bpm.engine.impl.cmd}); they are read once by reflection, and Pilotage fails to
 * start if Camunda renames them.
 */
@Component
class OnlyFormFields extends PreCommandInterceptorPlugin {

  private static final Field TASK_FORM_TASK = field(SubmitTaskFormCmd.class, "taskId");
  private static final Field TASK_FORM_VARIABLES = field(SubmitTaskFormCmd.class, "properties");
  private static final Field COMPLETE_TASK = field(CompleteTaskCmd.class, "taskId");
  private static final Field COMPLETE_VARIABLES = field(CompleteTaskCmd.class, "variables");
  private static final Field START_FORM_DEFINITION = field(SubmitStartFormCmd.class, "processDefinitionId");
  private static final Field START_FORM_VARIABLES = field(SubmitStartFormCmd.class, "variables");
  private static final Field START_BUILDER = field(StartProcessInstanceCmd.class, "instantiationBuilder");

  /** Parsed forms by form definition id: a deployed form never changes. */
  private final Map<String, FormFields> forms = new ConcurrentHashMap<>();

  @Override
  protected CommandInterceptor interceptor() {
    return new CommandInterceptor() {
      @Override
      public <T> T execute(Command<T> command) {
        Command<Void> check = Context.getCommandContext() == null ? checkOf(command) : null;
        if (check != null) {
          next.execute(check);
        }
        return next.execute(command);
      }
    };
  }

  private Command<Void> checkOf(Command<?> command) {
    if (command instanceof SubmitTaskFormCmd) {
      return taskCheck((String) read(TASK_FORM_TASK, command), read(TASK_FORM_VARIABLES, command));
    }
    if (command instanceof CompleteTaskCmd) {
      return taskCheck((String) read(COMPLETE_TASK, command), read(COMPLETE_VARIABLES, command));
    }
    if (command instanceof SubmitStartFormCmd) {
      String definitionId = (String) read(START_FORM_DEFINITION, command);
      return startCheck(read(START_FORM_VARIABLES, command),
          context -> context.getProcessEngineConfiguration().getDeploymentCache().findDeployedProcessDefinitionById(definitionId));
    }
    if (command instanceof StartProcessInstanceCmd) {
      ProcessInstantiationBuilderImpl builder = (ProcessInstantiationBuilderImpl) read(START_BUILDER, command);
      return startCheck(builder.getVariables(),
          context -> context.runWithoutAuthorization(new GetDeployedProcessDefinitionCmd(builder, false)));
    }
    return null;
  }

  private Command<Void> taskCheck(String taskId, Object variables) {
    if (!(variables instanceof Map<?, ?> submitted) || submitted.isEmpty() || taskId == null) {
      return null;
    }
    return context -> {
      if (!onBehalfOfAUser(context)) {
        return null;
      }
      TaskEntity task = context.getTaskManager().findTaskById(taskId);
      if (task == null || task.getTaskDefinition() == null) {
        return null; // unknown or standalone task: the command itself answers
      }
      for (CommandChecker checker : context.getProcessEngineConfiguration().getCommandCheckers()) {
        checker.checkTaskWork(task);
      }
      FormData form = context.runWithoutAuthorization(new GetTaskFormCmd(taskId));
      require(submitted, fieldsOf(context, form), "de cette tâche");
      return null;
    };
  }

  private Command<Void> startCheck(Object variables, Command<ProcessDefinitionEntity> definition) {
    if (!(variables instanceof Map<?, ?> submitted) || submitted.isEmpty()) {
      return null;
    }
    return context -> {
      if (!onBehalfOfAUser(context)) {
        return null;
      }
      ProcessDefinitionEntity process = definition.execute(context);
      if (process == null) {
        return null;
      }
      for (CommandChecker checker : context.getProcessEngineConfiguration().getCommandCheckers()) {
        checker.checkCreateProcessInstance(process);
      }
      FormData form = context.runWithoutAuthorization(new GetStartFormCmd(process.getId()));
      require(submitted, fieldsOf(context, form), "de démarrage");
      return null;
    };
  }

  private static boolean onBehalfOfAUser(CommandContext context) {
    Authentication user = context.getAuthentication();
    return user != null && user.getUserId() != null && !context.getAuthorizationManager().isCamundaAdmin(user);
  }

  private FormFields fieldsOf(CommandContext context, FormData form) {
    CamundaFormRef reference = form == null ? null : form.getCamundaFormRef();
    if (reference == null || reference.getKey() == null) {
      return FormFields.none(null);
    }
    CamundaFormDefinition definition = context.runWithoutAuthorization(
        new GetCamundaFormDefinitionCmd(reference, form.getDeploymentId()));
    if (definition == null) {
      return FormFields.none(reference.getKey());
    }
    return forms.computeIfAbsent(definition.getId(), id -> {
      InputStream json = context.runWithoutAuthorization(
          new GetDeploymentResourceCmd(definition.getDeploymentId(), definition.getResourceName()));
      return FormFields.parse(reference.getKey(), json);
    });
  }

  private static void require(Map<?, ?> submitted, FormFields form, String whose) {
    for (Object key : submitted.keySet()) {
      String name = String.valueOf(key);
      if (form.formId() == null) {
        throw new FormFieldValidationException(name, "Le champ « " + name + " » est refusé : cette étape n'a pas de formulaire"
            + ", elle n'accepte aucune valeur. Rien n'a été enregistré.");
      }
      if (form.isReadOnly(name)) {
        String label = form.readOnlyLabels().get(name);
        throw new FormFieldValidationException(name, "Le champ « " + name + " »"
            + (label.isBlank() ? "" : " (" + label + ")") + " est en lecture seule dans le formulaire " + whose
            + " (« " + form.formId() + " ») : il ne peut pas être envoyé. Rien n'a été enregistré.");
      }
      if (!form.editable().contains(name)) {
        throw new FormFieldValidationException(name, "Le champ « " + name + " » ne fait pas partie du formulaire " + whose
            + " (« " + form.formId() + " ») : il est refusé. Rien n'a été enregistré.");
      }
    }
  }

  private static Field field(Class<?> command, String name) {
    try {
      Field field = command.getDeclaredField(name);
      field.setAccessible(true);
      return field;
    } catch (NoSuchFieldException renamed) {
      throw new IllegalStateException("Camunda a changé " + command.getName() + "." + name
          + " : le contrôle des champs de formulaire doit être revu", renamed);
    }
  }

  private static Object read(Field field, Object command) {
    try {
      return field.get(command);
    } catch (IllegalAccessException impossible) {
      throw new IllegalStateException(impossible);
    }
  }
}
