package nc.provincenord.pilotage.notification;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code pilotage.notification.*}: sender, dispatcher, retries, health and task mails. */
@ConfigurationProperties("pilotage.notification")
public class NotificationProperties {

  /** The From address of every mail. */
  private String from = "Pilotage DSI <pilotage@province-nord.nc>";
  private final Dispatcher dispatcher = new Dispatcher();
  private final Retry retry = new Retry();
  private final Health health = new Health();
  private final TaskMail taskMail = new TaskMail();

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public Dispatcher getDispatcher() {
    return dispatcher;
  }

  public Retry getRetry() {
    return retry;
  }

  public Health getHealth() {
    return health;
  }

  public TaskMail getTaskMail() {
    return taskMail;
  }

  public static class Dispatcher {
    /** Whether the scheduled polling runs on this node ({@code dispatchOnce()} can always be called). */
    private boolean enabled = true;
    private Duration interval = Duration.ofSeconds(15);
    private int batchSize = 50;
    /** How long a node keeps a claimed row before another node may take it (a node that died). */
    private Duration claimTimeout = Duration.ofMinutes(5);

    public boolean isEnabled() {
      return enabled;
    }

    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    public Duration getInterval() {
      return interval;
    }

    public void setInterval(Duration interval) {
      this.interval = interval;
    }

    public int getBatchSize() {
      return batchSize;
    }

    public void setBatchSize(int batchSize) {
      this.batchSize = batchSize;
    }

    public Duration getClaimTimeout() {
      return claimTimeout;
    }

    public void setClaimTimeout(Duration claimTimeout) {
      this.claimTimeout = claimTimeout;
    }
  }

  public static class Retry {
    /** Attempts before a row is kept as failed. */
    private int maxAttempts = 8;
    private Duration initialBackoff = Duration.ofMinutes(1);
    private double multiplier = 2;
    private Duration maxBackoff = Duration.ofHours(6);

    /** The wait after the given failed attempt (1 = first): initial × multiplier^(attempt-1), capped. */
    public Duration backoffAfter(int attempt) {
      double millis = initialBackoff.toMillis() * Math.pow(multiplier, Math.max(0, attempt - 1));
      return millis >= maxBackoff.toMillis() ? maxBackoff : Duration.ofMillis((long) millis);
    }

    public int getMaxAttempts() {
      return maxAttempts;
    }

    public void setMaxAttempts(int maxAttempts) {
      this.maxAttempts = maxAttempts;
    }

    public Duration getInitialBackoff() {
      return initialBackoff;
    }

    public void setInitialBackoff(Duration initialBackoff) {
      this.initialBackoff = initialBackoff;
    }

    public double getMultiplier() {
      return multiplier;
    }

    public void setMultiplier(double multiplier) {
      this.multiplier = multiplier;
    }

    public Duration getMaxBackoff() {
      return maxBackoff;
    }

    public void setMaxBackoff(Duration maxBackoff) {
      this.maxBackoff = maxBackoff;
    }
  }

  public static class Health {
    /** The indicator leaves UP when more failed rows than this are kept. */
    private int failedThreshold = 10;
    /** DOWN or OUT_OF_SERVICE. */
    private String statusWhenExceeded = Status.DOWN.getCode();

    public int getFailedThreshold() {
      return failedThreshold;
    }

    public void setFailedThreshold(int failedThreshold) {
      this.failedThreshold = failedThreshold;
    }

    public String getStatusWhenExceeded() {
      return statusWhenExceeded;
    }

    public void setStatusWhenExceeded(String statusWhenExceeded) {
      this.statusWhenExceeded = statusWhenExceeded;
    }
  }

  public static class TaskMail {
    /** Mails for every user task created (candidate groups) or assigned. */
    private boolean enabled = true;
    /** Process variables holding the title of the project or item, first found wins. */
    private List<String> titleVariables = new ArrayList<>(List.of("projectTitle", "watchTitle"));

    public boolean isEnabled() {
      return enabled;
    }

    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    public List<String> getTitleVariables() {
      return titleVariables;
    }

    public void setTitleVariables(List<String> titleVariables) {
      this.titleVariables = titleVariables;
    }
  }
}
