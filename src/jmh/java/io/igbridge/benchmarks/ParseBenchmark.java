package io.igbridge.benchmarks;

import java.time.Instant;
import java.util.concurrent.TimeUnit;

import io.igbridge.events.MessageReceived;
import io.igbridge.events.ParsedDelivery;
import io.igbridge.events.WebhookPayloadParser;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Deliveries parsed per second into typed events by {@link WebhookPayloadParser} (UTF-8 check, JSON tree, one typed
 * event and its dedup key per item), as a signed delivery is parsed, on one thread. No target in the issue.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Threads(1)
@State(Scope.Thread)
public class ParseBenchmark {

    private WebhookPayloadParser parser;
    private Instant receivedAt;
    private byte[] oneDm;
    private byte[] thousandDms;

    @Setup
    public void setUp() {
        parser = new WebhookPayloadParser();
        receivedAt = Instant.parse("2026-11-20T09:31:00Z");
        oneDm = MetaDeliveries.oneDm();
        thousandDms = MetaDeliveries.batchOfDms(MetaDeliveries.MAX_UPDATES);
        expectDms(typicalDelivery(), 1);
        expectDms(thousandUpdates(), MetaDeliveries.MAX_UPDATES);
    }

    /** One DM, the shape of meta/messaging/message-text.json, compact. */
    @Benchmark
    public ParsedDelivery typicalDelivery() {
        return parser.parse(oneDm, true, receivedAt);
    }

    /** One delivery of 1,000 DMs, one per entry, each with its own mid and timestamp: 1,000 events per operation. */
    @Benchmark
    public ParsedDelivery thousandUpdates() {
        return parser.parse(thousandDms, true, receivedAt);
    }

    private static void expectDms(ParsedDelivery delivery, int count) {
        long dms = delivery.events().stream().filter(event -> event.event() instanceof MessageReceived).count();
        long keys = delivery.events().stream().map(event -> event.event().dedupKey()).distinct().count();
        if (!delivery.isParseable() || dms != count || keys != count) {
            throw new IllegalStateException("expected " + count + " DMs with distinct dedup keys, got " + delivery);
        }
    }
}
