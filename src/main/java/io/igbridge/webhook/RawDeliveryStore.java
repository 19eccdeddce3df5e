package io.igbridge.webhook;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.List;
import java.util.Map;

import io.igbridge.config.IgbridgeProperties;
import io.igbridge.support.Failures;
import io.igbridge.support.Text;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores raw deliveries durably: each request's delivery joins a shared commit ({@link GroupCommit}) and the
 * request returns once that commit is done. When the database can't take it the delivery is refused with 503, so
 * Meta retries.
 */
@Repository
public class RawDeliveryStore implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(RawDeliveryStore.class);
    private static final String INSERT = """
            insert into raw_delivery (received_at, secret_slot, test, content_type, status, attempts, next_attempt_at)
            values (?, ?, ?, ?, 'RECEIVED', 0, ?)""";
    private static final String INSERT_BODY = "insert into raw_delivery_body (delivery_id, body) values (?, ?)";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final IntakeMetrics metrics;
    private final GroupCommit groupCommit;

    RawDeliveryStore(JdbcTemplate jdbc, TransactionTemplate transaction, ApplicationEventPublisher events,
            IntakeMetrics metrics, IgbridgeProperties properties) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.events = events;
        this.metrics = metrics;
        this.groupCommit = new GroupCommit(this::insertAll, properties.webhook().maxBatch(), new Committed());
    }

    /**
     * Stores the delivery durably (committed when this returns) and returns its id.
     *
     * @throws DeliveryRefused 503 when the database can't take it
     */
    public long store(NewDelivery delivery) {
        return groupCommit.store(delivery);
    }

    /** The deliveries' rows, then their bodies under the ids they were given, in one transaction. */
    private long[] insertAll(List<NewDelivery> deliveries) {
        return transaction.execute(status -> {
            var keys = new GeneratedKeyHolder();
            jdbc.batchUpdate(connection -> connection.prepareStatement(INSERT, new String[] {"id"}),
                    new Rows(deliveries), keys);
            long[] ids = ids(keys.getKeyList(), deliveries.size());
            jdbc.batchUpdate(INSERT_BODY, new Bodies(ids, deliveries));
            return ids;
        });
    }

    private static long[] ids(List<Map<String, Object>> generated, int expected) {
        if (generated.size() != expected) {
            throw new IllegalStateException("the database returned " + generated.size() + " ids for " + expected
                    + " deliveries");
        }
        long[] ids = new long[expected];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = ((Number) generated.get(i).values().iterator().next()).longValue();
        }
        return ids;
    }

    @Override
    public void destroy() {
        groupCommit.close();
    }

    private record Rows(List<NewDelivery> deliveries) implements BatchPreparedStatementSetter {

        @Override
        public void setValues(PreparedStatement insert, int i) throws SQLException {
            NewDelivery delivery = deliveries.get(i);
            Timestamp receivedAt = Timestamp.from(delivery.receivedAt());
            insert.setTimestamp(1, receivedAt);
            if (delivery.secretSlot() == null) {
                insert.setNull(2, Types.SMALLINT);
            } else {
                insert.setShort(2, delivery.secretSlot().shortValue());
            }
            insert.setBoolean(3, delivery.test());
            insert.setString(4, Text.limit(delivery.contentType(), 200));
            insert.setTimestamp(5, receivedAt);
        }

        @Override
        public int getBatchSize() {
            return deliveries.size();
        }
    }

    private record Bodies(long[] ids, List<NewDelivery> deliveries) implements BatchPreparedStatementSetter {

        @Override
        public void setValues(PreparedStatement insert, int i) throws SQLException {
            insert.setLong(1, ids[i]);
            insert.setBytes(2, deliveries.get(i).body());
        }

        @Override
        public int getBatchSize() {
            return deliveries.size();
        }
    }

    /** After each commit: processing is woken up; a failed commit is logged once for its whole batch. */
    private final class Committed implements GroupCommit.BatchListener {

        @Override
        public void committed(long[] ids) {
            metrics.committed(ids.length);
            events.publishEvent(new DeliveryStored(ids[ids.length - 1]));
        }

        @Override
        public void failed(int size, RuntimeException cause) {
            log.error("Could not store {} deliveries; answering 503 so they are sent again: {}", size,
                    Failures.describe(cause));
        }
    }
}
