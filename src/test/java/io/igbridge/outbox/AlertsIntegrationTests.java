package io.igbridge.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.igbridge.support.FakeHttpReceiver;
import io.igbridge.support.FreePort;
import io.igbridge.support.IntegrationTest;
import io.igbridge.support.ServiceTest;
import io.igbridge.support.TestSecrets;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Alerts go through the outbox to every configured target — a Slack-compatible webhook, a signed JSON webhook and
 * e-mail (a real SMTP server, GreenMail) — a burst of them as a handful of messages; a target that keeps failing
 * (a receiver answering 503, a mail server that is not there) is retried, then dead-lettered and visible to
 * operators, and arrives once when sent again.
 */
@IntegrationTest
class AlertsIntegrationTests extends ServiceTest {

    static final FakeHttpReceiver RECEIVER = new FakeHttpReceiver();
    /** A port of its own rather than GreenMail's 3025, which another test run on the machine may hold. */
    static final ServerSetup SMTP = ServerSetupTest.SMTP.port(FreePort.pick());

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(SMTP)
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    @DynamicPropertySource
    static void alertTargets(DynamicPropertyRegistry registry) {
        registry.add("IGBRIDGE_SLACK_WEBHOOK_URL", () -> RECEIVER.url("/slack"));
        registry.add("IGBRIDGE_ALERT_WEBHOOK_URL", () -> RECEIVER.url("/hook"));
        registry.add("IGBRIDGE_ALERT_WEBHOOK_SECRET", () -> "alert-webhook-secret-3d9f");
        registry.add("IGBRIDGE_ALERT_EMAIL_TO", () -> "team@example.test");
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", SMTP::getPort);
        registry.add("IGBRIDGE_ALERT_GROUP_WINDOW", () -> "1s");
        registry.add("IGBRIDGE_OUTBOX_RETRY_BACKOFF", () -> "100ms");
        registry.add("IGBRIDGE_OUTBOX_MAX_RETRY_BACKOFF", () -> "200ms");
        registry.add("IGBRIDGE_OUTBOX_MAX_ATTEMPTS", () -> "3");
        // many sending threads (the default's 16): a burst's alerts claimed by several threads at once still go out
        // as a handful (with 8 and no check for an alert of the group in flight, 6 went out to Slack on their own)
        registry.add("IGBRIDGE_OUTBOX_WORKERS", () -> "16");
    }

    @AfterAll
    static void stopReceiver() {
        RECEIVER.close();
    }

    @Autowired
    OutboxWriter writer;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void aBurstOfAHundredAlertsIsAHandfulOfMessagesOnEveryTarget() throws Exception {
        RECEIVER.answerWith(200);
        transaction.executeWithoutResult(status -> {
            for (int i = 0; i < 100; i++) {
                writer.enqueue("test:burst:" + i, new Notify("17841400000000001", "negative-comments",
                        "Negative comment #" + i), null);
            }
        });

        await().atMost(Duration.ofSeconds(20)).until(() -> alertNumbersIn("/slack").size() == 100);
        assertThat(RECEIVER.received("/slack")).filteredOn(request -> request.body().contains("Negative comment"))
                .hasSizeBetween(1, 5);
        await().atMost(Duration.ofSeconds(20)).until(() -> alertNumbersIn("/hook").size() == 100);
        assertThat(RECEIVER.received("/hook")).filteredOn(request -> request.body().contains("Negative comment"))
                .hasSizeBetween(1, 5).allSatisfy(request ->
                assertThat(request.header("X-Igbridge-Signature-256"))
                        .isEqualTo("sha256=" + hmac("alert-webhook-secret-3d9f", request.body())));
        await().atMost(Duration.ofSeconds(20)).until(() -> smtp.getReceivedMessages().length >= 1);
        MimeMessage[] mails = smtp.getReceivedMessages();
        assertThat(mails.length).isBetween(1, 5);
        assertThat(mails[0].getAllRecipients()[0].toString()).isEqualTo("team@example.test");
        await().atMost(Duration.ofSeconds(20)).until(() -> rows.outboxCount("notify", "DONE") >= 300);
    }

