package io.igbridge.benchmarks.e2e;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;

/**
 * Acknowledgement latency at a fixed rate: distinct signed DM deliveries (a new message id each, from
 * {@value #PEOPLE} people over {@value DeliveryMix#ACCOUNTS} accounts) posted open-loop; prints one line of
 * {@code key=value} results for bench/e2e.sh.
 */
final class AckLatency {

    /** Senders of these deliveries: {@link DeliveryMix#senderId} range 2. */
    static final long SENDER_RANGE = 2;
    static final int PEOPLE = 10_000;

    private AckLatency() {
    }

    static void run(URI webhook, byte[] secret, double rate, Duration warmup, Duration measured)
            throws InterruptedException {
        int warmupRequests = (int) Math.round(rate * warmup.toMillis() / 1000.0);
        int measuredRequests = (int) Math.round(rate * measured.toMillis() / 1000.0);
        long run = System.currentTimeMillis() % 1_000_000 * 1_000_000;
        OpenLoopSender.Result result = new OpenLoopSender(webhook).run(rate, warmupRequests, measuredRequests,
                (sequence, dueEpochMicros) -> request(webhook, secret, new MetaDelivery(
                        DeliveryMix.accountId(sequence), DeliveryMix.senderId(SENDER_RANGE, sequence % PEOPLE),
                        run + sequence, DeliveryMix.text(sequence), dueEpochMicros / 1000)));
        System.out.println(String.format(Locale.ROOT,
                "RESULT ack_rate=%.0f ack_achieved=%.1f ack_sent=%d ack_p50_ms=%s ack_p99_ms=%s ack_p999_ms=%s"
                        + " ack_max_ms=%s ack_non2xx=%d ack_failed=%d ack_statuses=%s",
                rate, result.achievedRate(), measuredRequests, result.latencies().percentile(50),
                result.latencies().percentile(99), result.latencies().percentile(99.9), result.latencies().max(),
                result.non2xx(), result.failures(), result.statuses().toString().replace(" ", "")));
    }

    /** The delivery as Meta posts it, signed. */
    static byte[] request(URI webhook, byte[] secret, MetaDelivery delivery) {
        byte[] body = delivery.body();
        return HttpConnection.post(webhook, "Content-Type: application/json\r\nX-Hub-Signature-256: "
                + MetaDelivery.signature(secret, body) + "\r\n", body);
    }
}
