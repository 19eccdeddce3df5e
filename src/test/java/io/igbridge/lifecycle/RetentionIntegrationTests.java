package io.igbridge.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.igbridge.support.Deliveries;
import io.igbridge.support.IntegrationTest;
import io.igbridge.support.ServiceTest;
import io.igbridge.support.SettableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.TestPropertySource;

/**
 * Retention over a real service whose clock the test moves: after 31 days the processed deliveries and handled
 * events are gone, batch after batch, while what is recent, what still waits (a RECEIVED delivery, a PENDING event
 * and its delivery) and the business's records made from the purged events stay. With 30 days, a row 29 days old
 * stays and one 31 days old goes, the remembered deletions of messages as well.
 */
@IntegrationTest
@TestPropertySource(properties = {"IGBRIDGE_RETENTION_DAYS=30", "IGBRIDGE_RETENTION_BATCH_SIZE=2",
        "IGBRIDGE_RETENTION_INTERVAL=1h", "IGBRIDGE_OUTBOX_ENABLED=false"})
@Import(RetentionIntegrationTests.MovableClock.class)
class RetentionIntegrationTests extends ServiceTest {

    private static final String OLD_CONTACT = "retention-old-1";
    private static final String NEW_CONTACT = "retention-new-1";

    @TestConfiguration
    static class MovableClock {

        @Bean
        @Primary
        SettableClock settableClock() {
            return new SettableClock(Instant.now());
        }
    }

    @Autowired
    SettableClock clock;

    @Autowired
    Retention retention;

    private long count(String sql, Object... arguments) {
        return jdbc.queryForObject(sql, Long.class, arguments);
    }

    @Test
    void expiredDeliveriesAndEventsArePurgedInBatchesAndEverythingElseIsKept() {
        Instant start = clock.instant();
        for (int i = 1; i <= 5; i++) {
            client.postSigned(Deliveries.dmAt(OLD_CONTACT, "mid.retention-old-" + i,
                    i == 1 ? "ecrivez-moi a ancien.client@example.org" : "message numero " + i, start));
        }
        long unparseable = deliveryId(client.postSigned("not json at all"));
        await().atMost(Duration.ofSeconds(60)).until(() -> count("select count(*) from instagram_event"
                + " where conversation_key = ? and status = 'HANDLED'", Deliveries.ACCOUNT + "/contact/" + OLD_CONTACT) == 5
                && count("select count(*) from contact_lead where user_id = ?", OLD_CONTACT) == 1
                && "UNPARSEABLE".equals(rows.status(unparseable)));
        List<Long> oldDeliveries = jdbc.queryForList("select id from raw_delivery order by id", Long.class);
        long waiting = storeDelivery("RECEIVED", start);
        long withPendingEvent = storeDelivery("PROCESSED", start);
        storeEvent(withPendingEvent, "message:mid.pending", "PENDING", start);

        clock.advance(Duration.ofDays(31));
        long recent = deliveryId(client.postSigned(Deliveries.dmAt(NEW_CONTACT, "mid.retention-new-1", "tout recent",
                clock.instant())));
        await().atMost(Duration.ofSeconds(60)).until(() -> "HANDLED".equals(rows.eventStatus(Deliveries.ACCOUNT,
                "message:mid.retention-new-1")));

        Retention.Purged purged = retention.run();

        assertThat(purged.rows()).containsEntry("instagram_event", 5).containsEntry("raw_delivery", 6);
        assertThat(purged.batches()).as("batches of 2 rows").isGreaterThanOrEqualTo(3 + 3 + 1);
        assertThat(jdbc.queryForList("select id from raw_delivery order by id", Long.class))
                .doesNotContainAnyElementsOf(oldDeliveries).containsExactlyInAnyOrder(waiting, withPendingEvent, recent);
        assertThat(rows.deliveryBodies().keySet()).containsExactlyInAnyOrder(waiting, withPendingEvent, recent);
        assertThat(rows.eventKeys(Deliveries.ACCOUNT)).containsExactly("message:mid.pending",
                "message:mid.retention-new-1");
        // the business's records made from the purged events stay
        assertThat(count("select count(*) from conversation_message m join conversation c on c.id = m.conversation_id"
                + " where c.user_id = ? and m.text is not null", OLD_CONTACT)).isEqualTo(5);
        assertThat(count("select count(*) from text_classification where user_id = ?", OLD_CONTACT)).isEqualTo(5);
        assertThat(jdbc.queryForList("select event_id from contact_lead where user_id = ?", Long.class, OLD_CONTACT))
                .containsExactly((Long) null);
        assertThat(client.get("/actuator/prometheus").body())
                .contains("igbridge_retention_purged{table=\"instagram_event\"} 5.0")
                .contains("igbridge_retention_purged{table=\"raw_delivery\"} 6.0");

        assertThat(retention.run().rows().values()).as("a second run finds nothing").containsOnly(0);
    }

