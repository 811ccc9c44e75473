package nc.provincenord.pilotage.communication.publication;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** A publication request as validated from the start or revision form. */
record PublicationRequest(String title, String text, Set<PublicationChannel> channels, String audience,
                          boolean engagesPolicy, LocalDate desiredDate, List<String> mediaLinks) {

  String channelCodes() {
    return String.join(",", channels.stream().map(Enum::name).toList());
  }
}
