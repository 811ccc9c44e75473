package nc.provincenord.pilotage.web;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.server.ResponseStatusException;

/**
 * The JSON API of every capability answers errors the same way: {@code {"message": "…"}} in
 * French, instead of Spring Boot's English {@code "error": "Bad Request"} without the reason.
 */
@RestControllerAdvice(annotations = RestController.class)
class FrenchApiErrors {

  @ExceptionHandler(ResponseStatusException.class)
  ResponseEntity<Map<String, String>> refused(ResponseStatusException error) {
    String reason = error.getReason() != null ? error.getReason() : defaultMessage(error.getStatusCode().value());
    return ResponseEntity.status(error.getStatusCode()).body(Map.of("message", reason));
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<Map<String, String>> wrongType(MethodArgumentTypeMismatchException error) {
    return badRequest("La valeur « " + error.getValue() + " » n'est pas valable pour le paramètre « " + error.getName() + " ».");
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  ResponseEntity<Map<String, String>> missing(MissingServletRequestParameterException error) {
    return badRequest("Le paramètre « " + error.getParameterName() + " » est obligatoire.");
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<Map<String, String>> unreadable(HttpMessageNotReadableException error) {
    return badRequest("Le contenu envoyé n'est pas un JSON valable pour cette requête.");
  }

  private static ResponseEntity<Map<String, String>> badRequest(String message) {
    return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Map.of("message", message));
  }

  static String defaultMessage(int status) {
    return switch (status) {
      case 401 -> "Authentification requise.";
      case 403 -> "Accès refusé.";
      case 404 -> "Introuvable.";
      default -> status >= 500 ? "Erreur interne de Pilotage." : "Requête refusée.";
    };
  }
}
