package io.igbridge.operations;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.igbridge.support.Deliveries.Dm;
import io.igbridge.support.ExactlyOnce;
import io.igbridge.support.SentDms;
import io.igbridge.support.SentDms.SentDm;
import io.igbridge.support.ServiceProcess;
import io.igbridge.support.StoredRows;
import io.igbridge.support.TestDatabases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A node killed with SIGKILL in the middle of a stream of DMs, on H2 and on PostgreSQL: every DM it acknowledged
 * is stored, processed once after the restart, and answered once; the ones it did not acknowledge are sent again,
 * as Meta does, and answered once too. The one exception, asserted as narrowly as it can be: a reply whose call to
 * the Graph API was in flight at the kill may go twice (Meta takes no idempotency key), at most one per sending
 * thread of the killed node. (Runs on both databases by itself: not an {@code *IntegrationTests}.)
 */
class CrashSafetyTests {

    static final int DMS = 2000;
    static final int KILL_AFTER = 700;
    static final int SENDERS = 8;

    @RegisterExtension
    static WireMockExtension graph = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @BeforeEach
    void fakeGraphApi() {
        SentDms.answerWith(graph, "m_crash");
    }

    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {"h2", "postgresql"})
    void everyAcknowledgedDmIsStoredProcessedAndAnsweredOnceAcrossAKill(String kind, @TempDir Path workDir)
            throws Exception {
        var database = kind.equals("h2") ? TestDatabases.h2In(workDir.resolve("data")) : TestDatabases.freshPostgres();
        List<Dm> dms = new ArrayList<>();
        Instant now = Instant.now();
        for (int i = 0; i < DMS; i++) {
            dms.add(new Dm(Long.toString(7_100_000_000L + i), "mid.crash-" + i, i % 2 == 0 ? "Bonjour" : "prix ?", now));
        }
        Set<SentDm> expected = dms.stream().map(dm -> new SentDm(dm.sender(),
                dm.text().equals("Bonjour") ? SentDms.GREETING_REPLY : SentDms.PRICES_REPLY)).collect(Collectors.toSet());

        try (var node = new ServiceProcess("crash-safety-" + kind, workDir, database,
                ServiceProcess.nodeSettings(graph.baseUrl()))) {
            long start = System.nanoTime();
            node.start("before-kill.log");
            long up = System.nanoTime();
            Sent beforeKill = send(dms, node, KILL_AFTER);
            long killed = System.nanoTime();
            var rows = new StoredRows(database.jdbc());
            Set<Long> inFlightAtTheKill = rows.actionsInFlight();

            node.start("after-restart.log");
            long restarted = System.nanoTime();
            Sent retried = send(beforeKill.unacknowledged(), node, 0);
            long resent = System.nanoTime();
            assertThat(retried.unacknowledged()).as(() -> node.describe("refused DMs Meta sent again")).isEmpty();

            ExactlyOnce.awaitSettled(node, graph, expected);
            long settled = System.nanoTime();
            node.stop();

            Map<String, Long> acknowledged = new HashMap<>(beforeKill.acknowledged());
            acknowledged.putAll(retried.acknowledged());
            ExactlyOnce.assertEachDmStoredAndProcessedOnce(rows, dms, acknowledged);
            List<SentDm> sentTwice = ExactlyOnce.assertEachReplySentOnce(SentDms.counts(graph), expected,
                    rows.outboxDms(), inFlightAtTheKill, 1);
            System.out.printf("CrashSafetyTests on %s: %d DMs acknowledged before the kill, %d sent again after it;"
                    + " replies in flight at the kill and sent twice: %d %s; seconds to start %d, to the kill %d,"
                    + " to restart %d, to send again %d, to settle %d%n", kind, beforeKill.acknowledged().size(),
                    beforeKill.unacknowledged().size(), sentTwice.size(), sentTwice, seconds(start, up),
                    seconds(up, killed), seconds(killed, restarted), seconds(restarted, resent), seconds(resent, settled));
        }
    }

    private static long seconds(long from, long to) {
        return TimeUnit.NANOSECONDS.toSeconds(to - from);
    }

    /** What Meta's side saw: the delivery id of each DM acknowledged (by mid), and the DMs to send again. */
    record Sent(Map<String, Long> acknowledged, List<Dm> unacknowledged) {
    }

    /**
     * Sends the DMs from several threads, as Meta delivers; with {@code killAfter > 0}, kills the node with SIGKILL
     * right after that many acknowledgements. A DM whose connection was lost, or that was refused, is to be sent
     * again; once the node is down the rest are too.
     */
    private static Sent send(List<Dm> dms, ServiceProcess node, int killAfter) throws Exception {
        var queue = new ConcurrentLinkedQueue<>(dms);
        var acknowledged = new ConcurrentHashMap<String, Long>();
        var unacknowledged = new ConcurrentLinkedQueue<Dm>();
        var killTime = new CompletableFuture<Void>();
        var down = new AtomicBoolean();
        var finished = new AtomicInteger();
        ExecutorService meta = Executors.newFixedThreadPool(SENDERS);
        for (int i = 0; i < SENDERS; i++) {
            meta.execute(() -> {
                for (Dm dm = queue.poll(); dm != null; dm = queue.poll()) {
                    if (down.get()) {
                        unacknowledged.add(dm);
                        continue;
                    }
                    try {
                        HttpResponse<String> response = node.client().postSigned(dm.body());
                        if (response.statusCode() == 200) {
                            acknowledged.put(dm.mid(),
                                    Long.parseLong(response.headers().firstValue("X-Igbridge-Delivery").orElseThrow()));
                            if (acknowledged.size() >= killAfter) {
                                killTime.complete(null);
                            }
                        } else {
                            unacknowledged.add(dm);
                        }
                    } catch (UncheckedIOException connectionLost) {
                        unacknowledged.add(dm);
                    }
                }
                if (finished.incrementAndGet() == SENDERS) {
                    killTime.complete(null); // all sent: no more acknowledgements to wait for
                }
            });
        }
        meta.shutdown();
        if (killAfter > 0) {
            killTime.get(3, TimeUnit.MINUTES);
            assertThat(acknowledged).as(() -> node.describe("acknowledged too few DMs")).hasSizeGreaterThanOrEqualTo(
                    killAfter);
            down.set(true);
            node.kill();
        }
        assertThat(meta.awaitTermination(3, TimeUnit.MINUTES)).as("all DMs sent within 3 minutes").isTrue();
        return new Sent(Map.copyOf(acknowledged), List.copyOf(unacknowledged));
    }
}