    @Test
    void aTargetThatKeepsFailingIsRetriedThenDeadLetteredAndListedForOperators() {
        RECEIVER.answerWith(503);
        transaction.executeWithoutResult(status -> writer.enqueue("test:down", new Notify("17841400000000001",
                "target-down", "Slack is down"), null));

        await().atMost(Duration.ofSeconds(20)).until(() -> rows.outboxCount("notify", "DEAD") >= 2);
        var listed = client.get("/api/admin/actions?status=DEAD");
        assertThat(listed.statusCode()).isEqualTo(401);
        var dead = client.getWithToken("/api/admin/actions?status=DEAD", TestSecrets.ADMIN_TOKEN);
        assertThat(dead.statusCode()).isEqualTo(200);
        assertThat(dead.body()).contains("Slack is down", "\"attempts\":3", "HTTP 503");

        // the targets are back: an operator sends the dead letters again, and they arrive, once
        long refusedBySlack = alertsSaying("/slack", "Slack is down");
        long refusedByHook = alertsSaying("/hook", "Slack is down");
        RECEIVER.answerWith(200);
        List<Long> deadLetters = jdbc.queryForList("select id from outbox_action where type = 'notify'"
                + " and status = 'DEAD' and payload like '%Slack is down%'", Long.class);
        assertThat(deadLetters).hasSizeGreaterThanOrEqualTo(2);
        deadLetters.forEach(id -> assertThat(client.postJsonWithToken("/api/admin/actions/" + id + "/retry", "{}",
                TestSecrets.ADMIN_TOKEN).statusCode()).isEqualTo(200));
        await().atMost(Duration.ofSeconds(20)).until(() -> deadLetters.stream()
                .allMatch(id -> "DONE".equals(jdbc.queryForObject("select status from outbox_action where id = ?",
                        String.class, id))));
        assertThat(alertsSaying("/slack", "Slack is down")).isEqualTo(refusedBySlack + 1);
        assertThat(alertsSaying("/hook", "Slack is down")).isEqualTo(refusedByHook + 1);
        assertThat(client.get("/actuator/health").statusCode()).isEqualTo(200);
    }

    @Test
    void anUnreachableMailServerIsRetriedThenDeadLetteredAndOnceBackTheAlertIsMailedOnce() throws Exception {
        RECEIVER.answerWith(200);
        smtp.stop(); // nothing listens on the SMTP port: the connection is refused
        try {
            transaction.executeWithoutResult(status -> writer.enqueue("test:smtp-down", new Notify("17841400000000001",
                    "smtp-down", "The mail server is down"), null));

            await().atMost(Duration.ofSeconds(20)).until(() -> "DEAD".equals(rows.outboxStatus("test:smtp-down:email")));
            var dead = client.getWithToken("/api/admin/actions?status=DEAD", TestSecrets.ADMIN_TOKEN);
            assertThat(dead.body()).contains("test:smtp-down:email", "\"attempts\":3", "SMTP: MailSendException");
            assertThat(rows.outboxStatus("test:smtp-down:slack")).isEqualTo("DONE");
            assertThat(rows.outboxStatus("test:smtp-down:webhook")).isEqualTo("DONE");
        } finally {
            smtp.start();
        }

        // the mail server is back: an operator sends the dead letter again, and it arrives, once, to the mail only
        long deadLetter = jdbc.queryForObject("select id from outbox_action where idempotency_key = ?", Long.class,
                "test:smtp-down:email");
        assertThat(client.postJsonWithToken("/api/admin/actions/" + deadLetter + "/retry", "{}",
                TestSecrets.ADMIN_TOKEN).statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(20)).until(() -> "DONE".equals(rows.outboxStatus("test:smtp-down:email")));
        assertThat(smtp.getReceivedMessages()).singleElement()
                .satisfies(mail -> assertThat(mail.getSubject()).contains("The mail server is down"));
        assertThat(alertsSaying("/slack", "The mail server is down")).isOne();
        assertThat(alertsSaying("/hook", "The mail server is down")).isOne();
    }

    private static long alertsSaying(String path, String text) {
        return RECEIVER.received(path).stream().filter(request -> request.body().contains(text)).count();
    }

    /** The distinct alert numbers ("Negative comment #N") the receiver got on a path. */
    private static Set<Integer> alertNumbersIn(String path) {
        Set<Integer> numbers = new TreeSet<>();
        for (var request : RECEIVER.received(path)) {
            Matcher matcher = Pattern.compile("Negative comment #(\\d+)").matcher(request.body());
            while (matcher.find()) {
                numbers.add(Integer.parseInt(matcher.group(1)));
            }
        }
        return numbers;
    }

    private static String hmac(String secret, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }
}
