package io.igbridge.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Who looks for work when it arrives: one waiting worker, and one more for each that found some. */
class BackgroundWorkerTests {

    static final int THREADS = 4;
    /** Longer than the tests: every look they count was woken, none was a poll. */
    static final Duration POLL = Duration.ofMinutes(5);

    Workers workers;

    static final class Workers extends BackgroundWorker {
        Workers(BooleanSupplier workOnce) {
            super("test-worker", THREADS, workOnce, POLL, true, "off", Clock.systemUTC());
        }

        Workers(Unit workOnce) {
            super("test-worker", THREADS, workOnce, POLL, true, "off", Clock.systemUTC());
        }

        void arrived() {
            wakeUp();
        }
    }

    @AfterEach
    void stop() {
        workers.stop();
    }

    @Test
    void workArrivingWakesOneWaitingWorkerNotAll() {
        AtomicInteger looks = new AtomicInteger();
        workers = new Workers(() -> {
            looks.incrementAndGet();
            return false;
        });
        workers.start();
        await().atMost(Duration.ofSeconds(5)).until(() -> looks.get() == THREADS); // each looks once at start

        workers.arrived();

        await().atMost(Duration.ofSeconds(5)).until(() -> looks.get() == THREADS + 1);
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(1)).until(() -> looks.get() == THREADS + 1);
    }

    @Test
    void eachWorkerThatFindsWorkWakesAnotherAtOnceUntilAllAreBusy() {
        AtomicInteger due = new AtomicInteger();
        AtomicInteger looks = new AtomicInteger();
        // a unit of work lasts until every worker is busy at once (or 10 s): only workers woken as soon as another found
        // work get there (like a batch of calls to Meta, claimed, then sent one by one)
        CountDownLatch allBusy = new CountDownLatch(THREADS);
        workers = new Workers((BackgroundWorker.Unit) foundWork -> {
            looks.incrementAndGet();
            boolean found = due.getAndUpdate(left -> Math.max(0, left - 1)) > 0;
            if (found) {
                foundWork.run();
                allBusy.countDown();
                try {
                    allBusy.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException stopping) {
                    Thread.currentThread().interrupt();
                }
            }
            return found;
        });
        workers.start();
        await().atMost(Duration.ofSeconds(5)).until(() -> looks.get() == THREADS);

        due.set(40);
        workers.arrived();

        await().atMost(Duration.ofSeconds(5)).until(() -> allBusy.getCount() == 0);
        await().atMost(Duration.ofSeconds(5)).until(() -> due.get() == 0);
    }

    @Test
    void allWaitingOnlyOnceEveryWorkerHasEndedAUnitAndNoneIsInOne() {
        CountDownLatch release = new CountDownLatch(1);
        workers = new Workers(() -> {
            try {
                release.await(10, TimeUnit.SECONDS); // the first look at start lasts until released
            } catch (InterruptedException stopping) {
                Thread.currentThread().interrupt();
            }
            return false;
        });
        assertThat(workers.allWaiting()).as("not started").isFalse();
        workers.start();
        await().during(Duration.ofMillis(200)).atMost(Duration.ofSeconds(1)).until(() -> !workers.allWaiting());

        release.countDown();

        await().atMost(Duration.ofSeconds(5)).until(workers::allWaiting);
    }
}
