package nc.provincenord.pilotage.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import nc.provincenord.pilotage.notification.MailAttachment;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * An iCalendar file (RFC 5545) that agenda programs import: events in the province's zone
 * ({@code TZID=Pacific/Noumea}, with its VTIMEZONE: UTC+11, no daylight saving time), French
 * texts escaped, lines folded at 75 octets and ended by CRLF.
 */
public final class IcsCalendar {

  public static final String MEDIA_TYPE = "text/calendar";

  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
  private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  /** One event; {@code location} and {@code description} may be null. */
  public record Event(String uid, ZonedDateTime start, ZonedDateTime end, String summary, String location,
                      String description, String url) {
  }

  private final String name;
  private final String method;
  private final ZoneId zone;
  private final List<Event> events = new ArrayList<>();

  private IcsCalendar(String name, String method, ZoneId zone) {
    this.name = name;
    this.method = method;
    this.zone = zone;
  }

  /** A calendar to subscribe to or import ({@code METHOD:PUBLISH}). */
  public static IcsCalendar publish(String name, ZoneId zone) {
    return new IcsCalendar(name, "PUBLISH", zone);
  }

  public IcsCalendar add(Event event) {
    events.add(event);
    return this;
  }

  /** What a rendered calendar is: {@code text/calendar; method=PUBLISH; charset=UTF-8}. */
  public String contentType() {
    return MEDIA_TYPE + "; method=" + method + "; charset=UTF-8";
  }

  /** The calendar as a file joined to a mail (a meeting invitation). */
  public MailAttachment attachment(String fileName, Instant stamp) {
    return new MailAttachment(fileName, contentType(), render(stamp));
  }

  /** The calendar as a download named {@code fileName} (a page's "Ajouter à mon agenda"). */
  public ResponseEntity<byte[]> download(String fileName, Instant stamp) {
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(contentType()))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename(fileName, StandardCharsets.UTF_8).build().toString())
        .body(render(stamp).getBytes(StandardCharsets.UTF_8));
  }

  public String render(Instant stamp) {
    List<String> lines = new ArrayList<>();
    lines.add("BEGIN:VCALENDAR");
    lines.add("VERSION:2.0");
    lines.add("PRODID:-//Province Nord//Pilotage//FR");
    lines.add("CALSCALE:GREGORIAN");
    lines.add("METHOD:" + method);
    lines.add("X-WR-CALNAME:" + text(name));
    lines.add("X-WR-TIMEZONE:" + zone.getId());
    timezone(lines, stamp);
    for (Event event : events) {
      lines.add("BEGIN:VEVENT");
      lines.add("UID:" + event.uid());
      lines.add("DTSTAMP:" + UTC.format(stamp));
      lines.add("DTSTART;TZID=" + zone.getId() + ":" + LOCAL.format(event.start().withZoneSameInstant(zone)));
      lines.add("DTEND;TZID=" + zone.getId() + ":" + LOCAL.format(event.end().withZoneSameInstant(zone)));
      lines.add("SUMMARY;LANGUAGE=fr:" + text(event.summary()));
      if (event.location() != null && !event.location().isBlank()) {
        lines.add("LOCATION;LANGUAGE=fr:" + text(event.location()));
      }
      if (event.description() != null && !event.description().isBlank()) {
        lines.add("DESCRIPTION;LANGUAGE=fr:" + text(event.description()));
      }
      if (event.url() != null && !event.url().isBlank()) {
        lines.add("URL:" + event.url().replaceAll("[\\r\\n]", ""));
      }
      lines.add("END:VEVENT");
    }
    lines.add("END:VCALENDAR");
    StringBuilder out = new StringBuilder();
    lines.forEach(line -> out.append(fold(line)).append("\r\n"));
    return out.toString();
  }

  /** The zone's offset as it stands (the province has had no daylight saving time since 1979). */
  private void timezone(List<String> lines, Instant stamp) {
    ZoneOffset offset = zone.getRules().getOffset(stamp);
    String tz = offset.getId().equals("Z") ? "+0000" : offset.getId().replace(":", "");
    lines.add("BEGIN:VTIMEZONE");
    lines.add("TZID:" + zone.getId());
    lines.add("BEGIN:STANDARD");
    lines.add("DTSTART:19700101T000000");
    lines.add("TZOFFSETFROM:" + tz);
    lines.add("TZOFFSETTO:" + tz);
    lines.add("TZNAME:" + tz.substring(0, 3));
    lines.add("END:STANDARD");
    lines.add("END:VTIMEZONE");
  }

  /** RFC 5545 §3.3.11: backslash, semicolon, comma and line breaks escaped. */
  static String text(String value) {
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
        .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
  }

  /** RFC 5545 §3.1: lines longer than 75 octets go on with CRLF and a space, never inside a UTF-8 character. */
  static String fold(String line) {
    StringBuilder out = new StringBuilder();
    int octets = 0;
    for (int i = 0; i < line.length(); ) {
      int codePoint = line.codePointAt(i);
      String character = new String(Character.toChars(codePoint));
      int size = character.getBytes(StandardCharsets.UTF_8).length;
      if (octets + size > 75) {
        out.append("\r\n ");
        octets = 1;
      }
      out.append(character);
      octets += size;
      i += Character.charCount(codePoint);
    }
    return out.toString();
  }
}
