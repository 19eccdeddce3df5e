package io.igbridge.lifecycle;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/** {@code igbridge.retention.purged{table}}: the rows the last retention run removed from each table. */
@Component
class RetentionMetrics {

    static final List<String> TABLES = List.of("instagram_event", "raw_delivery", "deleted_message");

    private final Map<String, AtomicInteger> lastRun = new ConcurrentHashMap<>();

    RetentionMetrics(MeterRegistry registry) {
        for (String table : TABLES) {
            AtomicInteger rows = lastRun.computeIfAbsent(table, name -> new AtomicInteger());
            Gauge.builder("igbridge.retention.purged", rows, AtomicInteger::get).tag("table", table)
                    .description("Rows the last retention run removed").register(registry);
        }
    }

    void lastRun(Map<String, Integer> rows) {
        rows.forEach((table, count) -> lastRun.computeIfAbsent(table, name -> new AtomicInteger()).set(count));
    }
}
