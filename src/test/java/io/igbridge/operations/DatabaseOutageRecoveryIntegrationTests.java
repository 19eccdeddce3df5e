package io.igbridge.operations;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.igbridge.support.Deliveries;
import io.igbridge.support.IntegrationTest;
import io.igbridge.support.PostgresOutage;
import io.igbridge.support.SentDms;
import io.igbridge.support.SentDms.SentDm;
import io.igbridge.support.ServiceTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Fault injection: the database goes away for a while, in the middle of work, and comes back. Deliveries that
 * arrive meanwhile are refused with 503 and nothing of them is stored; Meta sends them again; processing and the
 * outbox resume by themselves; every DM is answered exactly once; the service is healthy afterwards. Runs on
 * PostgreSQL whatever the selected database: a server that refuses connections is the realistic outage (an
 * embedded H2 file can't go away).
 */
@IntegrationTest
@TestPropertySource(properties = {"test.database=postgres", "spring.datasource.hikari.connection-timeout=1000",
        "IGBRIDGE_OUTBOX_POLL_INTERVAL=200ms", "IGBRIDGE_OUTBOX_RETRY_BACKOFF=200ms",
        "IGBRIDGE_OUTBOX_MAX_RETRY_BACKOFF=1s"})
class DatabaseOutageRecoveryIntegrationTests extends ServiceTest {

    static final int BEFORE = 12;
    static final int DURING = 8;

    @RegisterExtension
    static WireMockExtension graph = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @DynamicPropertySource
    static void graphApi(DynamicPropertyRegistry registry) {
        registry.add("INSTAGRAM_GRAPH_API_URL", graph::baseUrl);
    }

    @Value("${spring.datasource.url}")
    String url;

    @Test
    void deliveriesDuringAnOutageAreRefusedThenTakenWhenSentAgainAndEveryDmIsAnsweredOnce() throws Exception {
        SentDms.answerWith(graph, "m_outage");
        Set<SentDm> expected = new HashSet<>();
        for (int i = 1; i <= BEFORE; i++) {
            assertThat(client.postSigned(dm("before-" + i)).statusCode()).isEqualTo(200);
            expected.add(new SentDm("before-" + i, SentDms.GREETING_REPLY));
        }

        List<String> refused = new ArrayList<>();
        // cut while the DMs just acknowledged are being processed and answered
        try (PostgresOutage outage = PostgresOutage.begin(url)) {
            await().atMost(Duration.ofSeconds(20)).until(() -> client.get("/actuator/health").statusCode() == 503);
            for (int i = 1; i <= DURING; i++) {
                String body = dm("during-" + i);
                assertThat(client.postSigned(body).statusCode()).as("a delivery the database can't take").isEqualTo(503);
                refused.add(body);
                expected.add(new SentDm("during-" + i, SentDms.GREETING_REPLY));
            }
        }

        // Meta sends each refused delivery again until it is acknowledged
        for (String body : refused) {
            await().atMost(Duration.ofSeconds(30)).until(() -> client.postSigned(body).statusCode() == 200);
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> SentDms.counts(graph).keySet().containsAll(expected)
                && rows.outboxDms().stream().allMatch(action -> action.status().equals("DONE")));

        Map<SentDm, Long> received = SentDms.counts(graph);
        assertThat(received).as("each DM answered once").containsOnlyKeys(expected).allSatisfy((dm, times) ->
                assertThat(times).as(dm.recipient()).isOne());
        assertThat(rows.outboxDms()).hasSize(BEFORE + DURING);
        assertThat(rows.deliveryCount()).as("nothing stored half-way: every delivery row has its body")
                .isEqualTo(rows.deliveryBodies().size()).isEqualTo(BEFORE + DURING);
        assertThat(rows.deliveriesByStatus()).containsOnlyKeys("PROCESSED");
        expected.forEach(dm -> assertThat(rows.eventStatus(Deliveries.ACCOUNT, "message:mid.outage-" + dm.recipient()))
                .isEqualTo("HANDLED"));
        assertThat(client.get("/actuator/health").statusCode()).isEqualTo(200);
    }

    private static String dm(String person) {
        return Deliveries.dmNow(person, "mid.outage-" + person, "Bonjour");
    }
}
