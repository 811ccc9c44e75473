package nc.provincenord.pilotage.communication.oncall;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import nc.provincenord.pilotage.security.Role;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The on-call roster of the communication service: who is on duty and who is backup,
 * week by week (Monday 00:00 to Sunday 23:59, Nouméa). Validates every change in French.
 */
@Service
public class OnCallRoster {

  /** Groups whose members may be on duty or backup. */
  static final List<String> ELIGIBLE_GROUPS = List.of(Role.ON_CALL.groupId(), Role.COMMUNICATION.groupId());
  static final int MAX_WEEKS = 104;

  private final OnCallRosterRepository repository;
  private final IdentityService identityService;
  private final Clock clock;

  OnCallRoster(OnCallRosterRepository repository, IdentityService identityService, Clock clock) {
    this.repository = repository;
    this.identityService = identityService;
    this.clock = clock;
  }

  /** The Monday starting the week of the given date. */
  public static LocalDate weekOf(LocalDate date) {
    return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  public LocalDate currentWeek() {
    return weekOf(LocalDate.now(clock));
  }

  /** Who covers the given moment, if anyone. */
  @Transactional(readOnly = true)
  public Optional<OnCallWeek> coverage(ZonedDateTime moment) {
    return repository.find(weekOf(moment.withZoneSameInstant(clock.getZone()).toLocalDate()));
  }

  /** Every week from {@code firstWeek} on, gaps included (as weeks without anyone on duty). */
  @Transactional(readOnly = true)
  public List<OnCallWeek> weeks(LocalDate firstWeek, int count) {
    LocalDate first = weekOf(firstWeek);
    int weeks = Math.max(1, Math.min(count, MAX_WEEKS));
    Map<LocalDate, OnCallWeek> planned = repository.between(first, first.plusWeeks(weeks - 1L)).stream()
        .collect(Collectors.toMap(OnCallWeek::weekStart, Function.identity()));
    List<OnCallWeek> result = new ArrayList<>();
    for (int i = 0; i < weeks; i++) {
      LocalDate week = first.plusWeeks(i);
      result.add(planned.getOrDefault(week, new OnCallWeek(week, null, null)));
    }
    return result;
  }

  /** Weeks from the current one that nobody covers. */
  @Transactional(readOnly = true)
  public List<LocalDate> gaps(int weeks) {
    return weeks(currentWeek(), weeks).stream().filter(OnCallWeek::gap).map(OnCallWeek::weekStart).toList();
  }

  /** Plans a new week; refused when the week is already planned (it would overlap). */
  @Transactional
  public OnCallWeek add(LocalDate weekStart, String onDutyUser, String backupUser, String by) {
    OnCallWeek week = validated(weekStart, onDutyUser, backupUser);
    if (repository.find(week.weekStart()).isPresent()) {
      throw new OnCallRosterException(List.of("La semaine du " + french(week.weekStart()) + " au " + french(week.weekEnd())
          + " est déjà planifiée : une astreinte ne peut pas en chevaucher une autre. Modifiez la semaine existante."));
    }
    repository.insert(week, by);
    return week;
  }

  /** Creates or replaces the week's on-duty and backup agents. */
  @Transactional
  public OnCallWeek save(LocalDate weekStart, String onDutyUser, String backupUser, String by) {
    OnCallWeek week = validated(weekStart, onDutyUser, backupUser);
    if (repository.find(week.weekStart()).isPresent()) {
      repository.update(week, by);
    } else {
      repository.insert(week, by);
    }
    return week;
  }

  @Transactional
  public boolean remove(LocalDate weekStart) {
    boolean existed = repository.find(weekStart).isPresent();
    repository.delete(weekStart);
    return existed;
  }

  /** Idempotent: plans only weeks that have nothing yet. */
  @Transactional
  public int planIfEmpty(LocalDate firstWeek, int weeks, String onDutyUser, String backupUser, String by) {
    int created = 0;
    for (int i = 0; i < weeks; i++) {
      LocalDate week = weekOf(firstWeek).plusWeeks(i);
      if (repository.find(week).isEmpty()) {
        repository.insert(new OnCallWeek(week, onDutyUser, backupUser), by);
        created++;
      }
    }
    return created;
  }

  private OnCallWeek validated(LocalDate weekStart, String onDutyUser, String backupUser) {
    List<String> errors = new ArrayList<>();
    String onDuty = blankToNull(onDutyUser);
    String backup = blankToNull(backupUser);
    if (weekStart == null) {
      errors.add("Indiquez le lundi de la semaine d'astreinte.");
    } else if (weekStart.getDayOfWeek() != DayOfWeek.MONDAY) {
      errors.add("Une semaine d'astreinte commence un lundi : le " + french(weekStart) + " n'en est pas un (lundi de cette semaine : "
          + french(weekOf(weekStart)) + ").");
    }
    if (onDuty == null) {
      errors.add("Une semaine sans agent d'astreinte n'est pas possible : indiquez l'agent d'astreinte.");
    } else {
      checkUser(onDuty, "L'agent d'astreinte", errors);
    }
    if (backup != null) {
      checkUser(backup, "Le suppléant", errors);
      if (backup.equals(onDuty)) {
        errors.add("Le suppléant doit être une autre personne que l'agent d'astreinte.");
      }
    }
    if (!errors.isEmpty()) {
      throw new OnCallRosterException(errors);
    }
    return new OnCallWeek(weekStart, onDuty, backup);
  }

  private void checkUser(String userId, String role, List<String> errors) {
    if (identityService.createUserQuery().userId(userId).count() == 0) {
      errors.add(role + " « " + userId + " » n'est pas un utilisateur connu.");
    } else if (ELIGIBLE_GROUPS.stream()
        .noneMatch(group -> identityService.createUserQuery().userId(userId).memberOfGroup(group).count() > 0)) {
      errors.add(role + " « " + userId + " » n'appartient ni au groupe « astreinte » ni au groupe « communication ».");
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  public static String french(LocalDate date) {
    return String.format("%02d/%02d/%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
  }
}
