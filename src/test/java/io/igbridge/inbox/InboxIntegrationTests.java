package io.igbridge.inbox;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.igbridge.support.Deliveries;
import io.igbridge.support.IntegrationTest;
import io.igbridge.support.SentDms;
import io.igbridge.support.ServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The team inbox end to end over real HTTP, HUMAN_AGENT off (the default): a DM asking for a person hands the
 * conversation to the team and silences the bot; an agent replies through the outbox to the fake Graph API; echoes
 * are shown once; the bot answers again once the conversation is handed back.
 */
@IntegrationTest
class InboxIntegrationTests extends ServiceTest {

    static final String ACCOUNT = Deliveries.ACCOUNT;
    static final String MESSAGES = "/v25.0/" + ACCOUNT + "/messages";

    @RegisterExtension
    static WireMockExtension graph = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("INSTAGRAM_GRAPH_API_URL", graph::baseUrl);
        registry.add("INSTAGRAM_PAGE_ID", () -> ACCOUNT);
        registry.add("IGBRIDGE_INBOX_RENOTIFY_AFTER", () -> "2s");
        registry.add("IGBRIDGE_INBOX_POLL_INTERVAL", () -> "200ms");
        registry.add("IGBRIDGE_ALERT_GROUP_WINDOW", () -> "100ms");
    }

    @Autowired
    ConversationActions actions;

    @Autowired
    InboxQueries queries;

    final JsonMapper json = JsonMapper.builder().build();

    @BeforeEach
    void fakeGraph() {
        SentDms.answerWith(graph, "m_bot_1");
    }

    List<String> textsSentTo(String person) {
        return SentDms.textsTo(graph, person);
    }

    long conversationOf(String person) {
        return jdbc.queryForObject("select id from conversation where user_id = ?", Long.class, person);
    }

    String statusOf(String person) {
        return jdbc.queryForObject("select status from conversation where user_id = ?", String.class, person);
    }

    long inboxAlerts(String contains) {
        return jdbc.queryForObject("select count(*) from outbox_action where type = 'notify' and notify_group = 'inbox'"
                + " and payload like ?", Long.class, "%" + contains + "%");
    }

    @Test
    void askingForAPersonHandsTheConversationToTheTeamAndSilencesTheBotUntilItIsHandedBack() {
        client.postSigned(Deliveries.dmNow("9101", "mid.inbox-1", "Bonjour, je voudrais parler à un conseiller"));

        await().atMost(Duration.ofSeconds(15)).until(() -> textsSentTo("9101").size() == 1);
        assertThat(textsSentTo("9101")).containsExactly(
                "Je transmets votre demande à un conseiller, il vous répond au plus vite.");
        assertThat(statusOf("9101")).isEqualTo("WAITING");
        assertThat(inboxAlerts("9101")).as("the team is told once").isEqualTo(1);

        client.postSigned(Deliveries.dmNow("9101", "mid.inbox-2", "Bonjour ? quel est le prix ?"));
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "select unread from conversation where user_id = '9101'", Integer.class) == 2);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).until(() -> textsSentTo("9101").size() == 1);
        // a comment of the same person is not part of the DM thread: it is thanked as usual
        graph.stubFor(post(urlPathMatching("/v25.0/.*/replies")).willReturn(okJson("{\"id\":\"c_reply\"}")));
        client.postSigned(Deliveries.commentNow("9101", "anna", "17850000000091011", "Super post !"));
        await().atMost(Duration.ofSeconds(15)).until(() -> !graph.findAll(
                postRequestedFor(urlPathEqualTo("/v25.0/17850000000091011/replies"))).isEmpty());

        long id = conversationOf("9101");
        actions.reply(id, "alice", "Bonjour, je suis Alice, je regarde votre commande.");
        await().atMost(Duration.ofSeconds(15)).until(() -> textsSentTo("9101").size() == 2);
        assertThat(textsSentTo("9101").get(1)).isEqualTo("Bonjour, je suis Alice, je regarde votre commande.");
        assertThat(statusOf("9101")).isEqualTo("ASSIGNED");
        assertThat(graph.findAll(postRequestedFor(urlPathEqualTo(MESSAGES))).get(1).getBodyAsString())
                .as("inside 24 hours: no tag").doesNotContain("HUMAN_AGENT");

        actions.handBack(id);
        client.postSigned(Deliveries.dmNow("9101", "mid.inbox-3", "et le prix ?"));
        await().atMost(Duration.ofSeconds(15)).until(() -> textsSentTo("9101").size() == 3);
        assertThat(textsSentTo("9101").get(2)).startsWith("Consultez nos tarifs");
        assertThat(inboxAlerts("9101")).isEqualTo(1);

        // by hand: back to the team, told again
        actions.escalate(id, "alice");
        assertThat(statusOf("9101")).isEqualTo("WAITING");
        assertThat(inboxAlerts("9101")).isEqualTo(2);
        assertThatThrownBy(() -> actions.escalate(id, "alice")).isInstanceOf(AgentRefusal.class)
                .hasMessageContaining("already");
    }

    @Test
    void ourSendsEchoIsShownOnceAndAReplyTypedInTheInstagramAppIsShownMarked() {
        client.postSigned(Deliveries.dmNow("9201", "mid.inbox-echo-1", "une réclamation svp"));
        await().atMost(Duration.ofSeconds(15)).until(() -> textsSentTo("9201").size() == 1);
        long id = conversationOf("9201");
        graph.stubFor(post(urlPathMatching("/v25.0/.*/messages")).willReturn(okJson("{\"message_id\":\"m_agent_1\"}")));
        actions.reply(id, "bob", "Je m'en occupe.");
        await().atMost(Duration.ofSeconds(15)).until(() -> "DONE".equals(jdbc.queryForObject(
                "select status from outbox_action where idempotency_key like 'agent:bob:%'", String.class)));

        client.postSigned(Deliveries.echo("9201", "m_agent_1", "Je m'en occupe."));
        client.postSigned(Deliveries.echo("9201", "m_typed_in_app", "Réponse écrite dans l'app"));
        await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.queryForObject(
                "select count(*) from conversation_message where conversation_id = ? and direction = 'out'",
                Long.class, id) == 2);

        List<InboxView.Message> messages = queries.detail(id).orElseThrow().messages();
        assertThat(messages).filteredOn(m -> "Je m'en occupe.".equals(m.text())).singleElement()
                .satisfies(m -> {
                    assertThat(m.origin()).isEqualTo("agent");
                    assertThat(m.agent()).isEqualTo("bob");
                });
        assertThat(messages).filteredOn(m -> "Réponse écrite dans l'app".equals(m.text())).singleElement()
                .extracting(InboxView.Message::origin).isEqualTo("instagram_app");
        assertThat(messages).extracting(InboxView.Message::origin).containsExactly("customer", "bot", "agent",
                "instagram_app");
    }

    @Test
    void outsideTheDayWindowAnAgentIsToldWhyWithoutTheHumanAgentFeature() {
        client.postSigned(Deliveries.dmAt("9301", "mid.inbox-old", "je veux parler à un humain",
                Instant.now().minus(Duration.ofHours(30))));
        await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.queryForObject(
                "select count(*) from conversation where user_id = '9301' and status = 'WAITING'", Long.class) == 1);

        assertThatThrownBy(() -> actions.reply(conversationOf("9301"), "alice", "Bonjour"))
                .isInstanceOf(AgentRefusal.class).hasMessageContaining("24 hours")
                .hasMessageContaining("IGBRIDGE_HUMAN_AGENT_TAG");
        assertThat(textsSentTo("9301")).isEmpty();
    }

    @Test
    void aWaitingConversationNobodyTakesIsAnnouncedAgainOnce() {
        client.postSigned(Deliveries.dmNow("9401", "mid.inbox-renotify", "I want to talk to a human"));

        await().atMost(Duration.ofSeconds(15)).until(() -> inboxAlerts("still waits") > 0
                && jdbc.queryForObject("select count(*) from conversation where user_id = '9401'"
                        + " and renotified_at is not null", Long.class) == 1);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(4)).until(() -> jdbc.queryForObject(
                "select count(*) from outbox_action where notify_group = 'inbox' and payload like ?",
                Long.class, "%/conversations/" + conversationOf("9401") + "\"%") == 2);
    }

    @Test
    void aClosedConversationOpensAgainWithItsHistoryAndADeletedMessageIsRedacted() {
        client.postSigned(Deliveries.dmNow("9501", "mid.inbox-close-1", "réclamation : colis abîmé"));
        await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.queryForObject(
                "select count(*) from conversation where user_id = '9501' and status = 'WAITING'", Long.class) == 1);
        long id = conversationOf("9501");
        actions.note(id, "alice", "Client fidèle, proposer un avoir");
        actions.close(id);

        client.postSigned(Deliveries.deleted("9501", "mid.inbox-close-1"));
        client.postSigned(Deliveries.dmNow("9501", "mid.inbox-close-2", "merci !"));
        await().atMost(Duration.ofSeconds(15)).until(() -> "BOT".equals(statusOf("9501")));

        InboxView.Detail detail = queries.detail(id).orElseThrow();
        assertThat(conversationOf("9501")).isEqualTo(id);
        assertThat(detail.notes()).extracting(InboxView.Note::text).containsExactly("Client fidèle, proposer un avoir");
        await().atMost(Duration.ofSeconds(10)).until(() -> queries.detail(id).orElseThrow().messages().stream()
                .anyMatch(InboxView.Message::deleted));
        assertThat(queries.detail(id).orElseThrow().messages()).filteredOn(InboxView.Message::deleted).singleElement()
                .satisfies(m -> assertThat(m.text()).isNull());
        assertThat(jdbc.queryForList("select text from conversation_message where conversation_id = ?", String.class,
                id)).doesNotContain("réclamation : colis abîmé").contains("merci !");
    }
}
