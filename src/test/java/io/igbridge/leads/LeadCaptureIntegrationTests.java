package io.igbridge.leads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.igbridge.events.InstagramEvent;
import io.igbridge.events.WebhookPayloadParser;
import io.igbridge.processing.StoredEvent;
import io.igbridge.support.Deliveries;
import io.igbridge.support.IntegrationTest;
import io.igbridge.support.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Leads from signed DMs over real HTTP: typed addresses and numbers, contact quick-reply answers, each kept once
 * however often it is given or its event processed; nothing from what the account sent itself or from payloads
 * tried through the test endpoint.
 */
@IntegrationTest
class LeadCaptureIntegrationTests extends ServiceTest {

    @Autowired
    LeadCaptureHandler handler;

    @Autowired
    TransactionTemplate transaction;

    private List<Map<String, Object>> leadsOf(String person) {
        return jdbc.queryForList("select * from contact_lead where user_id = ? order by id", person);
    }

    private void awaitHandled(HttpResponse<String> acknowledgement) {
        long delivery = deliveryId(acknowledgement);
        await().atMost(Duration.ofSeconds(15)).until(() -> rows.isHandled(delivery));
    }

    @Test
    void aDmWithAnAddressAndANumberGivesTwoLeadsAndTheSameDmAgainNoMore() {
        String dm = Deliveries.dmNow("lead-7101", "mid.lead-1",
                "Bonjour, pour le devis : Marie.Dupont@Example.com ou 06 12 34 56 78 (commande CMD-482913)");

        awaitHandled(client.postSigned(dm));

        assertThat(leadsOf("lead-7101")).extracting(row -> row.get("kind"), row -> row.get("written_value"),
                row -> row.get("normalized_value"), row -> row.get("source"), row -> row.get("account_id"))
                .containsExactlyInAnyOrder(
                        tuple("email", "Marie.Dupont@Example.com", "marie.dupont@example.com", "text",
                                Deliveries.ACCOUNT),
                        tuple("phone", "06 12 34 56 78", "+33612345678", "text", Deliveries.ACCOUNT));
        assertThat(leadsOf("lead-7101")).allSatisfy(lead -> {
            assertThat(lead.get("excerpt")).asString().startsWith("Bonjour, pour le devis");
            assertThat(lead.get("event_id")).isNotNull();
            assertThat(lead.get("collected_at")).isNotNull();
        });

        awaitHandled(client.postSigned(dm));
        awaitHandled(client.postSigned(Deliveries.dmNow("lead-7101", "mid.lead-2",
                "je redis : marie.dupont@example.com, +33 6 12 34 56 78")));

        assertThat(leadsOf("lead-7101")).hasSize(2);
    }

    @Test
    void aContactQuickReplyAnswerIsALeadFromAQuickReply() {
        awaitHandled(client.postSigned(Deliveries.quickReplyNow("lead-7102", "mid.lead-qr-1",
                "marie@example.com", "marie@example.com")));
        awaitHandled(client.postSigned(Deliveries.quickReplyNow("lead-7102", "mid.lead-qr-2",
                "+33 6 98 76 54 32", "+33698765432")));

        assertThat(leadsOf("lead-7102")).extracting(row -> row.get("kind"), row -> row.get("normalized_value"),
                row -> row.get("source")).containsExactly(
                        tuple("email", "marie@example.com", "quick_reply"),
                        tuple("phone", "+33698765432", "quick_reply"));
    }

    @Test
    void anOrdinaryQuickReplyTheAccountsOwnMessagesAndTriedPayloadsGiveNoLead() {
        awaitHandled(client.postSigned(Deliveries.quickReplyNow("lead-7103", "mid.lead-qr-3", "Track my order",
                "TRACK_ORDER")));
        awaitHandled(client.postSigned(Deliveries.echo("lead-7103", "mid.lead-echo",
                "Écrivez-nous à contact@atelier.example ou au 01 42 68 53 00")));

        var tried = client.postTest("""
                {"entry":[{"id":"page_123","changes":[{"field":"messages","value":{"messages":[{"id":"msg_lead",\
                "from":{"id":"lead-7103"},"timestamp":"1640995200","text":"test : essai@example.com"}]}}]}]}""");
        assertThat(tried.statusCode()).isEqualTo(200);

        assertThat(leadsOf("lead-7103")).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from contact_lead where normalized_value in"
                + " ('contact@atelier.example', '+33142685300')", Long.class)).isZero();
    }

    @Test
    void anEventHandledTwiceRecordsItsLeadsOnce() {
        String body = Deliveries.dmNow("lead-7104", "mid.lead-twice", "joignable au 07 81 23 45 67");
        awaitHandled(client.postSigned(body));
        long eventId = jdbc.queryForObject("select event_id from contact_lead where user_id = 'lead-7104'", Long.class);
        InstagramEvent event = new WebhookPayloadParser().parse(body.getBytes(java.nio.charset.StandardCharsets.UTF_8), true, java.time.Instant.now())
                .events().get(0).event();

        transaction.executeWithoutResult(status -> handler.on(new StoredEvent(eventId, 0, false, event)));
        transaction.executeWithoutResult(status -> handler.on(new StoredEvent(eventId, 0, false, event)));

        assertThat(leadsOf("lead-7104")).extracting(row -> row.get("normalized_value")).containsExactly("+33781234567");
    }
}
