package nc.provincenord.pilotage.communication.urgent;

import java.util.Set;

/** An urgent message as validated from the start form or the REST call. */
record UrgentMessage(UrgentKind kind, String title, String message, Set<UrgentChannel> channels, String source, String area) {

  String channelCodes() {
    return UrgentForm.codes(channels);
  }
}
