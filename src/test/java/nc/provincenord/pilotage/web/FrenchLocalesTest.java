package nc.provincenord.pilotage.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Checks our French translations of the Camunda web apps against the English locale shipped in the
 * camunda-webapp-webjar, and that our overriding config.js makes French the fallback locale.
 */
class FrenchLocalesTest {

  private static final String APP_DIR = "META-INF/resources/webjars/camunda/app/";
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Pattern FR_FALLBACK =
      Pattern.compile("fallbackLocale\\s*:\\s*['\"]fr['\"]");

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void frenchLocaleHasExactlyTheKeysOfTheShippedEnglishLocale(String app) throws IOException {
    Set<String> english = flattenedKeys(resource(APP_DIR + app + "/locales/en.json", true));
    Set<String> french = flattenedKeys(resource(APP_DIR + app + "/locales/fr.json", false));

    assertThat(french)
        .as("%s fr.json - missing keys: %s, extra keys: %s",
            app, difference(english, french), difference(french, english))
        .isEqualTo(english);
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void configDeclaresFrenchAsFallbackLocale(String app) throws IOException {
    String config = read(resource(APP_DIR + app + "/scripts/config.js", false));

    assertThat(FR_FALLBACK.matcher(withoutComments(config)).find())
        .as("%s config.js declares fallbackLocale: 'fr'", app)
        .isTrue();
  }

  /** Returns the resource inside a jar (the webjar) or, when {@code inJar} is false, our own file. */
  private static URL resource(String path, boolean inJar) throws IOException {
    for (URL url : Collections.list(FrenchLocalesTest.class.getClassLoader().getResources(path))) {
      if ("jar".equals(url.getProtocol()) == inJar) {
        return url;
      }
    }
    throw new AssertionError((inJar ? "webjar resource " : "project resource ") + path + " not found");
  }

  private static Set<String> flattenedKeys(URL url) throws IOException {
    try (InputStream in = url.openStream()) {
      Set<String> keys = new TreeSet<>();
      flatten(MAPPER.readTree(in), "", keys);
      return keys;
    }
  }

  private static void flatten(JsonNode node, String path, Set<String> keys) {
    if (node.isObject()) {
      node.fields().forEachRemaining(
          field -> flatten(field.getValue(), path.isEmpty() ? field.getKey() : path + "." + field.getKey(), keys));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        flatten(node.get(i), path + "[" + i + "]", keys);
      }
    } else {
      keys.add(path);
    }
  }

  private static Set<String> difference(Set<String> left, Set<String> right) {
    Set<String> result = new TreeSet<>(left);
    result.removeAll(right);
    return result;
  }

  private static String read(URL url) throws IOException {
    try (InputStream in = url.openStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static String withoutComments(String script) {
    return script.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)//.*$", "");
  }
}
