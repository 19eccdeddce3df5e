package io.igbridge.webhook;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;

/** Counters and the acknowledgement timer of the intake, exposed at {@code /actuator/prometheus}. */
@Component
public class IntakeMetrics {

    private final MeterRegistry registry;
    private final Counter received;
    private final Counter receivedTest;
    private final Timer ack;
    private final DistributionSummary batch;
    private final ConcurrentMap<String, Counter> rejected = new ConcurrentHashMap<>();
    private final AtomicLong rejectedBySignature = new AtomicLong();

    IntakeMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.received = Counter.builder("igbridge.webhook.deliveries.received")
                .description("Deliveries stored and acknowledged").tag("test", "false").register(registry);
        this.receivedTest = Counter.builder("igbridge.webhook.deliveries.received")
                .description("Deliveries stored and acknowledged").tag("test", "true").register(registry);
        this.ack = Timer.builder("igbridge.webhook.ack")
                .description("Time from request to acknowledgement of a stored delivery").register(registry);
        this.batch = DistributionSummary.builder("igbridge.webhook.commit.batch")
                .description("Deliveries stored by one commit (group commit)").register(registry);
    }

    void received(boolean test, Duration ackTime) {
        (test ? receivedTest : received).increment();
        if (!test) {
            ack.record(ackTime);
        }
    }

    void committed(int deliveries) {
        batch.record(deliveries);
    }

    void rejected(String reason, boolean signature) {
        rejected.computeIfAbsent(reason, tag -> Counter.builder("igbridge.webhook.deliveries.rejected")
                .description("Deliveries refused before storage").tag("reason", tag).register(registry)).increment();
        if (signature) {
            rejectedBySignature.incrementAndGet();
        }
    }

    /** Deliveries refused for a missing or invalid signature since this node started (they are never stored). */
    public long rejectedBySignatureSinceStart() {
        return rejectedBySignature.get();
    }
}
