package io.igbridge.processing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import io.igbridge.events.InstagramEvent;
import io.igbridge.support.ServiceTest;
import io.igbridge.support.Deliveries;
import io.igbridge.support.IntegrationTest;
import io.igbridge.support.StoredRows;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * Processing interrupted after the claim — here by a handler that fails after the events were inserted — rolls
 * the delivery back; it is claimed again, and each of its events ends up stored, and handled, exactly once.
 */
@IntegrationTest
@Import(ProcessingRecoveryIntegrationTests.FailingHandlerConfiguration.class)
class ProcessingRecoveryIntegrationTests extends ServiceTest {

    @Autowired
    FailOnce failOnce;

    @BeforeEach
    void setUp() {
        rows = new StoredRows(jdbc);
    }

    @Test
    void aDeliveryInterruptedAfterItsClaimIsProcessedLaterWithEachEventStoredOnce() {
        String body = Deliveries.dm("mid.fails-once", "please fail once").replace("]}]}",
                "]},{\"id\":\"" + Deliveries.ACCOUNT + "\",\"time\":1700000000999,\"messaging\":[{\"sender\":{\"id\":\"990002\"},"
                        + "\"recipient\":{\"id\":\"" + Deliveries.ACCOUNT + "\"},\"timestamp\":1700000000500,"
                        + "\"message\":{\"mid\":\"mid.second-of-two\",\"text\":\"second\"}}]}]}");
        failOnce.failFor("message:mid.fails-once");

        var response = client.postSigned(body);
        long id = deliveryId(response);

        await().atMost(Duration.ofSeconds(15)).until(() -> rows.status(id).equals("PROCESSED"));
        assertThat(failOnce.failures("message:mid.fails-once")).isEqualTo(1);
        assertThat(rows.attempts(id)).isEqualTo(2);
        assertThat(rows.eventCount(Deliveries.ACCOUNT, "message:mid.fails-once")).isEqualTo(1);
        assertThat(rows.eventCount(Deliveries.ACCOUNT, "message:mid.second-of-two")).isEqualTo(1);
        assertThat(failOnce.handledOk).containsOnlyOnce("message:mid.fails-once", "message:mid.second-of-two");
    }

    @Test
    void aDeliveryThatKeepsFailingIsGivenUpAsFailedAndKept() {
        failOnce.failAlwaysFor("message:mid.always-fails");

        var response = client.postSigned(Deliveries.dm("mid.always-fails", "poison"));
        long id = deliveryId(response);

        await().atMost(Duration.ofSeconds(30)).until(() -> rows.status(id).equals("FAILED"));
        assertThat(rows.attempts(id)).isEqualTo(3);
        assertThat(failOnce.failures("message:mid.always-fails")).isEqualTo(3);
        assertThat((String) rows.delivery(id).get("last_error")).contains("injected failure");
        assertThat(rows.eventCount(Deliveries.ACCOUNT, "message:mid.always-fails")).isZero();
    }

    /** A handler that throws for chosen events: once, or every time. */
    static class FailOnce implements InstagramEventHandler {

        final Map<String, Boolean> failing = new ConcurrentHashMap<>();
        final Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();
        final List<String> handledOk = new CopyOnWriteArrayList<>();

        int failures(String dedupKey) {
            return failures.getOrDefault(dedupKey, new AtomicInteger()).get();
        }

        void failFor(String dedupKey) {
            failing.put(dedupKey, false);
        }

        void failAlwaysFor(String dedupKey) {
            failing.put(dedupKey, true);
        }

        @Override
        public void on(StoredEvent stored) {
            InstagramEvent event = stored.event();
            Boolean always = failing.get(event.dedupKey());
            if (always != null) {
                if (!always) {
                    failing.remove(event.dedupKey());
                }
                failures.computeIfAbsent(event.dedupKey(), key -> new AtomicInteger()).incrementAndGet();
                throw new IllegalStateException("injected failure for " + event.dedupKey());
            }
            handledOk.add(event.dedupKey());
        }
    }

    @TestConfiguration
    static class FailingHandlerConfiguration {
        @Bean
        FailOnce failOnce() {
            return new FailOnce();
        }
    }
}
