package io.igbridge.processing;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.Set;

import io.igbridge.events.ParsedEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Stores each event once per account: insert-if-absent on the natural key (account id + dedup key), so a
 * duplicate delivery, a Meta retry or a replay stores nothing twice, on any number of nodes.
 */
@Repository
class EventStore {

    private static final String INSERT = """
            insert into instagram_event (delivery_id, account_id, dedup_key, type, channel, occurred_at, test, payload,
                stored_at, status, conversation_key, next_attempt_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', ?, ?)
            on conflict do nothing""";

    private final JdbcTemplate jdbc;

    EventStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @return the new row's id (the event waits to be handled), or empty when the event was already stored */
    OptionalLong storeIfAbsent(long deliveryId, ParsedEvent parsed, boolean test, Instant now) {
        var event = parsed.event();
        var keys = new GeneratedKeyHolder();
        int inserted = jdbc.update(connection -> {
            PreparedStatement insert = connection.prepareStatement(INSERT, new String[] {"id"});
            insert.setLong(1, deliveryId);
            insert.setString(2, event.accountId());
            insert.setString(3, event.dedupKey());
            insert.setString(4, event.type());
            insert.setString(5, event.header().channel().name());
            insert.setTimestamp(6, Timestamp.from(event.occurredAt()));
            insert.setBoolean(7, test);
            insert.setString(8, parsed.sourceJson());
            insert.setTimestamp(9, Timestamp.from(now));
            insert.setString(10, ConversationKey.of(event));
            insert.setTimestamp(11, Timestamp.from(now));
            return insert;
        }, keys);
        if (inserted == 0 || keys.getKeyList().isEmpty()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(keys.getKeyAs(Number.class).longValue());
    }

    /** The dedup keys of the events this delivery stored first (not those an earlier delivery already had). */
    Set<String> dedupKeysStoredBy(long deliveryId) {
        return Set.copyOf(jdbc.queryForList("select dedup_key from instagram_event where delivery_id = ?",
                String.class, deliveryId));
    }
}
