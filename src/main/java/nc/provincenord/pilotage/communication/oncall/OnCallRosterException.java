package nc.provincenord.pilotage.communication.oncall;

import java.util.List;

/** A roster change refused, with every reason in French. */
public class OnCallRosterException extends RuntimeException {

  private final List<String> errors;

  OnCallRosterException(List<String> errors) {
    super(String.join(" ", errors));
    this.errors = List.copyOf(errors);
  }

  public List<String> errors() {
    return errors;
  }
}
