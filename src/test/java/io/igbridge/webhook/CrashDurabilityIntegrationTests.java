package io.igbridge.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.igbridge.support.Deliveries;
import io.igbridge.support.TestDatabases;
import io.igbridge.support.TestSecrets;
import io.igbridge.support.WebhookClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * "Committed" means it survives {@code kill -9}: the service runs as a separate JVM on its default database
 * settings, is killed with SIGKILL right after an acknowledgement, and every delivery it answered 200 is then
 * in the database; restarted, it processes them. The same JVM also shows the start-up report of missing settings,
 * reads the {@code .env} file of its working directory (a real environment variable winning over it), and logs a
 * forged delivery's rejection without its signature.
 */
class CrashDurabilityIntegrationTests {

    private final List<Process> processes = new ArrayList<>();

    @AfterEach
    void killLeftovers() {
        processes.forEach(Process::destroyForcibly);
    }

    @Test
    void everyAcknowledgedDeliverySurvivesKillMinus9AndIsProcessedAfterRestart() throws Exception {
        Path workDir = Files.createTempDirectory("igbridge-crash-");
        // the environment sets the right secret; the .env file a wrong one, and the page id
        Files.writeString(workDir.resolve(".env"), "INSTAGRAM_WEBHOOK_SECRET=wrong-secret-from-dotenv\n"
                + "INSTAGRAM_PAGE_ID=\"17841400000000001\"\n");
        TestDatabases.Database database = TestDatabases.postgresSelected() ? TestDatabases.freshPostgres() : null;
        int port = freePort();
        Process service = start(workDir, port, database, "first.log");
        var client = new WebhookClient(port);
        awaitHealthy(client, service);
        String forged = "sha256=" + "ab".repeat(32);
        assertThat(client.post("/api/instagram/webhook", Deliveries.dm("mid.forged", "x").getBytes(StandardCharsets.UTF_8),
                "X-Hub-Signature-256", forged).statusCode()).isEqualTo(401);

        List<String> acknowledged = sendUntilKilled(client, service, 20);

        assertThat(service.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(20);
        Process restarted = start(workDir, port, database, "second.log");
        awaitHealthy(client, restarted);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                client.get("/api/instagram/webhook-info").body()).contains("\"pending\":0"));
        restarted.destroy();
        assertThat(restarted.waitFor(30, TimeUnit.SECONDS)).isTrue();

        try (Connection connection = connect(workDir, database)) {
            for (String mid : acknowledged) {
                assertThat(count(connection, "select count(*) from raw_delivery where body = ?",
                        Deliveries.dm(mid, "durable").getBytes(StandardCharsets.UTF_8)))
                        .as("delivery %s was acknowledged, so it must be stored", mid).isEqualTo(1);
                assertThat(count(connection, "select count(*) from instagram_event where dedup_key = ?", "message:" + mid))
                        .as("event of %s stored exactly once", mid).isEqualTo(1);
            }
        }
        String firstLog = Files.readString(workDir.resolve("first.log"));
        assertThat(firstLog.split("setting\\(s\\) not set", -1)).as("one start-up block").hasSize(2);
        assertThat(firstLog).contains("INSTAGRAM_VERIFY_TOKEN: GET /api/instagram/webhook")
                .doesNotContain("INSTAGRAM_PAGE_ID:").doesNotContain(TestSecrets.APP_SECRET);
        assertThat(firstLog).contains("Rejected a webhook delivery").doesNotContain(forged)
                .doesNotContain("wrong-secret-from-dotenv");
    }

    /** Sends deliveries from 4 threads and kills the service with SIGKILL right after the n-th acknowledgement. */
    private static List<String> sendUntilKilled(WebhookClient client, Process service, int killAfter)
            throws InterruptedException {
        var acknowledged = new ConcurrentLinkedQueue<String>();
        var acks = new AtomicInteger();
        var killed = new CountDownLatch(1);
        ExecutorService senders = Executors.newFixedThreadPool(4);
        for (int sender = 0; sender < 4; sender++) {
            int senderId = sender;
            senders.submit(() -> {
                for (int i = 0; killed.getCount() > 0 && i < 1000; i++) {
                    String mid = "mid.crash-" + senderId + "-" + i;
                    try {
                        HttpResponse<String> response = client.postSigned(Deliveries.dm(mid, "durable"));
                        if (response.statusCode() == 200) {
                            acknowledged.add(mid);
                            if (acks.incrementAndGet() == killAfter) {
                                service.destroyForcibly(); // SIGKILL on Linux
                                killed.countDown();
                            }
                        }
                    } catch (RuntimeException connectionLost) {
                        killed.countDown();
                    }
                }
            });
        }
        senders.shutdown();
        assertThat(senders.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        return List.copyOf(acknowledged);
    }

    private Process start(Path workDir, int port, TestDatabases.Database database, String logName) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "io.igbridge.IgbridgeApplication")
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(workDir.resolve(logName).toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("INSTAGRAM_") || name.startsWith("IGBRIDGE_")
                || name.startsWith("SPRING_"));
        env.put("SERVER_PORT", Integer.toString(port));
        env.put("INSTAGRAM_WEBHOOK_SECRET", TestSecrets.APP_SECRET);
        env.put("IGBRIDGE_DATA_DIR", workDir.resolve("data").toString());
        if (database != null) {
            env.put("SPRING_DATASOURCE_URL", database.url());
            env.put("SPRING_DATASOURCE_USERNAME", database.username());
            env.put("SPRING_DATASOURCE_PASSWORD", database.password());
        }
        Process process = builder.start();
        processes.add(process);
        return process;
    }

    private static void awaitHealthy(WebhookClient client, Process service) {
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200)).until(() -> {
            assertThat(service.isAlive()).as("service process alive").isTrue();
            try {
                return client.get("/actuator/health").statusCode() == 200;
            } catch (RuntimeException notYetListening) {
                return false;
            }
        });
    }

    private static Connection connect(Path workDir, TestDatabases.Database database) throws Exception {
        if (database != null) {
            return DriverManager.getConnection(database.url(), database.username(), database.password());
        }
        // the same URL as the service's default, on the data directory it was given
        String url = "jdbc:h2:file:" + workDir.resolve("data").resolve("igbridge") + ";MODE=PostgreSQL;"
                + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;IFEXISTS=TRUE";
        return DriverManager.getConnection(url, "sa", "");
    }

    private static long count(Connection connection, String sql, Object parameter) throws Exception {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, parameter);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
