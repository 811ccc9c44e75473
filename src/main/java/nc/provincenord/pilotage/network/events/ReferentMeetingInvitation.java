package nc.provincenord.pilotage.network.events;

import java.time.OffsetDateTime;
import java.util.List;

/** A meeting of the référents is planned: every member of the groups is invited (a Tasklist task awaits them too). */
public record ReferentMeetingInvitation(String processInstanceId, String title, OffsetDateTime startsAt, String place,
                                        String videoLink, String agenda, String organizer, List<String> recipientGroupIds) {
}
