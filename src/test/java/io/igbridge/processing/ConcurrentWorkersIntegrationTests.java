package io.igbridge.processing;

import static org.assertj.core.api.Assertions.assertThat;

import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.igbridge.support.Deliveries;
import io.igbridge.support.IntegrationTest;
import io.igbridge.support.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Several workers claiming at once (as several threads or nodes do) never take the same delivery: each is
 * processed by exactly one of them, once, and each event stored once. Claims start from the waiting deliveries'
 * floor, and a delivery replayed far below it is claimed all the same.
 */
@IntegrationTest
@TestPropertySource(properties = "IGBRIDGE_PROCESSING_ENABLED=false")
class ConcurrentWorkersIntegrationTests extends ServiceTest {

    @Autowired
    DeliveryProcessor processor;

    @Autowired
    DeliveryQueue queue;

    @Autowired
    WaitingDeliveriesFloor floor;

    @Autowired
    Clock clock;

    @Test
    void fourWorkersProcessEachDeliveryExactlyOnce() throws Exception {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            ids.add(deliveryId(client.postSigned(Deliveries.dm("mid.concurrent-" + i, "hello " + i))));
        }
        // the same content again: a duplicate delivery, harmless
        ids.add(deliveryId(client.postSigned(Deliveries.dm("mid.concurrent-0", "hello 0"))));

        ExecutorService workers = Executors.newFixedThreadPool(4);
        Callable<Integer> drain = () -> {
            int processed = 0;
            for (int batch = processor.processDue().size(); batch > 0; batch = processor.processDue().size()) {
                processed += batch;
            }
            return processed;
        };
        List<Future<Integer>> results = workers.invokeAll(List.of(drain, drain, drain, drain));
        workers.shutdown();

        int total = 0;
        for (Future<Integer> result : results) {
            total += result.get();
        }
        assertThat(total).isEqualTo(ids.size());
        for (long id : ids) {
            assertThat(rows.status(id)).isEqualTo("PROCESSED");
            assertThat(rows.attempts(id)).as("delivery %d processed once", id).isEqualTo(1);
        }
        for (int i = 0; i < 40; i++) {
            assertThat(rows.eventCount(Deliveries.ACCOUNT, "message:mid.concurrent-" + i)).isEqualTo(1);
        }
    }

    @Test
    void claimsSkipTheDeliveriesProcessedBeforeTheLowestWaitingOneYetFindAReplayedOneFarBelowIt() {
        long old = deliveryId(client.postSigned(Deliveries.dm("mid.floor-old", "first")));
        assertThat(processor.process(old)).isPresent();
        // deliveries processed since (only their ids and status matter here), more than the floor's margin
        Timestamp now = Timestamp.from(clock.instant());
        List<Object[]> processedSince = new ArrayList<>();
        for (int i = 0; i < 2 * WaitingDeliveriesFloor.MARGIN; i++) {
            processedSince.add(new Object[] {now, now});
        }
        jdbc.batchUpdate("insert into raw_delivery (received_at, test, content_type, status, attempts, next_attempt_at)"
                + " values (?, false, 'application/json', 'PROCESSED', 1, ?)", processedSince);
        long waiting = deliveryId(client.postSigned(Deliveries.dm("mid.floor-waiting", "second")));

        // read again within a second: above the old delivery, never above the waiting one
        await().atMost(Duration.ofSeconds(5)).until(() -> floor.id() > old);
        assertThat(floor.id()).isEqualTo(waiting - WaitingDeliveriesFloor.MARGIN);

        assertThat(queue.requeue(old, clock.instant())).as("replayed").isTrue();
        List<Long> claimed = new ArrayList<>();
        for (var batch = processor.processDue(); !batch.isEmpty(); batch = processor.processDue()) {
            batch.forEach(outcome -> claimed.add(outcome.deliveryId()));
        }

        assertThat(claimed).containsExactlyInAnyOrder(old, waiting);
        assertThat(rows.status(old)).isEqualTo("PROCESSED");
        assertThat(rows.eventStatus(Deliveries.ACCOUNT, "message:mid.floor-waiting")).isEqualTo("HANDLED");
    }
}
