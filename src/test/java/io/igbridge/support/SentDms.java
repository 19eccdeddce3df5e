package io.igbridge.support;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The DMs a fake Graph API (WireMock) received for the default account, as JSON, and its stub answering them. */
public final class SentDms {

    /** The built-in rules' replies (README, "Auto-replies"): to a greeting, once a day per person... */
    public static final String GREETING_REPLY = "Bonjour ! Notre équipe vous répondra bientôt.";
    /** ...and to a DM about prices, once every 10 minutes per person. */
    public static final String PRICES_REPLY = "Consultez nos tarifs sur notre site web : https://example.com/prix";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String MESSAGES = "/v25.0/" + Deliveries.ACCOUNT + "/messages";

    private SentDms() {
    }

    /** One DM: to whom, and what it says. */
    public record SentDm(String recipient, String text) {
    }

    /** Forgets what the fake received and answers every DM with {@code messageId}. */
    public static void answerWith(WireMockExtension graph, String messageId) {
        graph.resetAll();
        graph.stubFor(post(urlPathMatching("/v25.0/.*/messages"))
                .willReturn(okJson("{\"message_id\":\"" + messageId + "\"}")));
    }

    /** The bodies of the DMs sent to {@code person}, in order. */
    public static List<JsonNode> to(WireMockExtension graph, String person) {
        return graph.findAll(postRequestedFor(urlPathEqualTo(MESSAGES))).stream()
                .map(request -> JSON.readTree(request.getBodyAsString()))
                .filter(body -> body.path("recipient").path("id").asString().equals(person)).toList();
    }

    /** The texts of the DMs sent to {@code person}, in order. */
    public static List<String> textsTo(WireMockExtension graph, String person) {
        return to(graph, person).stream().map(body -> body.path("message").path("text").asString()).toList();
    }

    /** How many times the fake received each DM (recipient and text). */
    public static Map<SentDm, Long> counts(WireMockExtension graph) {
        return graph.findAll(postRequestedFor(urlPathEqualTo(MESSAGES))).stream()
                .map(request -> JSON.readTree(request.getBodyAsString()))
                .collect(Collectors.groupingBy(body -> new SentDm(body.path("recipient").path("id").asString(),
                        body.path("message").path("text").asString()), Collectors.counting()));
    }
}
