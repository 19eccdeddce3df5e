package io.igbridge.benchmarks.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * From a DM's delivery to igbridge's reply reaching the Graph API, at a fixed rate: each delivery, signed when it is
 * built, comes from a person of its own (so the greeting rule answers each exactly once) and says
 * {@value DeliveryMix#GREETING}; the fake Graph API ({@link FakeGraphApi}, its own process) keeps when each
 * recipient's DM arrived. Latency is that arrival minus the delivery's due time (epoch microseconds, one clock for
 * both processes). An event whose reply has not arrived when the wait ends counts as slower than all others; an
 * event answered more than once is counted ({@code graph_repeated}). Prints one line of {@code key=value} results
 * for bench/e2e.sh.
 */
final class EventToGraphLatency {

    /** Senders of these deliveries: {@link DeliveryMix#senderId} range 3, one per event. */
    static final long SENDER_RANGE = 3;

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    /** A recipient's first DM, and how many it got. */
    private record Arrival(long firstMicros, long count) {
    }

    private EventToGraphLatency() {
    }

    static void run(URI webhook, URI fakeGraph, byte[] secret, double rate, Duration warmup, Duration measured,
            Duration replyWait) throws InterruptedException, IOException {
        int warmupRequests = (int) Math.round(rate * warmup.toMillis() / 1000.0);
        int measuredRequests = (int) Math.round(rate * measured.toMillis() / 1000.0);
        long firstPerson = System.currentTimeMillis() % 100_000 * 1_000_000;
        OpenLoopSender.Result result = new OpenLoopSender(webhook).run(rate, warmupRequests, measuredRequests,
                (sequence, dueEpochMicros) -> AckLatency.request(webhook, secret, new MetaDelivery(
                        DeliveryMix.accountId(sequence), DeliveryMix.senderId(SENDER_RANGE, firstPerson + sequence),
                        firstPerson + sequence, DeliveryMix.GREETING, dueEpochMicros / 1000)));

        long from = Long.parseLong(DeliveryMix.senderId(SENDER_RANGE, firstPerson + warmupRequests));
        long to = from + measuredRequests;
        long waitEnd = System.nanoTime() + replyWait.toNanos();
        Map<Long, Arrival> arrivals = arrivals(fakeGraph, from, to);
        while (arrivals.size() < measuredRequests && System.nanoTime() < waitEnd) {
            Thread.sleep(250);
            arrivals = arrivals(fakeGraph, from, to);
        }

        long[] latencies = new long[measuredRequests];
        int replies = 0;
        int repeated = 0;
        for (int i = 0; i < measuredRequests; i++) {
            Arrival arrived = arrivals.get(from + i);
            if (arrived != null) {
                latencies[replies++] = (arrived.firstMicros() - result.dueEpochMicros()[i]) * 1000;
                repeated += arrived.count() > 1 ? 1 : 0;
            }
        }
        Latencies toGraph = new Latencies(latencies, replies, measuredRequests - replies);
        printTimeline(result, arrivals, from, measuredRequests, rate);
        System.out.println(String.format(Locale.ROOT,
                "RESULT graph_rate=%.0f graph_achieved=%.1f graph_events=%d graph_replies=%d graph_repeated=%d"
                        + " graph_p50_ms=%s"
                        + " graph_p99_ms=%s graph_max_ms=%s graph_ack_p50_ms=%s graph_ack_p99_ms=%s graph_non2xx=%d"
                        + " graph_failed=%d",
                rate, result.achievedRate(), measuredRequests, replies, repeated, toGraph.percentile(50),
                toGraph.percentile(99), toGraph.max(), result.latencies().percentile(50),
                result.latencies().percentile(99), result.non2xx(), result.failures()));
    }

    /**
     * On standard error, second by second of the measured events' due times, the slowest reply's latency and the
     * replies missing: where a high percentile comes from (a stall of a few seconds, or a steady backlog).
     */
    private static void printTimeline(OpenLoopSender.Result result, Map<Long, Arrival> arrivals, long from,
            int measuredRequests, double rate) {
        int perSecond = Math.max(1, (int) Math.round(rate));
        for (int first = 0; first < measuredRequests; first += perSecond) {
            long slowest = 0;
            int missing = 0;
            for (int i = first; i < Math.min(measuredRequests, first + perSecond); i++) {
                Arrival arrived = arrivals.get(from + i);
                if (arrived == null) {
                    missing++;
                } else {
                    slowest = Math.max(slowest, arrived.firstMicros() - result.dueEpochMicros()[i]);
                }
            }
            System.err.printf(Locale.ROOT, "timeline second=%d max_ms=%.1f missing=%d%n", first / perSecond,
                    slowest / 1000.0, missing);
        }
    }

    private static Map<Long, Arrival> arrivals(URI fakeGraph, long from, long to)
            throws IOException, InterruptedException {
        String lines = CLIENT.send(HttpRequest.newBuilder(fakeGraph.resolve("/bench/arrivals?from=" + from
                + "&to=" + to)).build(), BodyHandlers.ofString()).body();
        Map<Long, Arrival> arrivals = new HashMap<>();
        for (String line : lines.split("\n")) {
            String[] fields = line.split(" ");
            if (fields.length == 3) {
                arrivals.put(Long.parseLong(fields[0]),
                        new Arrival(Long.parseLong(fields[1]), Long.parseLong(fields[2])));
            }
        }
        return arrivals;
    }
}
