package io.igbridge.processing;

import java.time.Duration;

import io.igbridge.support.Reread;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * An id below which no delivery is waiting ({@code RECEIVED}), read again at most once a second: where the claims and
 * the turn checks start their scan of the index on {@code raw_delivery (status, id)}. On PostgreSQL an update leaves
 * the row's old index entry behind until a vacuum, so the entries of every delivery processed since the last one
 * stay at the front of the {@code RECEIVED} range, and a scan from the start read them all: with a backlog of a
 * million deliveries, a claim took tens of milliseconds, and the backlog drained at 200 deliveries a second
 * (docs/benchmarks.md). Deliveries only leave {@code RECEIVED}, except one sent back by {@link #deliveryRequeued},
 * and new ones get higher ids; a margin below the lowest waiting id covers the batches other nodes have not
 * committed yet.
 */
@Component
class WaitingDeliveriesFloor {

    /** Ids below the lowest waiting one that a scan still reads: other nodes' batches in flight (256 a commit). */
    static final long MARGIN = 1024;

    private final JdbcTemplate jdbc;
    private final Reread<Long> floor = new Reread<>(Duration.ofSeconds(1), this::read);

    WaitingDeliveriesFloor(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** No delivery below this id is waiting to be processed (the margin aside). */
    long id() {
        return floor.get();
    }

    /** A delivery made to wait again (a replay), perhaps below the floor: it is read again before the next scan. */
    void deliveryRequeued() {
        floor.forget();
    }

    private long read() {
        Long lowestWaiting = jdbc.queryForObject("select min(id) from raw_delivery where status = 'RECEIVED'",
                Long.class);
        long from = lowestWaiting != null ? lowestWaiting
                : jdbc.queryForObject("select coalesce(max(id), 0) + 1 from raw_delivery", Long.class);
        return Math.max(0, from - MARGIN);
    }
}
