package nc.provincenord.pilotage.communication.oncall;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The on-call roster as JSON, for scripts and other systems (HTTP Basic):
 * {@code GET /api/astreinte/semaines}, {@code GET /api/astreinte/actuelle},
 * {@code POST /api/astreinte/semaines}, {@code PUT|DELETE /api/astreinte/semaines/{lundi}}.
 */
@RestController
@RequestMapping("/api/astreinte")
class OnCallRosterApiController {

  private final OnCallRoster roster;

  OnCallRosterApiController(OnCallRoster roster) {
    this.roster = roster;
  }

  @GetMapping("/semaines")
  List<WeekJson> weeks(Authentication user,
                       @RequestParam(name = "depuis", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                       @RequestParam(name = "nombre", defaultValue = "9") int count) {
    RosterAccess.requireRead(user);
    return roster.weeks(from == null ? roster.currentWeek() : from, count).stream().map(WeekJson::of).toList();
  }

  @GetMapping("/actuelle")
  WeekJson current(Authentication user) {
    RosterAccess.requireRead(user);
    return WeekJson.of(roster.weeks(roster.currentWeek(), 1).get(0));
  }

  @PostMapping("/semaines")
  ResponseEntity<WeekJson> add(Authentication user, @RequestBody WeekChange change) {
    RosterAccess.requireEdit(user);
    OnCallWeek week = roster.add(change.semaine(), change.astreinte(), change.suppleant(), user.getName());
    return ResponseEntity.status(HttpStatus.CREATED).body(WeekJson.of(week));
  }

  @PutMapping("/semaines/{lundi}")
  WeekJson save(Authentication user, @PathVariable("lundi") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate monday,
                @RequestBody WeekChange change) {
    RosterAccess.requireEdit(user);
    return WeekJson.of(roster.save(monday, change.astreinte(), change.suppleant(), user.getName()));
  }

  @DeleteMapping("/semaines/{lundi}")
  ResponseEntity<Void> remove(Authentication user,
                              @PathVariable("lundi") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate monday) {
    RosterAccess.requireEdit(user);
    return roster.remove(monday) ? ResponseEntity.noContent().build() : ResponseEntity.notFound().build();
  }

  @ExceptionHandler(OnCallRosterException.class)
  ResponseEntity<Map<String, Object>> refused(OnCallRosterException refused) {
    return ResponseEntity.badRequest().body(Map.of("message", refused.getMessage(), "erreurs", refused.errors()));
  }

  /** A week as JSON, with French field names like the page. */
  record WeekJson(LocalDate semaine, LocalDate fin, String astreinte, String suppleant, boolean sansAstreinte, String alerte) {

    static WeekJson of(OnCallWeek week) {
      return new WeekJson(week.weekStart(), week.weekEnd(), week.onDutyUser(), week.backupUser(), week.gap(),
          week.gap() ? "Aucun agent d'astreinte pour la semaine du " + OnCallRoster.french(week.weekStart()) + "." : null);
    }
  }

  /** The body of a change: the Monday (for POST), the on-duty agent and the optional backup. */
  record WeekChange(LocalDate semaine, String astreinte, String suppleant) {
  }
}
