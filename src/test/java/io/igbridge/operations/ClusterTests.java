package io.igbridge.operations;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.igbridge.support.Deliveries.Dm;
import io.igbridge.support.ExactlyOnce;
import io.igbridge.support.SentDms;
import io.igbridge.support.SentDms.SentDm;
import io.igbridge.support.ServiceProcess;
import io.igbridge.support.StoredRows;
import io.igbridge.support.StoredRows.RecordedMessage;
import io.igbridge.support.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three nodes on one PostgreSQL, Meta's deliveries spread over them, one node killed with SIGKILL in the middle: every
 * event is stored once and processed, every reply sent once, and each conversation's messages are handled in the
 * order the customer wrote them, whichever node took each one.
 */
class ClusterTests {

    static final int NODES = 3;
    static final int CONVERSATIONS = 200;
    static final int DMS_PER_CONVERSATION = 25;
    static final int KILL_AFTER = CONVERSATIONS * DMS_PER_CONVERSATION / 2;
    static final int VICTIM = 1;
    static final int SENDERS = 40;
    static final int MAX_TRIES = 10;

    @RegisterExtension
    static WireMockExtension graph = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @Test
    void threeNodesKeepEveryConversationOnceAndInOrderWhenOneIsKilled(@TempDir Path workDir) throws Exception {
        SentDms.answerWith(graph, "m_cluster");
        var database = TestDatabases.freshPostgres();
        var rows = new StoredRows(database.jdbc());
        List<List<Dm>> conversations = conversations();
        Set<SentDm> expected = new HashSet<>();
        for (List<Dm> conversation : conversations) {
            expected.add(new SentDm(conversation.get(0).sender(), SentDms.GREETING_REPLY));
            expected.add(new SentDm(conversation.get(0).sender(), SentDms.PRICES_REPLY));
        }

        List<ServiceProcess> nodes = new ArrayList<>();
        long start = System.nanoTime();
        try {
            for (int i = 1; i <= NODES; i++) {
                nodes.add(new ServiceProcess("cluster-node-" + i, workDir.resolve("node-" + i), database,
                        ServiceProcess.nodeSettings(graph.baseUrl())).launch("node.log", Map.of()));
            }
            nodes.forEach(ServiceProcess::awaitHealthy);
            long up = System.nanoTime();

            var meta = new RoundRobin(nodes);
            Map<String, Long> acknowledged = new ConcurrentHashMap<>();
            var acks = new AtomicInteger();
            var inFlightAtTheKill = new AtomicReference<Set<Long>>(Set.of());
            ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
            List<Future<?>> sent = new ArrayList<>();
            for (List<Dm> conversation : conversations) {
                sent.add(senders.submit(() -> {
                    for (Dm dm : conversation) {
                        acknowledged.put(dm.mid(), meta.deliver(dm));
                        if (acks.incrementAndGet() == KILL_AFTER) {
                            meta.kill(VICTIM);
                            inFlightAtTheKill.set(rows.actionsInFlight());
                        }
                    }
                    return null;
                }));
            }
            try {
                for (Future<?> conversation : sent) {
                    conversation.get(); // each conversation, in order, acknowledged; or the failure of one
                }
            } finally {
                senders.shutdownNow();
            }

            long delivered = System.nanoTime();
            ExactlyOnce.awaitSettled(nodes.get(0), graph, expected); // never the victim
            long settled = System.nanoTime();
            for (int i = 0; i < NODES; i++) {
                if (i != VICTIM) {
                    nodes.get(i).stop();
                }
            }

            ExactlyOnce.assertEachDmStoredAndProcessedOnce(rows, conversations.stream().flatMap(List::stream).toList(),
                    acknowledged);
            List<SentDm> sentTwice = ExactlyOnce.assertEachReplySentOnce(SentDms.counts(graph), expected,
                    rows.outboxDms(), inFlightAtTheKill.get(), 1);
            System.out.printf("ClusterTests: %d deliveries sent again to another node after a lost connection;"
                    + " replies in flight at the kill and sent twice: %d %s; seconds to start %d, to deliver %d,"
                    + " to settle %d%n", meta.retries(), sentTwice.size(), sentTwice, seconds(start, up),
                    seconds(up, delivered), seconds(delivered, settled));

            assertEachConversationRecordedInOrder(conversations, rows.customerMessagesByContact());
        } finally {
            nodes.forEach(ServiceProcess::close);
        }
    }

