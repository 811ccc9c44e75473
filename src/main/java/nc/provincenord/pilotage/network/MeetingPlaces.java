package nc.provincenord.pilotage.network;

import java.util.Optional;
import nc.provincenord.pilotage.reference.CommuneRepository;
import org.springframework.stereotype.Component;

/**
 * Where a référents meeting takes place: one of the communes of Province Nord, by its INSEE
 * code (the reference table, not a copy of it), or a video call ({@value #VIDEO_CALL}).
 */
@Component
class MeetingPlaces {

  static final String VIDEO_CALL = "VISIO";
  static final String VIDEO_CALL_LABEL = "Visioconférence";

  private final CommuneRepository communes;

  MeetingPlaces(CommuneRepository communes) {
    this.communes = communes;
  }

  /** The French name of the place, or empty when the code is neither a commune nor a video call. */
  Optional<String> label(String code) {
    if (VIDEO_CALL.equals(code)) {
      return Optional.of(VIDEO_CALL_LABEL);
    }
    return Optional.ofNullable(communes.namesByInseeCode().get(code));
  }
}
