package io.igbridge.outbox;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.igbridge.inbox.MessagingWindows;
import io.igbridge.support.IntegrationTest;
import io.igbridge.support.ServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Several dispatchers on one database (as several nodes run): each action is sent by exactly one of them; an action
 * left in flight by a node that died is taken over once its lease has expired; and the node that lost its claim
 * can no longer record anything. An action due before where a node's reads of pending actions start (made pending
 * by a node whose clock is behind) is sent all the same.
 */
@IntegrationTest
class ConcurrentDispatchIntegrationTests extends ServiceTest {

    static final String ACCOUNT = "17841400000000001";
    static final String MESSAGES = "/v25.0/" + ACCOUNT + "/messages";

    @RegisterExtension
    static WireMockExtension graph = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("INSTAGRAM_GRAPH_API_URL", graph::baseUrl);
        registry.add("IGBRIDGE_OUTBOX_ENABLED", () -> "false");
    }

    @Autowired
    OutboxWriter writer;

    @Autowired
    OutboxDispatcher dispatcher;

    @Autowired
    OutboxQueue queue;

    @Autowired
    MessagingWindows windows;

    @BeforeEach
    void fakeGraph() {
        graph.resetAll();
        graph.stubFor(post(MESSAGES).willReturn(okJson("{\"message_id\":\"m_once\"}")));
    }

    private long sendsTo(String person) {
        return graph.findAll(postRequestedFor(urlPathEqualTo(MESSAGES))).stream()
                .filter(request -> request.getBodyAsString().contains("\"" + person + "\"")).count();
    }

    @Test
    void fourDispatchersSendEachActionExactlyOnce() throws Exception {
        for (int i = 0; i < 30; i++) {
            String person = "55" + i;
            windows.recordInbound(ACCOUNT, person, "message:c" + i, Instant.now());
            writer.enqueue("concurrent:" + i, new SendDirectMessage(ACCOUNT, person, "hello " + i, false), null);
        }
        Callable<Integer> drain = () -> {
            int sent = 0;
            for (int batch = dispatcher.dispatchDue(); batch > 0; batch = dispatcher.dispatchDue()) {
                sent += batch;
            }
            return sent;
        };
        ExecutorService nodes = Executors.newFixedThreadPool(4);
        int total = 0;
        for (var result : nodes.invokeAll(List.of(drain, drain, drain, drain))) {
            total += result.get();
        }
        nodes.shutdown();

        assertThat(total).isGreaterThanOrEqualTo(30);
        for (int i = 0; i < 30; i++) {
            assertThat(sendsTo("55" + i)).as("person 55%d", i).isEqualTo(1);
            assertThat(rows.outboxStatus("concurrent:" + i)).isEqualTo("DONE");
        }
    }

    @Test
    void aContactsLaterMessageWaitsWhileAnEarlierOneIsInFlightAndOtherContactsGoOn() {
        windows.recordInbound(ACCOUNT, "5701", "message:order-a", Instant.now());
        windows.recordInbound(ACCOUNT, "5702", "message:order-b", Instant.now());
        writer.enqueue("order:1", new SendDirectMessage(ACCOUNT, "5701", "first", false), null);
        writer.enqueue("order:2", new SendDirectMessage(ACCOUNT, "5701", "second", false), null);
        writer.enqueue("order:3", new SendDirectMessage(ACCOUNT, "5702", "someone else", false), null);
        PendingAction first = queue.claimNextDue(Instant.now(), Instant.now().plusSeconds(60)).orElseThrow();
        assertThat(first.action()).isEqualTo(new SendDirectMessage(ACCOUNT, "5701", "first", false));

        assertThat(dispatcher.dispatchDue()).isPositive();
        assertThat(sendsTo("5702")).isEqualTo(1);
        assertThat(dispatcher.dispatchDue()).as("the second message to 5701 waits for the first").isZero();
        assertThat(rows.outboxStatus("order:2")).isEqualTo("PENDING");

        queue.markDone(first, List.of("m_first"), Instant.now());
        assertThat(dispatcher.dispatchDue()).isPositive();
        assertThat(rows.outboxStatus("order:2")).isEqualTo("DONE");
    }

    @Test
    void anActionLeftInFlightByADeadNodeIsTakenOverAfterItsLeaseAndTheDeadClaimCanRecordNothing() {
        windows.recordInbound(ACCOUNT, "5601", "message:lease", Instant.now());
        writer.enqueue("lease:1", new SendDirectMessage(ACCOUNT, "5601", "taken over", false), null);
        Instant past = Instant.now().minus(Duration.ofMinutes(5));
        PendingAction deadNodesClaim = queue.claimNextDue(Instant.now(), past).orElseThrow(); // its lease ran out

        // expired leases are looked for every few seconds, not at each claim
        await().atMost(Duration.ofSeconds(15)).until(() -> dispatcher.dispatchDue() > 0);

        assertThat(sendsTo("5601")).isEqualTo(1);
        assertThat(rows.outboxStatus("lease:1")).isEqualTo("DONE");
        queue.finish(deadNodesClaim, "FAILED", "permanent", "the dead node wakes up", Instant.now());
        assertThat(rows.outboxStatus("lease:1")).isEqualTo("DONE");
        assertThat(queue.renewLease(deadNodesClaim, Instant.now().plusSeconds(60))).isFalse();
    }

    @Test
    void anActionDueLongBeforeWhereTheReadsOfPendingActionsStartIsSentAllTheSame() {
        windows.recordInbound(ACCOUNT, "5602", "message:skew-first", Instant.now());
        writer.enqueue("skew:first", new SendDirectMessage(ACCOUNT, "5602", "first", false), null);
        assertThat(dispatcher.dispatchDue()).as("sent, and where pending actions start read: about now").isOne();
        // made pending by a node whose clock is an hour behind
        windows.recordInbound(ACCOUNT, "5603", "message:skew", Instant.now());
        writer.enqueue("skew:behind", new SendDirectMessage(ACCOUNT, "5603", "from a clock behind", false), null);
        jdbc.update("update outbox_action set next_attempt_at = ? where idempotency_key = 'skew:behind'",
                Timestamp.from(Instant.now().minus(Duration.ofHours(1))));

        await().atMost(Duration.ofSeconds(10)).until(() -> {
            dispatcher.dispatchDue();
            return "DONE".equals(rows.outboxStatus("skew:behind"));
        });
        assertThat(sendsTo("5603")).isEqualTo(1);
    }
}