    @Test
    void twoPurgesAtOnceRemoveEachRowOnce() throws Exception {
        Instant start = clock.instant();
        for (int i = 1; i <= 12; i++) {
            client.postSigned(Deliveries.dmAt("retention-twice-" + i, "mid.retention-twice-" + i, "message " + i, start));
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> count("select count(*) from instagram_event"
                + " where dedup_key like 'message:mid.retention-twice-%' and status = 'HANDLED'") == 12);
        clock.advance(Duration.ofDays(31));
        long expiredEvents = count("select count(*) from instagram_event where stored_at < ? and status <> 'PENDING'",
                Timestamp.from(clock.instant().minus(Duration.ofDays(30))));

        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            Future<Retention.Purged> first = nodes.submit(retention::run);
            Future<Retention.Purged> second = nodes.submit(retention::run);
            int purged = first.get(60, TimeUnit.SECONDS).rows().get("instagram_event")
                    + second.get(60, TimeUnit.SECONDS).rows().get("instagram_event");

            assertThat(purged).isEqualTo(expiredEvents).isGreaterThanOrEqualTo(12);
            assertThat(count("select count(*) from instagram_event where dedup_key like 'message:mid.retention-twice-%'"))
                    .isZero();
        } finally {
            nodes.shutdownNow();
        }
    }

    @Test
    void aRowOlderThanTheRetentionPeriodIsPurgedAndOneYoungerIsKeptDeletedMessagesToo() {
        Instant now = clock.instant();
        Instant daysAgo29 = now.minus(Duration.ofDays(29));
        Instant daysAgo31 = now.minus(Duration.ofDays(31));
        long kept = storeDelivery("PROCESSED", daysAgo29);
        long keptEvent = storeEvent(kept, "message:mid.boundary-29", "HANDLED", daysAgo29);
        long expired = storeDelivery("PROCESSED", daysAgo31);
        long expiredEvent = storeEvent(expired, "message:mid.boundary-31", "HANDLED", daysAgo31);
        // what a MessageDeleted leaves, so a late copy of the deleted message is not recorded again
        String remembered = "insert into deleted_message (account_id, mid, deleted_at) values (?, ?, ?)";
        jdbc.update(remembered, Deliveries.ACCOUNT, "mid.deleted-29", Timestamp.from(daysAgo29));
        jdbc.update(remembered, Deliveries.ACCOUNT, "mid.deleted-31", Timestamp.from(daysAgo31));

        try {
            Retention.Purged purged = retention.run();

            assertThat(jdbc.queryForList("select id from raw_delivery where id in (?, ?)", Long.class, kept, expired))
                    .containsExactly(kept);
            assertThat(rows.deliveryBodies()).containsKey(kept).doesNotContainKey(expired);
            assertThat(jdbc.queryForList("select id from instagram_event where id in (?, ?)", Long.class, keptEvent,
                    expiredEvent)).containsExactly(keptEvent);
            assertThat(jdbc.queryForList("select mid from deleted_message", String.class))
                    .containsExactly("mid.deleted-29");
            assertThat(purged.rows()).containsEntry("deleted_message", 1);
            assertThat(client.get("/actuator/prometheus").body())
                    .contains("igbridge_retention_purged{table=\"deleted_message\"} 1.0");
        } finally {
            // what is kept would expire in the other tests, which move the clock on and count what a purge removes
            jdbc.update("delete from instagram_event where id = ?", keptEvent);
            jdbc.update("delete from raw_delivery_body where delivery_id = ?", kept);
            jdbc.update("delete from raw_delivery where id = ?", kept);
            jdbc.update("delete from deleted_message");
        }
    }

    /** An event stored directly for {@code deliveryId}, in {@code status}, stored at {@code at}. */
    private long storeEvent(long deliveryId, String dedupKey, String status, Instant at) {
        jdbc.update("insert into instagram_event (delivery_id, account_id, dedup_key, type, channel, occurred_at, test,"
                + " payload, stored_at, status, conversation_key, next_attempt_at) values (?, ?, ?, 'message',"
                + " 'MESSAGING', ?, false, '{}', ?, ?, ?, ?)", deliveryId, Deliveries.ACCOUNT, dedupKey,
                Timestamp.from(at), Timestamp.from(at), status, "conversation-of-" + dedupKey,
                Timestamp.from(at.plus(Duration.ofDays(400))));
        return jdbc.queryForObject("select id from instagram_event where dedup_key = ?", Long.class, dedupKey);
    }

    /** A delivery stored directly, as one a node has not got to yet (RECEIVED, its retry far off) or has processed. */
    private long storeDelivery(String status, Instant receivedAt) {
        Timestamp at = Timestamp.from(receivedAt);
        jdbc.update("insert into raw_delivery (received_at, test, status, attempts, next_attempt_at) values (?, false, ?,"
                + " 1, ?)", at, status, Timestamp.from(receivedAt.plus(Duration.ofDays(400))));
        long id = jdbc.queryForObject("select max(id) from raw_delivery", Long.class);
        jdbc.update("insert into raw_delivery_body (delivery_id, body) values (?, ?)", id,
                "{\"object\":\"instagram\",\"entry\":[]}".getBytes(StandardCharsets.UTF_8));
        return id;
    }
}
