package io.igbridge.webhook;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.sql.Types;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Inserts a raw delivery and commits it (the connection is in auto-commit mode: the row is committed when
 * the insert returns). Throws {@link org.springframework.dao.DataAccessException} when the database can't
 * take it, so the caller answers 503 and Meta retries.
 */
@Repository
public class RawDeliveryStore {

    private static final String INSERT = """
            insert into raw_delivery (received_at, body, secret_slot, test, content_type, status, attempts, next_attempt_at)
            values (?, ?, ?, ?, ?, 'RECEIVED', 0, ?)""";

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;

    RawDeliveryStore(JdbcTemplate jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** Stores the delivery durably and returns its id. */
    public long store(NewDelivery delivery) {
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
            insert.setString(5, truncate(delivery.contentType()));
            insert.setTimestamp(6, receivedAt);
            return insert;
        }, keys);
        long id = keys.getKeyAs(Number.class).longValue();
        events.publishEvent(new DeliveryStored(id));
        return id;
    }

    private static String truncate(String contentType) {
        return contentType == null || contentType.length() <= 200 ? contentType : contentType.substring(0, 200);
    }
}
