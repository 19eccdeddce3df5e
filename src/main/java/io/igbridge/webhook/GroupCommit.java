package io.igbridge.webhook;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

import org.springframework.http.HttpStatus;

/**
 * Application-level group commit: concurrent requests hand their delivery to one committer thread, which inserts
 * everything waiting in one transaction and commits it, then answers each request with its row's id. One commit
 * (one fsync on PostgreSQL, one file write on H2) thus serves as many requests as arrived during the previous
 * commit, with no added delay when traffic is light: a lone request is committed on its own, at once.
 *
 * <p>A request is answered only once its batch is committed. The waiting line is bounded: when it is full, or the
 * commit does not come in time, the request is refused with 503 (Meta retries) instead of piling up in memory.
 */
final class GroupCommit implements AutoCloseable {

    /** Requests waiting for a commit, at most; beyond, 503 at once. */
    static final int QUEUE_CAPACITY = 10_000;
    private static final long WAIT_SECONDS = 10;

    private final BlockingQueue<Waiting> queue = new ArrayBlockingQueue<>(QUEUE_CAPACITY);
    private final Function<List<NewDelivery>, long[]> insertAndCommit;
    private final int maxBatch;
    private final BatchListener listener;
    private final Thread committer;
    private volatile boolean running = true;

    /** Told of each batch committed or failed, on the committer thread. */
    interface BatchListener {
        void committed(long[] ids);

        void failed(int size, RuntimeException cause);
    }

    /**
     * @param insertAndCommit inserts the deliveries in one transaction, commits it, and returns their ids in order;
     *                        throws when nothing was committed
     */
    GroupCommit(Function<List<NewDelivery>, long[]> insertAndCommit, int maxBatch, BatchListener listener) {
        this.insertAndCommit = insertAndCommit;
        this.maxBatch = maxBatch;
        this.listener = listener;
        this.committer = new Thread(this::commitLoop, "igbridge-intake-commit");
        committer.setDaemon(true);
        committer.start();
    }

    /**
     * Stores one delivery durably, sharing the commit with whatever else is waiting.
     *
     * @return the delivery's id, once committed
     * @throws DeliveryRefused 503 when the line is full, the commit failed or took too long
     */
    long store(NewDelivery delivery) {
        var waiting = new Waiting(delivery, new CompletableFuture<>());
        if (!running || !queue.offer(waiting)) {
            throw unavailable("too many deliveries are waiting to be stored; retry later");
        }
        try {
            return waiting.id().get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException failed) {
            throw unavailable("the delivery could not be stored; retry later");
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw unavailable("the delivery could not be stored; retry later");
        }
    }

    /** Deliveries waiting for the next commit. */
    int waiting() {
        return queue.size();
    }

    /** False once closing: new deliveries are refused. */
    boolean isTaking() {
        return running;
    }

    private void commitLoop() {
        List<Waiting> batch = new ArrayList<>(maxBatch);
        while (running || !queue.isEmpty()) {
            try {
                Waiting first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, maxBatch - 1);
                commit(batch);
            } catch (RuntimeException unexpected) {
                // the committer thread must outlive anything a listener throws; nobody is left waiting
                batch.forEach(waiting -> waiting.id().completeExceptionally(unexpected));
            } catch (InterruptedException interrupted) {
                running = false;
            } finally {
                batch.clear();
            }
        }
    }

    private void commit(List<Waiting> batch) {
        List<NewDelivery> deliveries = new ArrayList<>(batch.size());
        batch.forEach(waiting -> deliveries.add(waiting.delivery()));
        long[] ids;
        try {
            ids = insertAndCommit.apply(deliveries);
        } catch (RuntimeException failure) {
            listener.failed(batch.size(), failure);
            batch.forEach(waiting -> waiting.id().completeExceptionally(failure));
            return;
        }
        listener.committed(ids);
        for (int i = 0; i < batch.size(); i++) {
            batch.get(i).id().complete(ids[i]);
        }
    }

    /** Stops taking deliveries, commits those already waiting, and ends the committer thread. */
    @Override
    public void close() {
        running = false;
        try {
            committer.join(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static DeliveryRefused unavailable(String message) {
        return new DeliveryRefused(HttpStatus.SERVICE_UNAVAILABLE, "storage_unavailable", message);
    }

    private record Waiting(NewDelivery delivery, CompletableFuture<Long> id) {
    }
}
