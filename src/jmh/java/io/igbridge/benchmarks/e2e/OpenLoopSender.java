package io.igbridge.benchmarks.e2e;

import java.io.IOException;
import java.net.URI;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Sends requests at a fixed rate whatever the answers do (an open loop): request {@code i} is due at
 * {@code start + i / rate}; at that moment it is queued, and the first of {@value #CONNECTIONS} persistent
 * connections that is free sends it. Its latency runs from the due time to the end of the answer, so time spent
 * waiting for a free connection, behind a slow answer, is charged to the request it delayed (no coordinated
 * omission). The first {@code warmup} requests are sent but not measured.
 */
final class OpenLoopSender {

    static final int CONNECTIONS = 32;

    /** The request due at {@code sequence}, as bytes, built before its time; due at {@code dueEpochMicros}. */
    interface Requests {
        byte[] build(long sequence, long dueEpochMicros);
    }

    /**
     * What was measured.
     *
     * @param latencies      due time → end of answer, for the measured requests that were answered
     * @param statuses       answers by HTTP status (measured requests)
     * @param failures       measured requests without an answer (connection error, none within a minute)
     * @param achievedRate   measured answers per second, from the first measured due time to the last answer
     * @param dueEpochMicros each measured request's due time, by measured index
     */
    record Result(Latencies latencies, Map<Integer, Integer> statuses, int failures, double achievedRate,
            long[] dueEpochMicros) {

        int non2xx() {
            return statuses.entrySet().stream().filter(entry -> entry.getKey() / 100 != 2)
                    .mapToInt(Map.Entry::getValue).sum();
        }
    }

    private record Due(int sequence, long dueNanos, byte[] request) {
    }

    private static final Due END = new Due(-1, 0, null);

    private final URI target;

    OpenLoopSender(URI target) {
        this.target = target;
    }

    Result run(double rate, int warmup, int measured, Requests requests) throws InterruptedException {
        long period = Math.round(1e9 / rate);
        int total = warmup + measured;
        long[] latencies = new long[measured];
        boolean[] answered = new boolean[measured];
        long[] dueMicros = new long[measured];
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        AtomicLong lastAnswer = new AtomicLong();
        AtomicInteger failures = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(total);
        BlockingQueue<Due> queue = new LinkedBlockingQueue<>();

        Thread[] senders = new Thread[CONNECTIONS];
        for (int c = 0; c < CONNECTIONS; c++) {
            senders[c] = new Thread(() -> {
                try (HttpConnection connection = new HttpConnection(target)) {
                    for (Due due = queue.take(); due != END; due = queue.take()) {
                        int index = due.sequence() - warmup;
                        try {
                            int status = connection.exchange(due.request());
                            long end = System.nanoTime();
                            if (index >= 0) {
                                latencies[index] = end - due.dueNanos();
                                answered[index] = true;
                                lastAnswer.accumulateAndGet(end, Math::max);
                                statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
                            }
                        } catch (IOException | RuntimeException failed) {
                            if (index >= 0) {
                                failures.incrementAndGet();
                            }
                        }
                        done.countDown();
                    }
                } catch (InterruptedException stopped) {
                    Thread.currentThread().interrupt();
                }
            }, "open-loop-" + c);
            senders[c].setDaemon(true);
            senders[c].start();
        }

        // the first call loads FakeGraphApi (its JSON mapper: a few hundred milliseconds), which must not fall
        // between the two clocks' readings: it made every due time that much late, and replies seem early
        FakeGraphApi.epochMicros();
        long startNanos = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(100);
        long startMicros = FakeGraphApi.epochMicros() + 100_000;
        byte[] next = requests.build(0, startMicros);
        for (int i = 0; i < total; i++) {
            long due = startNanos + i * period;
            if (i >= warmup) {
                dueMicros[i - warmup] = startMicros + (due - startNanos) / 1000;
            }
            for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                LockSupport.parkNanos(wait);
            }
            queue.add(new Due(i, due, next));
            if (i + 1 < total) {
                next = requests.build(i + 1, startMicros + (i + 1) * period / 1000);
            }
        }
        done.await(60, TimeUnit.SECONDS);
        for (int c = 0; c < CONNECTIONS; c++) {
            queue.add(END);
        }

        long[] answeredLatencies = new long[measured];
        int count = 0;
        for (int i = 0; i < measured; i++) {
            if (answered[i]) {
                answeredLatencies[count++] = latencies[i];
            }
        }
        long firstDue = startNanos + (long) warmup * period;
        double seconds = Math.max(1, lastAnswer.get() - firstDue) / 1e9;
        Map<Integer, Integer> byStatus = new TreeMap<>();
        statuses.forEach((status, n) -> byStatus.put(status, n.get()));
        return new Result(new Latencies(answeredLatencies, count, measured - count), byStatus, measured - count,
                count / seconds, dueMicros);
    }
}
