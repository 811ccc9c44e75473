package nc.provincenord.pilotage.network;

import java.time.OffsetDateTime;

/** A planned meeting as validated from the start form. */
record MeetingPlan(String title, OffsetDateTime startsAt, MeetingPlace place, String videoLink, String agenda) {
}
