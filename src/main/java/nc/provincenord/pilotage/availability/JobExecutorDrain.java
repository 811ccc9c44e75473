package nc.provincenord.pilotage.availability;

import java.time.Duration;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Graceful stop of the job executor, first thing when the application stops: job acquisition
 * stops (this node locks no more jobs), then the jobs already handed to the executor's threads
 * are given time to finish and commit while the database is still there. A job that does not
 * finish in time rolls back and keeps its lock until {@code lockTimeInMillis}; another node (or
 * this one restarted) then runs it: nothing is lost, it is late.
 */
@Component
class JobExecutorDrain implements SmartLifecycle {

  private static final Logger LOG = LoggerFactory.getLogger(JobExecutorDrain.class);
  private static final Duration LONGEST_WAIT = Duration.ofSeconds(25);

  private final ProcessEngine engine;
  private final TaskExecutor jobThreads;
  private volatile boolean running;

  JobExecutorDrain(ProcessEngine engine, @Qualifier("camundaTaskExecutor") ObjectProvider<TaskExecutor> jobThreads) {
    this.engine = engine;
    this.jobThreads = jobThreads.getIfAvailable();
  }

  @Override
  public void start() {
    running = true;
  }

  @Override
  public void stop() {
    running = false;
    JobExecutor jobExecutor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
    if (jobExecutor == null || !jobExecutor.isActive()) {
      return;
    }
    jobExecutor.shutdown();
    if (!(jobThreads instanceof ThreadPoolTaskExecutor pool)) {
      return;
    }
    long deadline = System.nanoTime() + LONGEST_WAIT.toNanos();
    while (busy(pool) && System.nanoTime() < deadline) {
      try {
        Thread.sleep(100);
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    if (busy(pool)) {
      LOG.warn("Arrêt : {} travail(aux) du moteur encore en cours ; ils seront repris après expiration de leur verrou",
          pool.getActiveCount() + pool.getQueueSize());
    }
  }

  private static boolean busy(ThreadPoolTaskExecutor pool) {
    return pool.getActiveCount() > 0 || pool.getQueueSize() > 0;
  }

  @Override
  public boolean isRunning() {
    return running;
  }
}
