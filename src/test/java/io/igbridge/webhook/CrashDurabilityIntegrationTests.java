package io.igbridge.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.igbridge.support.Deliveries;
import io.igbridge.support.ServiceProcess;
import io.igbridge.support.TestSecrets;
import io.igbridge.support.WebhookClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Committed" means it survives {@code kill -9}: the service runs as a separate JVM on its default database
 * settings, is killed with SIGKILL right after an acknowledgement, and every delivery it answered 200 is then
 * in the database; restarted, it processes them. The same JVM also shows the start-up report of missing settings,
 * reads the {@code .env} file of its working directory (a real environment variable winning over it), and logs a
 * forged delivery's rejection without its signature.
 */
class CrashDurabilityIntegrationTests {

    @Test
    void everyAcknowledgedDeliverySurvivesKillMinus9AndIsProcessedAfterRestart(@TempDir Path workDir) throws Exception {
        // the environment sets the right secret; the .env file a wrong one, and the page id
        Files.writeString(workDir.resolve(".env"), "INSTAGRAM_WEBHOOK_SECRET=wrong-secret-from-dotenv\n"
                + "INSTAGRAM_PAGE_ID=\"17841400000000001\"\n");
        try (var service = new ServiceProcess(workDir, Map.of("INSTAGRAM_WEBHOOK_SECRET", TestSecrets.APP_SECRET))) {
            WebhookClient client = service.start("first.log").client();
            String forged = "sha256=" + "ab".repeat(32);
            assertThat(client.post("/api/instagram/webhook", Deliveries.dm("mid.forged", "x")
                    .getBytes(StandardCharsets.UTF_8), "X-Hub-Signature-256", forged).statusCode()).isEqualTo(401);

            List<String> acknowledged = sendUntilKilled(client, service, 20);

            assertThat(service.waitForExit(Duration.ofSeconds(30))).isTrue();
            assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(20);
            service.start("second.log");
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                    client.get("/api/instagram/webhook-info").body()).contains("\"pending\":0"));
            service.stop();

            try (Connection connection = service.connect()) {
                for (String mid : acknowledged) {
                    assertThat(count(connection, "select count(*) from raw_delivery_body where body = ?",
                            Deliveries.dm(mid, "durable").getBytes(StandardCharsets.UTF_8)))
                            .as("delivery %s was acknowledged, so it must be stored", mid).isEqualTo(1);
                    assertThat(count(connection, "select count(*) from instagram_event where dedup_key = ?",
                            "message:" + mid)).as("event of %s stored exactly once", mid).isEqualTo(1);
                }
            }
            String firstLog = Files.readString(service.log("first.log"));
            assertThat(firstLog.split("setting\\(s\\) not set", -1)).as("one start-up block").hasSize(2);
            assertThat(firstLog).contains("INSTAGRAM_VERIFY_TOKEN: GET /api/instagram/webhook")
                    .doesNotContain("INSTAGRAM_PAGE_ID:").doesNotContain(TestSecrets.APP_SECRET);
            assertThat(firstLog).contains("Rejected a webhook delivery").doesNotContain(forged)
                    .doesNotContain("wrong-secret-from-dotenv");
        }
    }

    /** Sends deliveries from 4 threads and kills the service with SIGKILL right after the n-th acknowledgement. */
    static List<String> sendUntilKilled(WebhookClient client, ServiceProcess service, int killAfter)
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
                                service.kill();
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

    static long count(Connection connection, String sql, Object parameter) throws Exception {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, parameter);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }
}
