package io.igbridge.leads;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.igbridge.support.Deliveries;
import io.igbridge.support.IntegrationTest;
import io.igbridge.support.RulesFiles;
import io.igbridge.support.ServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An {@code ask_contact} rule end to end: a DM asking for a quote gets a DM with contact quick replies at the fake
 * Graph API, and the tapped answer becomes a lead; like any bot DM, none goes out after Meta's 24-hour window.
 */
@IntegrationTest
class AskContactIntegrationTests extends ServiceTest {

    static final String MESSAGES = "/v25.0/" + Deliveries.ACCOUNT + "/messages";

    /** Two rules asking for contact details: both fields, and only the phone number. */
    static final String RULES = """
            rules:
              - name: quote
                trigger: dm
                when:
                  any: [devis, quote]
                actions:
                  - ask_contact: "Avec plaisir ! Où pouvons-nous vous envoyer le devis ?"
              - name: callback
                trigger: dm
                when:
                  any: [rappel]
                actions:
                  - ask_contact: {text: "Votre numéro ?", fields: [phone]}
            """;

    @RegisterExtension
    static WireMockExtension graph = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final JsonMapper json = JsonMapper.builder().build();

    @DynamicPropertySource
    static void rulesAndFakeGraphApi(DynamicPropertyRegistry registry) {
        registry.add("IGBRIDGE_RULES_FILE", () -> RulesFiles.write(RULES).toString());
        registry.add("INSTAGRAM_GRAPH_API_URL", graph::baseUrl);
    }

    @BeforeEach
    void metaAcceptsEveryDm() {
        graph.resetAll();
        graph.stubFor(post(MESSAGES).willReturn(okJson("{\"message_id\":\"m_ask\"}")));
    }

    private List<JsonNode> messagesTo(String person) {
        return graph.findAll(postRequestedFor(urlPathEqualTo(MESSAGES))).stream()
                .map(request -> json.readTree(request.getBodyAsString()))
                .filter(body -> body.path("recipient").path("id").asString().equals(person)).toList();
    }

    @Test
    void aQuoteRequestGetsContactQuickRepliesAndTheTappedAnswerBecomesALead() {
        client.postSigned(Deliveries.dmNow("ask-7201", "mid.ask-1", "Bonjour, je voudrais un devis"));

        await().atMost(Duration.ofSeconds(15)).until(() -> messagesTo("ask-7201").size() == 1);
        JsonNode message = messagesTo("ask-7201").get(0).path("message");
        assertThat(message.path("text").asString()).isEqualTo("Avec plaisir ! Où pouvons-nous vous envoyer le devis ?");
        assertThat(message.path("quick_replies").findValuesAsString("content_type"))
                .containsExactly("user_email", "user_phone_number");

        client.postSigned(Deliveries.quickReplyNow("ask-7201", "mid.ask-2", "marie@example.com", "marie@example.com"));

        await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.queryForList(
                "select source from contact_lead where user_id = 'ask-7201' and normalized_value = 'marie@example.com'",
                String.class).equals(List.of("quick_reply")));
        assertThat(messagesTo("ask-7201")).as("the answer is a quick_reply, which the dm rule does not answer")
                .hasSize(1);
    }

    @Test
    void theFieldsAskedForAreTheQuickRepliesSent() {
        client.postSigned(Deliveries.dmNow("ask-7202", "mid.ask-3", "un rappel demain ?"));

        await().atMost(Duration.ofSeconds(15)).until(() -> messagesTo("ask-7202").size() == 1);
        assertThat(messagesTo("ask-7202").get(0).path("message").path("quick_replies")
                .findValuesAsString("content_type")).containsExactly("user_phone_number");
    }

    @Test
    void noContactRequestGoesOutAfterMetasMessagingWindow() {
        client.postSigned(Deliveries.dm("mid.ask-old", "un devis svp, c'est pour 2023"));

        await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.queryForList("select a.status from outbox_action a"
                + " join instagram_event e on a.event_id = e.id where e.dedup_key = 'message:mid.ask-old'",
                String.class).equals(List.of("FAILED")));
        assertThat(jdbc.queryForObject("select a.last_error from outbox_action a join instagram_event e"
                + " on a.event_id = e.id where e.dedup_key = 'message:mid.ask-old'", String.class))
                .contains("24 hours");
        assertThat(messagesTo("990001")).isEmpty();
    }
}
