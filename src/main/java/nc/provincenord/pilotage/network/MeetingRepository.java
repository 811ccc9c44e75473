package nc.provincenord.pilotage.network;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Référents meetings and their action items, in the engine's transaction. */
@Repository
class MeetingRepository {

  private final JdbcClient jdbc;
  private final Clock clock;

  MeetingRepository(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  void insert(String processInstanceId, MeetingPlan plan, String organizer) {
    jdbc.sql("""
            insert into referent_meeting (process_instance_id, title, starts_at, place_code, place_label, video_link, agenda, organizer,
              planned_at, status)
            values (:id, :title, :startsAt, :placeCode, :placeLabel, :videoLink, :agenda, :organizer, :now, 'PLANNED')""")
        .param("id", processInstanceId)
        .param("title", plan.title())
        .param("startsAt", plan.startsAt())
        .param("placeCode", plan.placeCode())
        .param("placeLabel", plan.placeLabel())
        .param("videoLink", plan.videoLink())
        .param("agenda", plan.agenda())
        .param("organizer", organizer)
        .param("now", now())
        .update();
  }

  void recordInvited(String processInstanceId) {
    jdbc.sql("update referent_meeting set invited_at = :now, status = 'INVITED' where process_instance_id = :id")
        .param("id", processInstanceId).param("now", now()).update();
  }

  /** Stores the minutes and the actions; returns the new action ids in order. */
  List<String> recordMinutes(String processInstanceId, String minutes, String attendees, List<ActionItem> actions) {
    jdbc.sql("""
            update referent_meeting set minutes = :minutes, attendees = :attendees, minutes_at = :now, status = :status
            where process_instance_id = :id""")
        .param("id", processInstanceId)
        .param("minutes", minutes)
        .param("attendees", attendees)
        .param("now", now())
        .param("status", actions.isEmpty() ? "CLOSED" : "ACTIONS")
        .update();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < actions.size(); i++) {
      ActionItem action = actions.get(i);
      String id = UUID.randomUUID().toString();
      jdbc.sql("""
              insert into referent_action (id, process_instance_id, position, what, owner, due_date, status)
              values (:id, :meeting, :position, :what, :owner, :due, 'OPEN')""")
          .param("id", id)
          .param("meeting", processInstanceId)
          .param("position", i + 1)
          .param("what", action.what())
          .param("owner", action.owner())
          .param("due", action.dueDate())
          .update();
      ids.add(id);
    }
    return ids;
  }

  Optional<ActionItem> action(String actionId) {
    return jdbc.sql("select what, owner, due_date from referent_action where id = :id")
        .param("id", actionId)
        .query((rs, row) -> new ActionItem(rs.getString("what"), rs.getString("owner"), rs.getObject("due_date", LocalDate.class)))
        .optional();
  }

  void recordActionOutcome(String actionId, String outcome, String comment, String by) {
    jdbc.sql("""
            update referent_action set status = :status, outcome_comment = :comment, completed_by = :by, completed_at = :now
            where id = :id""")
        .param("id", actionId)
        .param("status", outcome)
        .param("comment", comment)
        .param("by", by)
        .param("now", now())
        .update();
  }

  void close(String processInstanceId) {
    jdbc.sql("update referent_meeting set status = 'CLOSED', closed_at = :now where process_instance_id = :id")
        .param("id", processInstanceId).param("now", now()).update();
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }
}
