package nc.provincenord.pilotage.communication.publication;

import nc.provincenord.pilotage.engine.ModelHelper;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import nc.provincenord.pilotage.process.FormCheck;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When a validated publication becomes due: the desired date at the configured time
 * ({@code pilotage.publication.publish-time}, 07:00 Nouméa by default). Used by the BPMN
 * timer as {@code ${publicationSchedule.publishAt(publicationDesiredDate)}}; a date already
 * past makes the timer fire at once.
 */
@ModelHelper
@Component("publicationSchedule")
public class PublicationSchedule {

  private final Clock clock;
  private final LocalTime publishTime;

  public PublicationSchedule(Clock clock, @Value("${pilotage.publication.publish-time:07:00}") LocalTime publishTime) {
    this.clock = clock;
    this.publishTime = publishTime;
  }

  public Date publishAt(String desiredDate) {
    LocalDate date = FormCheck.parseDate(desiredDate);
    if (date == null) {
      throw new IllegalArgumentException("Date de publication illisible : " + desiredDate);
    }
    return Date.from(date.atTime(publishTime).atZone(clock.getZone()).toInstant());
  }
}
