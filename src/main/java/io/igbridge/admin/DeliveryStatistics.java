package io.igbridge.admin;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

import io.igbridge.processing.DeliveryStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Counts of stored deliveries by status, and the time of the last one, read from the database (all nodes). */
@Repository
class DeliveryStatistics {

    private final JdbcTemplate jdbc;

    DeliveryStatistics(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Map<DeliveryStatus, Long> countByStatus() {
        Map<DeliveryStatus, Long> counts = new EnumMap<>(DeliveryStatus.class);
        for (DeliveryStatus status : DeliveryStatus.values()) {
            counts.put(status, 0L);
        }
        jdbc.query("select status, count(*) from raw_delivery where test = false group by status",
                rs -> {
                    counts.put(DeliveryStatus.valueOf(rs.getString(1)), rs.getLong(2));
                });
        return counts;
    }

    long waitingEvents() {
        Long count = jdbc.queryForObject("select count(*) from instagram_event where status = 'PENDING' and test = false",
                Long.class);
        return count == null ? 0 : count;
    }

    long testDeliveries() {
        Long count = jdbc.queryForObject("select count(*) from raw_delivery where test = true", Long.class);
        return count == null ? 0 : count;
    }

    Instant lastDeliveryAt() {
        Timestamp last = jdbc.queryForObject("select max(received_at) from raw_delivery where test = false",
                Timestamp.class);
        return last == null ? null : last.toInstant();
    }
}
