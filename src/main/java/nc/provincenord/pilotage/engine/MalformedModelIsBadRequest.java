package nc.provincenord.pilotage.engine;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cmd.DeployCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;
import org.xml.sax.SAXException;

/**
 * A model that is not even well-formed XML is the designer's mistake, not a
 * server failure: the engine reports it as a plain ProcessEngineException (a 500
 * through the REST API); this plugin turns it into a {@link BadUserRequestException},
 * which the REST API answers with 400 and the parser's message. Invalid but
 * well-formed models already arrive as 400 (ParseException).
 */
@Component
class MalformedModelIsBadRequest extends PreCommandInterceptorPlugin {

  @Override
  protected CommandInterceptor interceptor() {
    return new Interceptor();
  }

  static final class Interceptor extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
      try {
        return next.execute(command);
      } catch (BadUserRequestException alreadyClear) {
        throw alreadyClear;
      } catch (ProcessEngineException failure) {
        if (command instanceof DeployCmd && causedByMalformedXml(failure)) {
          throw new BadUserRequestException("Modèle mal formé, déploiement refusé : " + failure.getMessage(), failure);
        }
        throw failure;
      }
    }

    private static boolean causedByMalformedXml(Throwable failure) {
      for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
        if (cause instanceof SAXException) {
          return true;
        }
      }
      return false;
    }
  }
}
