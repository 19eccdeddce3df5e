package io.igbridge.admin;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The stored deliveries received since an instant, a page at a time in id order (keyset: after the last id seen),
 * for an operator who replays them ({@code replay --since} on the command line).
 */
@Repository
class DeliveryListing {

    static final int MAX_PAGE_SIZE = 1000;

    private final JdbcTemplate jdbc;

    DeliveryListing(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A stored delivery as the listing shows it: never its body. */
    record ListedDelivery(long id, String status, Instant receivedAt, boolean test) {
    }

    /** Up to {@code limit} deliveries received at or after {@code since}, with an id above {@code after}. */
    List<ListedDelivery> receivedSince(Instant since, long after, int limit) {
        return jdbc.query("select id, status, received_at, test from raw_delivery where id > ? and received_at >= ?"
                + " order by id limit ?", (rs, row) -> new ListedDelivery(rs.getLong(1), rs.getString(2),
                        rs.getTimestamp(3).toInstant(), rs.getBoolean(4)),
                after, Timestamp.from(since), limit);
    }
}
