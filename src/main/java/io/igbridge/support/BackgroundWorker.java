package io.igbridge.support;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * One or more {@link PollingWorker}s doing the same work (each claims its own, e.g. with {@code SKIP LOCKED}),
 * started and stopped with the application, unless switched off on this node. Work that arrives wakes one of them,
 * and each that found work wakes another: as many look as there is work for, instead of all of them at every
 * arrival (with eight sending threads, each action enqueued cost eight reads of the queue and up to eight lock
 * attempts, all but one in vain).
 */
public abstract class BackgroundWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(BackgroundWorker.class);

    private final List<PollingWorker> workers;
    /** Where the next wake-up starts looking for a waiting worker, so they take turns. */
    private final AtomicInteger nextToWake = new AtomicInteger();
    private final boolean enabled;
    private final String whenOff;

    /** @param whenOff what is logged at start-up when the worker is switched off */
    protected BackgroundWorker(String name, BooleanSupplier workOnce, Duration pollInterval, boolean enabled,
            String whenOff, Clock clock) {
        this(name, 1, workOnce, pollInterval, enabled, whenOff, clock);
    }

    /** @param threads how many threads do the work on this node */
    protected BackgroundWorker(String name, int threads, BooleanSupplier workOnce, Duration pollInterval,
            boolean enabled, String whenOff, Clock clock) {
        this(name, threads, foundWork -> workOnce.getAsBoolean(), pollInterval, enabled, whenOff, clock);
    }

    /**
     * @param workOnce a unit of work that, given a way to wake another worker, may call it as soon as it found work
     *                 (before doing it: a unit that takes long, a batch of calls to Meta, then does not keep the
     *                 others waiting); a unit that found work and did not call it wakes another once it ends
     */
    protected BackgroundWorker(String name, int threads, Unit workOnce, Duration pollInterval, boolean enabled,
            String whenOff, Clock clock) {
        List<PollingWorker> created = new ArrayList<>();
        BooleanSupplier workingWakesAnother = () -> {
            boolean[] woke = {false};
            boolean found = workOnce.workOnce(() -> {
                if (!woke[0] && threads > 1) {
                    woke[0] = true;
                    wakeUp();
                }
            });
            if (found && !woke[0] && threads > 1) {
                wakeUp(); // there may be more
            }
            return found;
        };
        for (int i = 0; i < threads; i++) {
            created.add(new PollingWorker(threads == 1 ? name : name + "-" + (i + 1), workingWakesAnother,
                    pollInterval, clock));
        }
        this.workers = List.copyOf(created);
        this.enabled = enabled;
        this.whenOff = whenOff;
    }

    /** A unit of work; returns false when there was none. */
    @FunctionalInterface
    protected interface Unit {
        boolean workOnce(Runnable foundWork);
    }

    /**
     * Work arrived: one worker looks now instead of at the next poll, a waiting one if there is one (otherwise one
     * looks again after the unit it is doing).
     */
    protected void wakeUp() {
        int count = workers.size();
        int first = Math.floorMod(nextToWake.getAndIncrement(), count);
        for (int i = 0; i < count; i++) {
            PollingWorker worker = workers.get((first + i) % count);
            if (worker.isWaiting()) {
                worker.wakeUp();
                return;
            }
        }
        workers.get(first).wakeUp();
    }

    @Override
    public void start() {
        if (enabled) {
            workers.forEach(PollingWorker::start);
        } else {
            log.info(whenOff);
        }
    }

    @Override
    public void stop() {
        workers.forEach(PollingWorker::stop);
    }

    @Override
    public boolean isRunning() {
        return workers.stream().anyMatch(PollingWorker::isRunning);
    }

    /**
     * Every thread of this node is between two units of work, waiting: each has done at least one (a check at
     * start-up, for instance) and none is doing one now. Never true while switched off on this node: no thread runs.
     */
    public boolean allWaiting() {
        return workers.stream().allMatch(PollingWorker::isWaiting);
    }

    /** Switched off on this node, or all its threads alive. */
    public boolean isHealthy() {
        return !enabled || workers.stream().allMatch(PollingWorker::isAlive);
    }
}
