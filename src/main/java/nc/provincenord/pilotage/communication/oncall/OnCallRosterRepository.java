package nc.provincenord.pilotage.communication.oncall;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class OnCallRosterRepository {

  private final JdbcClient jdbc;
  private final Clock clock;

  OnCallRosterRepository(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  Optional<OnCallWeek> find(LocalDate weekStart) {
    return jdbc.sql("select week_start, on_duty_user, backup_user from on_call_week where week_start = :week")
        .param("week", weekStart)
        .query((rs, row) -> new OnCallWeek(rs.getObject("week_start", LocalDate.class), rs.getString("on_duty_user"),
            rs.getString("backup_user")))
        .optional();
  }

  List<OnCallWeek> between(LocalDate firstWeek, LocalDate lastWeek) {
    return jdbc.sql("""
            select week_start, on_duty_user, backup_user from on_call_week
            where week_start between :first and :last order by week_start""")
        .param("first", firstWeek)
        .param("last", lastWeek)
        .query((rs, row) -> new OnCallWeek(rs.getObject("week_start", LocalDate.class), rs.getString("on_duty_user"),
            rs.getString("backup_user")))
        .list();
  }

  void insert(OnCallWeek week, String by) {
    jdbc.sql("""
            insert into on_call_week (week_start, on_duty_user, backup_user, updated_by, updated_at)
            values (:week, :onDuty, :backup, :by, :now)""")
        .param("week", week.weekStart())
        .param("onDuty", week.onDutyUser())
        .param("backup", week.backupUser())
        .param("by", by)
        .param("now", OffsetDateTime.now(clock))
        .update();
  }

  void update(OnCallWeek week, String by) {
    jdbc.sql("""
            update on_call_week set on_duty_user = :onDuty, backup_user = :backup, updated_by = :by, updated_at = :now
            where week_start = :week""")
        .param("week", week.weekStart())
        .param("onDuty", week.onDutyUser())
        .param("backup", week.backupUser())
        .param("by", by)
        .param("now", OffsetDateTime.now(clock))
        .update();
  }

  void delete(LocalDate weekStart) {
    jdbc.sql("delete from on_call_week where week_start = :week").param("week", weekStart).update();
  }
}
