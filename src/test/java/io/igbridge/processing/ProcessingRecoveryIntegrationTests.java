package io.igbridge.processing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
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
 * A handler that fails rolls back that event's handling only: the event is retried (each event stored, and
 * handled, exactly once), given up as FAILED after the last attempt, and the conversation's later events go on.
 */
@IntegrationTest
@Import(ProcessingRecoveryIntegrationTests.FailingHandlerConfiguration.class)
class ProcessingRecoveryIntegrationTests extends ServiceTest {

    private static final String ACCOUNT = Deliveries.ACCOUNT;
    private static final String FAILS_ONCE = "message:mid.fails-once";
    private static final String ALWAYS_FAILS = "message:mid.always-fails";

    @Autowired
    FailOnce failOnce;

    @BeforeEach
    void setUp() {
        rows = new StoredRows(jdbc);
    }

    @Test
    void anEventWhoseHandlerFailsIsHandledOnRetryWithoutHoldingBackTheOtherEventsOfItsDelivery() {
        String body = Deliveries.dm("mid.fails-once", "please fail once").replace("]}]}",
                "]},{\"id\":\"" + Deliveries.ACCOUNT + "\",\"time\":1700000000999,\"messaging\":[{\"sender\":{\"id\":\"990002\"},"
                        + "\"recipient\":{\"id\":\"" + Deliveries.ACCOUNT + "\"},\"timestamp\":1700000000500,"
                        + "\"message\":{\"mid\":\"mid.second-of-two\",\"text\":\"second\"}}]}]}");
        failOnce.failFor("message:mid.fails-once");

        long id = deliveryId(client.postSigned(body));

        await().atMost(Duration.ofSeconds(15)).until(() -> "HANDLED".equals(rows.eventStatus(ACCOUNT, FAILS_ONCE)));
        assertThat(rows.status(id)).isEqualTo("PROCESSED");
        assertThat(rows.attempts(id)).isEqualTo(1);
        assertThat(failOnce.failures(FAILS_ONCE)).isEqualTo(1);
        assertThat(rows.event(ACCOUNT, FAILS_ONCE).get("attempts")).isEqualTo(2);
        assertThat(rows.eventStatus(ACCOUNT, "message:mid.second-of-two")).isEqualTo("HANDLED");
        assertThat(rows.eventCount(ACCOUNT, FAILS_ONCE)).isEqualTo(1);
        assertThat(rows.eventCount(ACCOUNT, "message:mid.second-of-two")).isEqualTo(1);
        assertThat(failOnce.handledOk).containsOnlyOnce(FAILS_ONCE, "message:mid.second-of-two");
    }

    @Test
    void anEventThatKeepsFailingIsGivenUpAsFailedAndTheLaterOnesOfItsConversationGoOn() {
        failOnce.failAlwaysFor(ALWAYS_FAILS);
        Instant first = Instant.now();

        long id = deliveryId(client.postSigned(Deliveries.dmAt("4455", "mid.always-fails", "poison", first)));
        long later = deliveryId(client.postSigned(Deliveries.dmAt("4455", "mid.after-poison", "next", first.plusSeconds(1))));

        await().atMost(Duration.ofSeconds(30)).until(() -> "FAILED".equals(rows.eventStatus(ACCOUNT, ALWAYS_FAILS)));
        Map<String, Object> poison = rows.event(ACCOUNT, ALWAYS_FAILS);
        assertThat(poison.get("attempts")).isEqualTo(3);
        assertThat((String) poison.get("last_error")).contains("injected failure");
        assertThat(failOnce.failures(ALWAYS_FAILS)).isEqualTo(3);
        assertThat(rows.status(id)).isEqualTo("PROCESSED");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> "HANDLED".equals(rows.eventStatus(ACCOUNT, "message:mid.after-poison")));
        assertThat(rows.status(later)).isEqualTo("PROCESSED");
        assertThat(failOnce.handledOk).containsOnlyOnce("message:mid.after-poison").doesNotContain(ALWAYS_FAILS);
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
