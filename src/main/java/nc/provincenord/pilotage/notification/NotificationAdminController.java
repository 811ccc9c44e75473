package nc.provincenord.pilotage.notification;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Failed notifications: a French page for administrators and the same in JSON for scripts.
 * Only {@code camunda-admin} reaches it: the security gate closes these paths to everyone else.
 */
@Controller
class NotificationAdminController {

  private static final java.time.format.DateTimeFormatter SHOWN = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

  private final NotificationAdministration administration;
  private final java.time.ZoneId zone;

  NotificationAdminController(NotificationAdministration administration, java.time.Clock clock) {
    this.administration = administration;
    this.zone = clock.getZone();
  }

  @GetMapping("/admin/notifications")
  String page(Model model) {
    List<OutboxRow> failed = administration.failed();
    model.addAttribute("failed", failed);
    model.addAttribute("failedAt", failed.stream().collect(java.util.stream.Collectors.toMap(
        OutboxRow::id, row -> row.failedAt() == null ? "" : SHOWN.format(row.failedAt().atZoneSameInstant(zone)))));
    model.addAttribute("pendingCount", administration.count(OutboxStatus.PENDING));
    model.addAttribute("failedCount", administration.count(OutboxStatus.FAILED));
    model.addAttribute("sentCount", administration.count(OutboxStatus.SENT));
    return "notification/admin";
  }

  @PostMapping("/admin/notifications/{id}/retry")
  String retryFromPage(@PathVariable long id, RedirectAttributes redirect) {
    redirect.addFlashAttribute("message", administration.retry(id)
        ? "La notification n° " + id + " est remise en file d'envoi."
        : "La notification n° " + id + " n'est pas en échec : rien à relancer.");
    return "redirect:/admin/notifications";
  }

  @GetMapping("/api/notifications/failed")
  @ResponseBody
  List<FailedNotification> failed() {
    return administration.failed().stream().map(FailedNotification::of).toList();
  }

  @PostMapping("/api/notifications/{id}/retry")
  @ResponseBody
  ResponseEntity<Map<String, Object>> retry(@PathVariable long id) {
    if (!administration.retry(id)) {
      return ResponseEntity.status(HttpStatus.NOT_FOUND)
          .body(Map.of("message", "Aucune notification en échec n° " + id + "."));
    }
    return ResponseEntity.ok(Map.of("id", id, "status", OutboxStatus.PENDING.name(),
        "message", "Notification remise en file d'envoi."));
  }

  record FailedNotification(long id, String eventKey, String recipient, String subject, int attempts, String lastError,
                            java.time.OffsetDateTime createdAt, java.time.OffsetDateTime failedAt) {
    static FailedNotification of(OutboxRow row) {
      return new FailedNotification(row.id(), row.eventKey(), row.recipient(), row.subject(), row.attempts(), row.lastError(),
          row.createdAt(), row.failedAt());
    }
  }
}
