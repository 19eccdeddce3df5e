package io.igbridge.outbox;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.igbridge.support.Deliveries;
import io.igbridge.support.IntegrationTest;
import io.igbridge.support.ServiceTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fault injection: the Graph API answers too late. Each call gives up after {@code IGBRIDGE_GRAPH_API_TIMEOUT} and
 * is retried with backoff; meanwhile deliveries are still acknowledged and processed (no shared pool is exhausted
 * by the stuck sends: a delivery that arrives while sends are held is acknowledged in less time than Meta takes);
 * once Meta answers in time again, every DM is sent, none is sent again after Meta confirmed it, and the service is
 * healthy.
 * <p>
 * A call that timed out may still have reached Meta, which takes no idempotency key: such an in-doubt send can
 * repeat (README, the outbox's "windows that remain"). The test therefore counts the calls Meta answered in time:
 * exactly one per DM.
 */
@IntegrationTest
class SlowGraphApiIntegrationTests extends ServiceTest {

    static final int DMS = 10;
    static final int LATECOMERS = 3;
    /** How long an acknowledgement may take while the sends hang: less than Meta's delay below (3 s). */
    static final Duration ACK_WAIT = Duration.ofSeconds(2);
    static final String MESSAGES = "/v25.0/.*/messages";

    @RegisterExtension
    static WireMockExtension graph = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @DynamicPropertySource
    static void graphApi(DynamicPropertyRegistry registry) {
        registry.add("INSTAGRAM_GRAPH_API_URL", graph::baseUrl);
        registry.add("IGBRIDGE_GRAPH_API_TIMEOUT", () -> "500ms");
        registry.add("IGBRIDGE_OUTBOX_POLL_INTERVAL", () -> "100ms");
        registry.add("IGBRIDGE_OUTBOX_RETRY_BACKOFF", () -> "100ms");
        registry.add("IGBRIDGE_OUTBOX_MAX_RETRY_BACKOFF", () -> "300ms");
        registry.add("IGBRIDGE_OUTBOX_MAX_ATTEMPTS", () -> "1000");
        registry.add("IGBRIDGE_OUTBOX_WORKERS", () -> "16");
    }

    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void sendsTimeOutAndAreRetriedWhileIntakeAndProcessingGoOnThenEachDmIsConfirmedOnce() {
        graph.resetAll();
        UUID slow = graph.stubFor(post(urlPathMatching(MESSAGES))
                .willReturn(okJson("{\"message_id\":\"m_late\"}").withFixedDelay(3_000))).getId();

        List<String> people = IntStream.rangeClosed(1, DMS).mapToObj(i -> "slow-graph-" + i).toList();
        List<String> latecomers = IntStream.rangeClosed(1, LATECOMERS).mapToObj(i -> "slow-graph-late-" + i).toList();
        List<String> everyone = Stream.concat(people.stream(), latecomers.stream()).toList();
        for (String person : people) {
            assertThat(client.postSigned(Deliveries.dmNow(person, "mid." + person, "Bonjour")).statusCode())
                    .as("acknowledged while the sends hang").isEqualTo(200);
        }
        // the events are all handled and their replies decided, although no send has come back yet
        await().atMost(Duration.ofSeconds(20)).until(() -> people.stream().allMatch(person ->
                "HANDLED".equals(rows.eventStatus(Deliveries.ACCOUNT, "message:mid." + person))));
        // each call gave up at its timeout and was tried again: more calls than the outbox has threads
        await().atMost(Duration.ofSeconds(20)).until(() -> servedBy(slow).size() > 2 * DMS);
        assertThat(jdbc.queryForList("select last_error from outbox_action where type = 'send_dm'", String.class))
                .isNotEmpty().allSatisfy(error -> assertThat(error).contains("timed out"));
        assertThat(client.get("/actuator/health").statusCode()).isEqualTo(200);
        // new deliveries, each while a send is held by Meta, are acknowledged well before Meta would answer it
        for (String person : latecomers) {
            await().atMost(Duration.ofSeconds(10)).until(() -> !rows.actionsInFlight().isEmpty());
            HttpResponse<String> ack = assertTimeoutPreemptively(ACK_WAIT,
                    () -> client.postSigned(Deliveries.dmNow(person, "mid." + person, "Bonjour")));
            assertThat(ack.statusCode()).as("acknowledged while Meta holds the sends").isEqualTo(200);
        }

        UUID inTime = graph.stubFor(post(urlPathMatching(MESSAGES))
                .willReturn(okJson("{\"message_id\":\"m_in_time\"}"))).getId();
        await().atMost(Duration.ofSeconds(30)).until(() -> rows.outboxDms().size() == everyone.size()
                && rows.outboxDms().stream().allMatch(action -> action.status().equals("DONE")));
        assertThat(client.get("/actuator/health").body()).as("healthy afterwards").contains("\"status\":\"UP\"");

        Map<String, Long> confirmed = servedBy(inTime).stream().collect(Collectors.groupingBy(
                event -> json.readTree(event.getRequest().getBodyAsString()).path("recipient").path("id").asString(),
                Collectors.counting()));
        assertThat(confirmed).as("DMs Meta confirmed, by person").containsOnlyKeys(everyone)
                .allSatisfy((person, times) -> assertThat(times).as(person).isOne());
        assertThat(jdbc.queryForList("select result_ids from outbox_action where type = 'send_dm'", String.class))
                .hasSize(everyone.size()).allSatisfy(ids -> assertThat(ids).isEqualTo("m_in_time"));
    }

    private static List<ServeEvent> servedBy(UUID stub) {
        return graph.getAllServeEvents().stream()
                .filter(event -> event.getStubMapping() != null && stub.equals(event.getStubMapping().getId()))
                .toList();
    }
}
