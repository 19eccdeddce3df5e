package io.igbridge.processing;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.igbridge.support.Deliveries;
import io.igbridge.support.IntegrationTest;
import io.igbridge.support.SentDms;
import io.igbridge.support.SentDms.SentDm;
import io.igbridge.support.ServiceTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Fault injection: a burst of 1,000 updates in one delivery, as Meta sends after an outage on its side (up to 1,000
 * per POST). One acknowledgement; every update becomes one event, handled once; every greeting is answered once.
 */
@IntegrationTest
class BurstDeliveryIntegrationTests extends ServiceTest {

    static final int UPDATES = 1_000;

    @RegisterExtension
    static WireMockExtension graph = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @DynamicPropertySource
    static void graphApi(DynamicPropertyRegistry registry) {
        registry.add("INSTAGRAM_GRAPH_API_URL", graph::baseUrl);
        registry.add("IGBRIDGE_OUTBOX_POLL_INTERVAL", () -> "100ms");
    }

    @Test
    void aDeliveryOfAThousandDmsIsOneAcknowledgementAThousandEventsAndAThousandRepliesEachOnce() {
        SentDms.answerWith(graph, "m_burst");
        List<String> people = IntStream.rangeClosed(1, UPDATES).mapToObj(i -> "burst-" + i).toList();
        byte[] body = burst(people, Instant.now()).getBytes(StandardCharsets.UTF_8);
        assertThat(body.length).as("within IGBRIDGE_MAX_BODY_BYTES").isLessThan(1_048_576);

        var acknowledgement = client.postSigned(body);
        assertThat(acknowledgement.statusCode()).isEqualTo(200);
        long delivery = deliveryId(acknowledgement);

        Set<SentDm> expected = people.stream().map(person -> new SentDm(person, SentDms.GREETING_REPLY))
                .collect(Collectors.toSet());
        await().atMost(Duration.ofSeconds(120)).until(() -> SentDms.counts(graph).size() == UPDATES
                && rows.outboxDms().stream().allMatch(action -> action.status().equals("DONE")));

        assertThat(rows.status(delivery)).isEqualTo("PROCESSED");
        assertThat(rows.eventTypesOfDelivery(delivery)).hasSize(UPDATES);
        Map<String, Long> events = rows.eventCounts(Deliveries.ACCOUNT);
        assertThat(people).allSatisfy(person -> assertThat(events.get("message:mid." + person)).as(person).isOne());
        assertThat(jdbc.queryForObject("select count(*) from instagram_event where status <> 'HANDLED'", Long.class))
                .isZero();
        Map<SentDm, Long> received = SentDms.counts(graph);
        assertThat(received).containsOnlyKeys(expected).allSatisfy((dm, times) -> assertThat(times).isOne());
        assertThat(client.get("/actuator/health").statusCode()).isEqualTo(200);
    }

    /** One entry per update, as Meta batches them: each a DM from a person of its own. */
    private static String burst(List<String> people, Instant at) {
        long millis = at.toEpochMilli();
        String entries = people.stream().map(person -> """
                {"id":"%s","time":%d,"messaging":[{"sender":{"id":"%s"},"recipient":{"id":"%s"},"timestamp":%d,\
                "message":{"mid":"mid.%s","text":"Bonjour"}}]}""".formatted(Deliveries.ACCOUNT, millis, person,
                Deliveries.ACCOUNT, millis, person)).collect(Collectors.joining(","));
        return "{\"object\":\"instagram\",\"entry\":[" + entries + "]}";
    }
}
