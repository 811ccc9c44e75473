package nc.provincenord.pilotage.security;

import java.nio.charset.StandardCharsets;

/** What the bytes of a body tell before any JSON parser reads them. */
final class RawJson {

  private RawJson() {
  }

  /**
   * False only when no object of this body, read by Jackson, can have one of these keys (ASCII names):
   * a key's characters are its bytes unless they are escaped ({@code \}) or in UTF-16 or UTF-32, which
   * Jackson detects by itself and where every ASCII character has a zero byte.
   */
  static boolean mayHoldKey(byte[] body, String... keys) {
    for (byte b : body) {
      if (b == 0 || b == '\\') {
        return true;
      }
    }
    for (String key : keys) {
      if (indexOf(body, key.getBytes(StandardCharsets.US_ASCII)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** As {@code new String(body, ISO_8859_1).isBlank()}, without the copy. */
  static boolean blank(byte[] body) {
    for (byte b : body) {
      if (!Character.isWhitespace((char) (b & 0xFF))) {
        return false;
      }
    }
    return true;
  }

  private static int indexOf(byte[] body, byte[] part) {
    outer:
    for (int i = 0; i <= body.length - part.length; i++) {
      for (int j = 0; j < part.length; j++) {
        if (body[i + j] != part[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
