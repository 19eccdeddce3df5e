package io.igbridge.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The group commit on its own, with a storage function whose commits the test holds and releases: requests that
 * arrive during a commit share the next one, none is answered before its commit, and a failed commit refuses every
 * request of its batch.
 */
class GroupCommitTests {

    private final ExecutorService requests = Executors.newFixedThreadPool(40);
    private final HeldStorage storage = new HeldStorage();
    private GroupCommit groupCommit;

    @AfterEach
    void tearDown() {
        storage.release.countDown();
        requests.shutdownNow();
        if (groupCommit != null) {
            groupCommit.close();
        }
    }

    @Test
    void requestsArrivingDuringACommitShareTheNextOneAndAreAnsweredOnlyOnceItIsDone() throws Exception {
        groupCommit = new GroupCommit(storage::commit, 256, storage);
        Future<Long> first = requests.submit(() -> groupCommit.store(delivery("first")));
        await().until(() -> storage.commitsStarted.size() == 1);
        List<Future<Long>> during = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String text = "during-" + i;
            during.add(requests.submit(() -> groupCommit.store(delivery(text))));
        }
        await().until(() -> groupCommit.waiting() == 30);

        assertThat(first).isNotDone();
        assertThat(during).noneMatch(Future::isDone);
        storage.release.countDown();

        assertThat(first.get()).isEqualTo(1);
        List<Long> ids = new ArrayList<>();
        for (Future<Long> request : during) {
            ids.add(request.get());
        }
        assertThat(ids).doesNotHaveDuplicates().allMatch(id -> id >= 2 && id <= 31);
        assertThat(storage.commitsStarted).containsExactly(1, 30);
        assertThat(storage.committedBatchSizes).containsExactly(1, 30);
    }

    @Test
    void aBatchIsNeverLargerThanTheLimit() throws Exception {
        groupCommit = new GroupCommit(storage::commit, 8, storage);
        Future<Long> first = requests.submit(() -> groupCommit.store(delivery("first")));
        await().until(() -> storage.commitsStarted.size() == 1);
        List<Future<Long>> during = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String text = "during-" + i;
            during.add(requests.submit(() -> groupCommit.store(delivery(text))));
        }
        await().until(() -> groupCommit.waiting() == 20);
        storage.release.countDown();
        first.get();
        for (Future<Long> request : during) {
            request.get();
        }
        assertThat(storage.commitsStarted).containsExactly(1, 8, 8, 4);
    }

    @Test
    void aFailedCommitRefusesEveryRequestOfItsBatchWith503AndTheNextBatchGoesThrough() {
        storage.release.countDown();
        storage.failNext = true;
        groupCommit = new GroupCommit(storage::commit, 256, storage);

        assertThatThrownBy(() -> groupCommit.store(delivery("lost")))
                .isInstanceOfSatisfying(DeliveryRefused.class,
                        refused -> assertThat(refused.getMessage()).contains("could not be stored"));
        assertThat(storage.failures).containsExactly(1);
        assertThat(groupCommit.store(delivery("kept"))).isEqualTo(1);
    }

    @Test
    void closingCommitsWhatIsAlreadyWaitingThenRefusesNewDeliveries() throws Exception {
        groupCommit = new GroupCommit(storage::commit, 256, storage);
        Future<Long> first = requests.submit(() -> groupCommit.store(delivery("first")));
        await().until(() -> storage.commitsStarted.size() == 1);
        Future<Long> waiting = requests.submit(() -> groupCommit.store(delivery("waiting")));
        await().until(() -> groupCommit.waiting() == 1);

        CompletableFuture<Void> closed = CompletableFuture.runAsync(groupCommit::close);
        await().until(() -> !groupCommit.isTaking());
        storage.release.countDown();
        closed.get();

        assertThat(first.get()).isEqualTo(1);
        assertThat(waiting.get()).isEqualTo(2);
        assertThatThrownBy(() -> groupCommit.store(delivery("late"))).isInstanceOf(DeliveryRefused.class);
    }

    private static NewDelivery delivery(String text) {
        return new NewDelivery(Instant.parse("2026-11-24T10:00:00Z"), text.getBytes(), 0, false, "application/json");
    }

    /** Ids from a counter; every commit waits for the test's release; one commit can be made to fail. */
    private static final class HeldStorage implements GroupCommit.BatchListener {

        final CountDownLatch release = new CountDownLatch(1);
        final List<Integer> commitsStarted = new CopyOnWriteArrayList<>();
        final List<Integer> committedBatchSizes = new CopyOnWriteArrayList<>();
        final List<Integer> failures = new CopyOnWriteArrayList<>();
        final AtomicLong nextId = new AtomicLong(1);
        volatile boolean failNext;

        long[] commit(List<NewDelivery> batch) {
            commitsStarted.add(batch.size());
            try {
                release.await();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(interrupted);
            }
            if (failNext) {
                failNext = false;
                throw new IllegalStateException("database unavailable");
            }
            long[] ids = new long[batch.size()];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = nextId.getAndIncrement();
            }
            return ids;
        }

        @Override
        public void committed(long[] ids) {
            committedBatchSizes.add(ids.length);
        }

        @Override
        public void failed(int size, RuntimeException cause) {
            failures.add(size);
        }
    }
}
