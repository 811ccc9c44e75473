package nc.provincenord.pilotage.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The filters skip reading a body as JSON only where no reading could find the key they look for. */
class RawJsonTest {

  @Test
  void aBodyWithoutTheKeyNeedsNoReading() {
    assertThat(RawJson.mayHoldKey(bytes("{\"variables\":{\"titre\":{\"value\":\"Veille\",\"type\":\"String\"}}}"),
        "objectTypeName")).isFalse();
    assertThat(RawJson.mayHoldKey(bytes(""), "startInstructions", "skipIoMappings")).isFalse();
  }

  @Test
  void theKeyWrittenPlainlyEscapedOrInUtf16IsStillRead() {
    assertThat(RawJson.mayHoldKey(bytes("{\"valueInfo\":{\"objectTypeName\":\"java.net.URL\"}}"), "objectTypeName")).isTrue();
    assertThat(RawJson.mayHoldKey(bytes("{\"valueInfo\":{\"objectTypeN\\u0061me\":\"java.net.URL\"}}"), "objectTypeName")).isTrue();
    assertThat(RawJson.mayHoldKey("{\"skipIoMappings\":true}".getBytes(StandardCharsets.UTF_16LE), "skipIoMappings")).isTrue();
    assertThat(RawJson.mayHoldKey(bytes("{\"a\":1,\"skipCustomListeners\":\"true\"}"), "startInstructions", "skipCustomListeners"))
        .isTrue();
  }

  @Test
  void blankIsWhatTheLatin1TextCallsBlank() {
    for (String body : new String[] {"", " \t\r\n", "\u000B\f\u001C", " {} ", "\u00A0"}) {
      byte[] raw = body.getBytes(StandardCharsets.ISO_8859_1);
      assertThat(RawJson.blank(raw)).as(body).isEqualTo(new String(raw, StandardCharsets.ISO_8859_1).isBlank());
    }
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
