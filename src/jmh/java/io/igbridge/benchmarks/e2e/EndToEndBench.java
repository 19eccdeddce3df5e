package io.igbridge.benchmarks.e2e;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * The end-to-end benchmark's tools, one command each; bench/e2e.sh runs them and reads the {@code RESULT} lines.
 * The webhook secret comes from {@code INSTAGRAM_WEBHOOK_SECRET}, as for the service.
 *
 * <pre>
 * deliveries COUNT FILE                          signed DM deliveries as a Lua table, for wrk
 * fake-graph PORT                                a fake Graph API on loopback, until killed
 * ack-latency URL RATE WARMUP_S SECONDS          acknowledgement latency at a fixed rate
 * graph-latency URL FAKE_URL RATE WARMUP_S SECONDS WAIT_S
 *                                                delivery → Graph API call latency at a fixed rate
 * counts URL                                     stored deliveries by status
 * drain URL TIMEOUT_S                            waits until processing and the outbox have caught up
 * </pre>
 */
public final class EndToEndBench {

    private EndToEndBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            usage();
        }
        switch (args[0]) {
            case "deliveries" -> LuaDeliveryFile.write(Path.of(args[2]), Integer.parseInt(args[1]), secret());
            case "fake-graph" -> {
                try (FakeGraphApi fake = new FakeGraphApi(Integer.parseInt(args[1])).start()) {
                    System.out.println("fake Graph API listening on 127.0.0.1:" + args[1]);
                    new CountDownLatch(1).await();
                }
            }
            case "ack-latency" -> AckLatency.run(URI.create(args[1]), secret(), Double.parseDouble(args[2]),
                    seconds(args[3]), seconds(args[4]));
            case "graph-latency" -> EventToGraphLatency.run(URI.create(args[1]), URI.create(args[2]), secret(),
                    Double.parseDouble(args[3]), seconds(args[4]), seconds(args[5]), seconds(args[6]));
            case "counts" -> ServiceBacklog.printCounts(URI.create(args[1]));
            case "drain" -> ServiceBacklog.awaitDrained(URI.create(args[1]), seconds(args[2]));
            default -> usage();
        }
        System.exit(0);
    }

    private static byte[] secret() {
        String secret = System.getenv("INSTAGRAM_WEBHOOK_SECRET");
        if (secret == null || secret.isBlank()) {
            throw new IllegalStateException("INSTAGRAM_WEBHOOK_SECRET is not set");
        }
        return secret.strip().getBytes(StandardCharsets.UTF_8);
    }

    private static Duration seconds(String value) {
        return Duration.ofMillis(Math.round(Double.parseDouble(value) * 1000));
    }

    private static void usage() {
        System.err.println("usage: EndToEndBench deliveries|fake-graph|ack-latency|graph-latency|counts|drain ..."
                + " (see its Javadoc)");
        System.exit(2);
    }
}
