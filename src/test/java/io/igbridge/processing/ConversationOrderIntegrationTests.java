package io.igbridge.processing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.igbridge.support.Deliveries;
import io.igbridge.support.IntegrationTest;
import io.igbridge.support.ServiceTest;
import io.igbridge.support.StoredRows;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * Events of one contact are handled one at a time, in timestamp order, whatever the order their deliveries arrive
 * in and however many workers there are (two here, the default); other contacts' events are not held back.
 */
@IntegrationTest
@Import(ConversationOrderIntegrationTests.HeldHandlerConfiguration.class)
class ConversationOrderIntegrationTests extends ServiceTest {

    private static final String ACCOUNT = Deliveries.ACCOUNT;

    @Autowired
    HeldHandler held;

    @BeforeEach
    void setUp() {
        rows = new StoredRows(jdbc);
    }

    @AfterEach
    void release() {
        held.release.countDown();
    }

    @Test
    void aContactsLaterEventsWaitForTheOneBeingHandledThenGoInTimestampOrderWhileOthersGoOn() {
        Instant start = Instant.now();
        client.postSigned(Deliveries.dmAt("7001", "mid.order-1", "first", start));
        await().atMost(Duration.ofSeconds(10)).until(() -> held.holding);

        // the same contact, received in the wrong order: 10 s after the first, then 5 s after it
        long tenSeconds = deliveryId(client.postSigned(Deliveries.dmAt("7001", "mid.order-3", "third", start.plusSeconds(10))));
        long fiveSeconds = deliveryId(client.postSigned(Deliveries.dmAt("7001", "mid.order-2", "second", start.plusSeconds(5))));
        // another contact, meanwhile
        client.postSigned(Deliveries.dmAt("7002", "mid.other-contact", "hello", start.plusSeconds(1)));

        await().atMost(Duration.ofSeconds(10))
                .until(() -> "HANDLED".equals(rows.eventStatus(ACCOUNT, "message:mid.other-contact")));
        assertThat(rows.status(tenSeconds)).isEqualTo("PROCESSED");
        assertThat(rows.status(fiveSeconds)).isEqualTo("PROCESSED");
        assertThat(rows.eventStatus(ACCOUNT, "message:mid.order-3")).isEqualTo("PENDING");
        assertThat(rows.eventStatus(ACCOUNT, "message:mid.order-2")).isEqualTo("PENDING");
        assertThat(held.handled).containsExactly("message:mid.other-contact");

        held.release.countDown();

        await().atMost(Duration.ofSeconds(10))
                .until(() -> "HANDLED".equals(rows.eventStatus(ACCOUNT, "message:mid.order-3")));
        assertThat(held.handled).containsExactly("message:mid.other-contact", "message:mid.order-1",
                "message:mid.order-2", "message:mid.order-3");
    }

    /** Holds the handling of {@code mid.order-1} until released; records the order in which events were handled. */
    static class HeldHandler implements InstagramEventHandler {

        final CountDownLatch release = new CountDownLatch(1);
        final List<String> handled = new CopyOnWriteArrayList<>();
        volatile boolean holding;

        @Override
        public void on(StoredEvent stored) {
            String key = stored.event().dedupKey();
            if (key.equals("message:mid.order-1")) {
                holding = true;
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
            handled.add(key);
        }
    }

    @TestConfiguration
    static class HeldHandlerConfiguration {
        @Bean
        HeldHandler heldHandler() {
            return new HeldHandler();
        }
    }
}
