package io.igbridge.benchmarks.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.Locale;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a running igbridge holds, read through its public endpoints: the deliveries stored by status
 * ({@code GET /api/instagram/webhook-info}), and the work still waiting ({@code GET /actuator/health}: deliveries
 * to process, outbox actions due). Prints one line of {@code key=value} results for bench/e2e.sh.
 */
final class ServiceBacklog {

    private static final JsonMapper JSON = JsonMapper.shared();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private ServiceBacklog() {
    }

    /** The stored deliveries by status. */
    static void printCounts(URI service) throws IOException, InterruptedException {
        JsonNode counts = get(service, "/api/instagram/webhook-info").path("counts");
        System.out.println("RESULT stored=" + counts.path("received").asLong(-1)
                + " processed=" + counts.path("processed").asLong(-1)
                + " pending=" + counts.path("pending").asLong(-1)
                + " unparseable=" + counts.path("unparseable").asLong(-1)
                + " failed=" + counts.path("failed").asLong(-1));
    }

    /** Waits, at most {@code timeout}, until no delivery waits to be processed and no outbox action is due. */
    static void awaitDrained(URI service, Duration timeout) throws IOException, InterruptedException {
        long started = System.nanoTime();
        long end = started + timeout.toNanos();
        long waiting;
        long due;
        do {
            JsonNode components = get(service, "/actuator/health").path("components");
            waiting = components.path("processing").path("details").path("waitingDeliveries").asLong(-1);
            due = components.path("outbox").path("details").path("dueActions").asLong(-1);
            if (waiting == 0 && due == 0) {
                break;
            }
            Thread.sleep(500);
        } while (System.nanoTime() < end);
        System.out.println(String.format(Locale.ROOT, "RESULT drained=%s drain_seconds=%.1f waiting=%d due=%d",
                waiting == 0 && due == 0, (System.nanoTime() - started) / 1e9, waiting, due));
    }

    private static JsonNode get(URI service, String path) throws IOException, InterruptedException {
        // health answers 503 when a worker is down, with the same body
        String body = CLIENT.send(HttpRequest.newBuilder(service.resolve(path)).timeout(Duration.ofSeconds(60))
                .build(), BodyHandlers.ofString()).body();
        return JSON.readTree(body);
    }
}
