package nc.provincenord.pilotage.modeling;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nc.provincenord.pilotage.PilotageIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Each bean an element template names ({@code ${bean}} or {@code ${bean.method(...)}}) is a bean of the
 * running application: only its context knows them all. The templates' other checks are read from the
 * files alone by {@link ElementTemplatesTest}.
 */
class ElementTemplateBeansTest extends PilotageIntegrationTest {

  private static final Pattern BEAN = Pattern.compile("^\\$\\{(\\w+)[.}]");

  @Autowired
  ApplicationContext context;

  @Test
  void everyBeanATemplateNamesExistsInTheApplication() throws IOException {
    int beans = 0;
    for (JsonNode template : ElementTemplatesTest.templates().values()) {
      for (JsonNode property : template.get("properties")) {
        Matcher bean = BEAN.matcher(property.path("value").asText());
        if (bean.find()) {
          assertThat(context.containsBean(bean.group(1))).as(template.get("id") + " → bean " + bean.group(1)).isTrue();
          beans++;
        }
      }
    }
    assertThat(beans).isGreaterThan(50);
  }
}
