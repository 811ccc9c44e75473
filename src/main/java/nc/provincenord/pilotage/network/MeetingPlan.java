package nc.provincenord.pilotage.network;

import java.time.OffsetDateTime;

/** A planned meeting as validated from the start form. */
record MeetingPlan(String title, OffsetDateTime startsAt, String placeCode, String placeLabel, String videoLink,
                   String agenda) {
}
