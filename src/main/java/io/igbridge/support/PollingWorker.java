package io.igbridge.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A background thread that does a unit of work as long as there is some, then waits until woken up or until
 * the poll interval passes (work from other nodes and retries are found by polling). An exception — typically
 * the database being away — is logged at most once a minute and the worker carries on after a pause.
 */
public final class PollingWorker {

    private static final Logger log = LoggerFactory.getLogger(PollingWorker.class);
    private static final Duration ERROR_LOG_INTERVAL = Duration.ofMinutes(1);

    private final String name;
    private final BooleanSupplier workOnce;
    private final Duration pollInterval;
    private final Clock clock;
    private final Semaphore wakeUp = new Semaphore(0);
    private volatile boolean running;
    /** Between two units of work, waiting to be woken up or for the next poll. */
    private volatile boolean waiting;
    private Thread thread;
    private Instant lastErrorLogged = Instant.EPOCH;

    /** @param workOnce does one unit of work; returns false when there was none */
    public PollingWorker(String name, BooleanSupplier workOnce, Duration pollInterval, Clock clock) {
        this.name = name;
        this.workOnce = workOnce;
        this.pollInterval = pollInterval;
        this.clock = clock;
    }

    public synchronized void start() {
        running = true;
        thread = new Thread(this::run, name);
        thread.setDaemon(true);
        thread.start();
    }

    public synchronized void stop() {
        running = false;
        wakeUp.release();
        if (thread != null) {
            try {
                thread.join(Duration.ofSeconds(10).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    public boolean isRunning() {
        return running;
    }

    /** Whether the worker's thread is alive (false when it was never started, or ended). */
    public boolean isAlive() {
        Thread current = thread;
        return current != null && current.isAlive();
    }

    /** Work arrived: look now instead of at the next poll (after the unit under way, if busy). */
    public void wakeUp() {
        wakeUp.release();
    }

    /** Whether the worker is between two units of work, waiting. */
    public boolean isWaiting() {
        return waiting;
    }

    private void run() {
        while (running) {
            try {
                if (!workOnce.getAsBoolean()) {
                    waitForWork();
                }
            } catch (Throwable trouble) { // an Error must not end the only worker thread silently
                logRateLimited(trouble);
                waitForWork();
            }
        }
    }

    private void waitForWork() {
        waiting = true;
        try {
            wakeUp.tryAcquire(pollInterval.toMillis(), TimeUnit.MILLISECONDS);
            wakeUp.drainPermits();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        } finally {
            waiting = false;
        }
    }

    private void logRateLimited(Throwable failure) {
        Instant now = clock.instant();
        if (now.isAfter(lastErrorLogged.plus(ERROR_LOG_INTERVAL))) {
            lastErrorLogged = now;
            log.warn("{} failed (retrying every {}; is the database reachable?): {}", name, pollInterval,
                    Failures.describe(failure));
        }
    }
}