    private static long seconds(long from, long to) {
        return TimeUnit.NANOSECONDS.toSeconds(to - from);
    }

    /**
     * Each conversation's messages, recorded once each, in the order the customer wrote them: by the inbox's ids
     * (the order in which the handlers ran), their timestamps never go back.
     */
    private static void assertEachConversationRecordedInOrder(List<List<Dm>> conversations,
            Map<String, List<RecordedMessage>> recorded) {
        List<String> incomplete = new ArrayList<>();
        List<String> outOfOrder = new ArrayList<>();
        for (List<Dm> conversation : conversations) {
            String contact = conversation.get(0).sender();
            List<RecordedMessage> messages = recorded.getOrDefault(contact, List.of());
            if (!messages.stream().map(RecordedMessage::mid).toList()
                    .containsAll(conversation.stream().map(Dm::mid).toList())
                    || messages.size() != conversation.size()) {
                incomplete.add(contact + " (" + messages.size() + " recorded)");
            }
            for (int i = 1; i < messages.size(); i++) {
                if (messages.get(i).sentAt().isBefore(messages.get(i - 1).sentAt())) {
                    outOfOrder.add(contact + ": " + messages.stream().map(RecordedMessage::mid)
                            .map(mid -> mid.substring(mid.lastIndexOf('-') + 1)).toList());
                    break;
                }
            }
        }
        System.out.printf("ClusterTests: %d of %d conversations recorded out of order%n", outOfOrder.size(),
                conversations.size());
        assertThat(incomplete).as("conversations not recorded once each message (%d)", incomplete.size()).isEmpty();
        assertThat(outOfOrder).as("conversations recorded out of the customer's order (%d of %d; the position of"
                + " each message, in the order recorded)", outOfOrder.size(), conversations.size()).isEmpty();
    }

    /** Conversations of DMs with strictly increasing timestamps: a greeting, a question about prices, and so on. */
    private static List<List<Dm>> conversations() {
        Instant start = Instant.now().minusSeconds(60);
        List<List<Dm>> conversations = new ArrayList<>();
        for (int c = 0; c < CONVERSATIONS; c++) {
            List<Dm> conversation = new ArrayList<>();
            String sender = Long.toString(7_200_000_000L + c);
            for (int k = 0; k < DMS_PER_CONVERSATION; k++) {
                conversation.add(new Dm(sender, "mid.cluster-" + c + "-" + k,
                        (k % 2 == 0 ? "Bonjour " : "prix ? ") + k, start.plusMillis(k * 100L + c)));
            }
            conversations.add(conversation);
        }
        return conversations;
    }

    /**
     * Meta's side: each delivery to the next node in turn; a delivery whose connection was lost, or that was refused,
     * goes to the next one, until acknowledged. A killed node is left out of the turn.
     */
    private static final class RoundRobin {

        private final List<ServiceProcess> nodes;
        private final Set<Integer> down = ConcurrentHashMap.newKeySet();
        private final AtomicLong next = new AtomicLong();
        private final AtomicInteger retries = new AtomicInteger();

        RoundRobin(List<ServiceProcess> nodes) {
            this.nodes = nodes;
        }

        /** @return the id of the stored delivery, from the acknowledgement */
        long deliver(Dm dm) {
            String body = dm.body();
            List<String> failures = new ArrayList<>();
            for (int attempt = 0; attempt < MAX_TRIES; attempt++) {
                ServiceProcess node = nextUp();
                try {
                    HttpResponse<String> response = node.client().postSigned(body);
                    if (response.statusCode() == 200) {
                        return Long.parseLong(response.headers().firstValue("X-Igbridge-Delivery").orElseThrow());
                    }
                    failures.add(node.name() + ": " + response.statusCode() + " " + response.body());
                } catch (UncheckedIOException connectionLost) {
                    failures.add(node.name() + ": " + connectionLost.getCause());
                }
                retries.incrementAndGet();
            }
            throw new AssertionError(dm.mid() + " never acknowledged: " + failures);
        }

        private ServiceProcess nextUp() {
            while (true) {
                int index = (int) (next.getAndIncrement() % nodes.size());
                if (!down.contains(index)) {
                    return nodes.get(index);
                }
            }
        }

        void kill(int index) {
            down.add(index);
            nodes.get(index).kill();
        }

        int retries() {
            return retries.get();
        }
    }
}
