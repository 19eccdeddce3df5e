package io.igbridge.webhook;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.sql.Types;

import io.igbridge.support.Failures;
import io.igbridge.support.Text;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Inserts a raw delivery and commits it (the connection is in auto-commit mode: the row is committed when
 * the insert returns). When the database can't take it the delivery is refused with 503, so Meta retries.
 */
@Repository
public class RawDeliveryStore {

    private static final Logger log = LoggerFactory.getLogger(RawDeliveryStore.class);
    private static final String INSERT = """
            insert into raw_delivery (received_at, body, secret_slot, test, content_type, status, attempts, next_attempt_at)
            values (?, ?, ?, ?, ?, 'RECEIVED', 0, ?)""";

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;

    RawDeliveryStore(JdbcTemplate jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /**
     * Stores the delivery durably and returns its id.
     *
     * @throws DeliveryRefused 503 when the database can't take it
     */
    public long store(NewDelivery delivery) {
        long id;
        try {
            id = insert(delivery);
        } catch (DataAccessException databaseDown) {
            log.error("Could not store a delivery; answering 503 so it is sent again: {}",
                    Failures.describe(databaseDown));
            throw new DeliveryRefused(HttpStatus.SERVICE_UNAVAILABLE, "storage_unavailable",
                    "the delivery could not be stored; retry later");
        }
        events.publishEvent(new DeliveryStored(id));
        return id;
    }

    private long insert(NewDelivery delivery) {
        var keys = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement insert = connection.prepareStatement(INSERT, new String[] {"id"});
            Timestamp receivedAt = Timestamp.from(delivery.receivedAt());
            insert.setTimestamp(1, receivedAt);
            insert.setBytes(2, delivery.body());
            if (delivery.secretSlot() == null) {
                insert.setNull(3, Types.SMALLINT);
            } else {
                insert.setShort(3, delivery.secretSlot().shortValue());
            }
            insert.setBoolean(4, delivery.test());
            insert.setString(5, Text.limit(delivery.contentType(), 200));
            insert.setTimestamp(6, receivedAt);
            return insert;
        }, keys);
        return keys.getKeyAs(Number.class).longValue();
    }
}
