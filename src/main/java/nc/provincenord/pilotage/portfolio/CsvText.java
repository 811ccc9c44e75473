package nc.provincenord.pilotage.portfolio;

/** A cell that a spreadsheet would take for a formula (= + - @) is prefixed with a quote: it stays text. */
final class CsvText {

  private CsvText() {
  }

  static String safe(String value) {
    if (value == null || value.isEmpty()) {
      return value;
    }
    char first = value.charAt(0);
    return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r' ? "'" + value : value;
  }
}
