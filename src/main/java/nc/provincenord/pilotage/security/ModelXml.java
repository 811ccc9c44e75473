package nc.provincenord.pilotage.security;

import java.io.ByteArrayInputStream;
import javax.xml.parsers.SAXParserFactory;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.impl.util.xml.Parse;
import org.camunda.bpm.engine.impl.util.xml.Parser;

/**
 * Reads a model into Camunda's own XML element tree, namespace-aware, with the engine's XXE
 * settings and no schema validation: the policy looks at the model as written, before any of
 * Camunda's parsers runs. A file that is not well-formed XML fails here as it would in Camunda
 * (a {@code ProcessEngineException} caused by the SAX error, answered 400 by
 * {@code engine.MalformedModelIsBadRequest}).
 */
public final class ModelXml extends Parser {

  private static final ThreadLocal<SAXParserFactory> FACTORY = ThreadLocal.withInitial(() -> {
    SAXParserFactory factory = SAXParserFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setValidating(false);
    return factory;
  });

  private static final ModelXml INSTANCE = new ModelXml();

  private ModelXml() {
  }

  public static Element read(String resourceName, byte[] bytes) {
    Parse parse = INSTANCE.createParse();
    parse.name(resourceName).sourceInputStream(new ByteArrayInputStream(bytes)).execute();
    return parse.getRootElement();
  }

  @Override
  public Parse createParse() {
    return new Parse(this) {
    };
  }

  @Override
  protected SAXParserFactory getSaxParserFactoryLazily() {
    return FACTORY.get();
  }
}
