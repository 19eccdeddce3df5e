package io.igbridge.benchmarks.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Meta's Graph API as igbridge sees it, on loopback: {@code POST /{version}/{node}/messages} answers
 * {@code {"recipient_id", "message_id"}} as Meta does, and for each recipient the time its first DM arrived (epoch
 * microseconds, the clock every process on the machine shares) and how many arrived are kept; a profile read
 * answers a name; anything else answers {@code {"success": true}}. Its own endpoints, for the benchmark:
 * <ul>
 * <li>{@code GET /bench/stats}: {@code sends=… recipients=… repeated=… profiles=… others=…}, {@code repeated}
 * being the recipients that got more than one DM</li>
 * <li>{@code GET /bench/arrivals?from=A&to=B}: one line {@code <recipient> <epoch µs> <DMs>} per numeric recipient
 * id in [A, B)</li>
 * </ul>
 */
final class FakeGraphApi implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.shared();

    private final HttpServer server;
    private final ExecutorService threads;
    private final Map<String, Arrival> arrivals = new ConcurrentHashMap<>();
    private final AtomicLong sends = new AtomicLong();
    private final AtomicLong repeated = new AtomicLong();
    private final AtomicLong profiles = new AtomicLong();
    private final AtomicLong others = new AtomicLong();

    /** When a recipient's first DM arrived, and how many arrived. */
    private static final class Arrival {
        final long firstMicros;
        final AtomicLong count = new AtomicLong();

        Arrival(long firstMicros) {
            this.firstMicros = firstMicros;
        }
    }

    FakeGraphApi(int port) throws IOException {
        // Without it the JDK's server writes an answer's headers and body in two packets with Nagle's algorithm on:
        // the body waits for the client's delayed ACK of the headers, 40 ms on Linux, and every Graph API call
        // looked 40 ms long (read once, when the server's configuration class loads: before the first server).
        System.setProperty("sun.net.httpserver.nodelay", "true");
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1024);
        threads = Executors.newFixedThreadPool(8);
        server.setExecutor(threads);
        server.createContext("/", this::handle);
    }

    FakeGraphApi start() {
        server.start();
        return this;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readAllBytes();
            URI uri = exchange.getRequestURI();
            String path = uri.getPath();
            if (path.startsWith("/bench/")) {
                answer(exchange, 200, "text/plain", control(path, uri.getRawQuery()));
            } else if ("POST".equals(exchange.getRequestMethod()) && path.endsWith("/messages")) {
                answer(exchange, 200, "application/json", message(body));
            } else if ("GET".equals(exchange.getRequestMethod())) {
                profiles.incrementAndGet();
                answer(exchange, 200, "application/json",
                        "{\"name\":\"Camille Martin\",\"username\":\"camille.martin\",\"id\":\""
                                + path.substring(path.lastIndexOf('/') + 1) + "\"}");
            } else {
                others.incrementAndGet();
                answer(exchange, 200, "application/json", "{\"success\":true,\"id\":\"" + others.get() + "\"}");
            }
        }
    }

    private String message(byte[] body) {
        long arrived = epochMicros();
        JsonNode recipient = JSON.readTree(body).path("recipient");
        String id = recipient.path("id").asString(recipient.path("comment_id").asString("unknown"));
        long sequence = sends.incrementAndGet();
        if (arrivals.computeIfAbsent(id, first -> new Arrival(arrived)).count.incrementAndGet() == 2) {
            repeated.incrementAndGet();
        }
        return "{\"recipient_id\":\"" + id + "\",\"message_id\":\"aWdfZAG1faXRlbToxOklHTWVzc2FnZAUl" + sequence + "\"}";
    }

    private String control(String path, String query) {
        if (path.equals("/bench/stats")) {
            return "sends=" + sends.get() + " recipients=" + arrivals.size() + " repeated=" + repeated.get()
                    + " profiles=" + profiles.get() + " others=" + others.get() + "\n";
        }
        if (path.equals("/bench/arrivals")) {
            Map<String, String> parameters = new HashMap<>();
            for (String pair : query == null ? new String[0] : query.split("&")) {
                int equals = pair.indexOf('=');
                if (equals > 0) {
                    parameters.put(pair.substring(0, equals), pair.substring(equals + 1));
                }
            }
            long from = Long.parseLong(parameters.getOrDefault("from", "0"));
            long to = Long.parseLong(parameters.getOrDefault("to", Long.toString(Long.MAX_VALUE)));
            StringBuilder lines = new StringBuilder();
            arrivals.forEach((recipient, arrival) -> {
                if (recipient.chars().allMatch(Character::isDigit) && recipient.length() < 19) {
                    long id = Long.parseLong(recipient);
                    if (id >= from && id < to) {
                        lines.append(recipient).append(' ').append(arrival.firstMicros).append(' ')
                                .append(arrival.count.get()).append('\n');
                    }
                }
            });
            return lines.toString();
        }
        return "unknown\n";
    }

    private static void answer(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
    }

    static long epochMicros() {
        return ChronoUnit.MICROS.between(Instant.EPOCH, Instant.now());
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
