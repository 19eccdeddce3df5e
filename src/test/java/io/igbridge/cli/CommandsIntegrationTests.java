package io.igbridge.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.igbridge.support.Deliveries;
import io.igbridge.support.IntegrationTest;
import io.igbridge.support.SentDms;
import io.igbridge.support.ServiceTest;
import io.igbridge.support.TestSecrets;
import io.igbridge.support.UiClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Each command end to end against a running igbridge (real HTTP, a real database, a fake Graph API): the command line
 * runs in this JVM through its picocli entry point, with the environment a user would export, and the test looks at
 * what the user sees (exit code, printed lines) and at what the service did.
 */
@IntegrationTest
class CommandsIntegrationTests extends ServiceTest {

    static final String ACCOUNT = Deliveries.ACCOUNT;
    private static final Pattern DELIVERY = Pattern.compile("stored as delivery (\\d+)");
    private static final Pattern SENDER = Pattern.compile(" from (\\d+)\\)");

    @RegisterExtension
    static WireMockExtension graph = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("INSTAGRAM_GRAPH_API_URL", graph::baseUrl);
        registry.add("IGBRIDGE_GRAPH_API_TIMEOUT", () -> "2s");
    }

    @BeforeEach
    void graphAnswersDms() {
        SentDms.answerWith(graph, "m_reply");
    }

    /** What an operator exports on the instance's machine: its settings, as the service reads them. */
    private Map<String, String> env() {
        Map<String, String> env = new HashMap<>();
        env.put("INSTAGRAM_WEBHOOK_SECRET", TestSecrets.APP_SECRET + "," + TestSecrets.SECOND_APP_SECRET);
        env.put("INSTAGRAM_PAGE_ID", ACCOUNT);
        env.put("IGBRIDGE_ADMIN_TOKEN", TestSecrets.ADMIN_TOKEN);
        env.put("SERVER_PORT", String.valueOf(port));
        return env;
    }

    private static String found(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        assertThat(matcher.find()).as(text).isTrue();
        return matcher.group(1);
    }

    private void awaitHandled(long delivery) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(rows.status(delivery)).isEqualTo("PROCESSED");
            assertThat(jdbc.queryForList("select status from instagram_event where delivery_id = ?", String.class,
                    delivery)).isNotEmpty().containsOnly("HANDLED");
        });
    }

    private List<String> actionsMadeFrom(long delivery) {
        return jdbc.queryForList("select o.type from outbox_action o join instagram_event e on o.event_id = e.id"
                + " where e.delivery_id = ? order by o.id", String.class, delivery);
    }

    @ParameterizedTest
    @CsvSource({"dm, message", "comment, comment", "mention, mention", "story-mention, message",
            "reaction, reaction"})
    void sendTestDeliversASignedDeliveryTheInstanceAcceptsAndProcesses(String kind, String eventType) {
        CommandRun run = CommandRun.of(env(), "send-test", kind);

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).startsWith("POST http://localhost:" + port + "/api/instagram/webhook (" + kind
                + " for account " + ACCOUNT + " from ").contains("X-Hub-Signature-256: sha256=", "200 EVENT_RECEIVED");
        assertThat(run.out() + run.err()).doesNotContain(TestSecrets.APP_SECRET);
        long delivery = Long.parseLong(found(DELIVERY, run.out()));
        awaitHandled(delivery);
        assertThat(rows.secretSlot(delivery)).as("signed with the first secret").isZero();
        assertThat(rows.isTest(delivery)).isFalse();
        assertThat(rows.eventTypesOfDelivery(delivery)).containsExactly(eventType);
        String sender = found(SENDER, run.out());
        switch (kind) {
            case "dm" -> await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                    assertThat(SentDms.textsTo(graph, sender)).containsExactly(SentDms.GREETING_REPLY));
            case "comment" -> assertThat(actionsMadeFrom(delivery)).contains("reply_comment");
            case "story-mention" -> assertThat(jdbc.queryForObject("select payload from instagram_event"
                    + " where delivery_id = ?", String.class, delivery)).contains("story_mention");
            default -> assertThat(actionsMadeFrom(delivery)).isEmpty();
        }
    }

    @Test
    void sendTestSignsTheEscapedBytesItSendsAsMetaDoes() {
        CommandRun run = CommandRun.of(env(), "send-test", "dm", "--text", "Ça coûte combien ? ❤️ https://x.fr/a");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out())
                .contains("\"text\":\"\\u00c7a co\\u00fbte combien ? \\u2764\\ufe0f https:\\/\\/x.fr\\/a\"");
        long delivery = Long.parseLong(found(DELIVERY, run.out()));
        String printedBody = run.out().lines().filter(line -> line.startsWith("{")).findFirst().orElseThrow();
        assertThat(new String(rows.body(delivery), StandardCharsets.UTF_8)).isEqualTo(printedBody);
        awaitHandled(delivery);
        assertThat(jdbc.queryForObject("select payload from instagram_event where delivery_id = ?", String.class,
                delivery)).contains("Ça coûte combien ? ❤️ https://x.fr/a");
    }

    @Test
    void sendTestWithAnotherSecretIsRefusedWith401AndSaysWhy() {
        long before = rows.deliveryCount();
        Map<String, String> env = env();
        env.put("INSTAGRAM_WEBHOOK_SECRET", "not-the-instance-secret");

        CommandRun run = CommandRun.of(env, "send-test", "comment");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("error: 401 signature_invalid: the secret does not match the instance's "
                + "INSTAGRAM_WEBHOOK_SECRET");
        assertThat(run.out() + run.err()).doesNotContain("not-the-instance-secret");
        assertThat(rows.deliveryCount()).isEqualTo(before);
    }

    @Test
    void sendTestReadsTheSecretFromTheVariableSecretEnvNames() {
        Map<String, String> env = env();
        env.remove("INSTAGRAM_WEBHOOK_SECRET");
        env.put("STAGING_SECRET", TestSecrets.SECOND_APP_SECRET);

        CommandRun run = CommandRun.of(env, "send-test", "mention", "--secret-env", "STAGING_SECRET");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(rows.secretSlot(Long.parseLong(found(DELIVERY, run.out())))).isEqualTo(1);
    }

    @Test
    void replayProcessesOneStoredDeliveryAgain() {
        long delivery = deliveryId(client.postSigned(Deliveries.dmNow("990201", "mid.cli.replay", "encore")));
        awaitHandled(delivery);
        jdbc.update("update raw_delivery set status = 'FAILED', last_error = 'simulated' where id = ?", delivery);

        CommandRun run = CommandRun.of(env(), "replay", String.valueOf(delivery));

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).isEqualTo("delivery " + delivery + " replayed: PROCESSED, 1 event\n");
        assertThat(rows.status(delivery)).isEqualTo("PROCESSED");
        assertThat(rows.eventCount(ACCOUNT, "message:mid.cli.replay")).isEqualTo(1);
    }

    @Test
    void replayOfAnUnknownDeliverySaysSo() {
        CommandRun run = CommandRun.of(env(), "replay", "987654321");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("error: no delivery 987654321 on the instance");
    }

    @Test
    void replaySinceProcessesEveryDeliveryReceivedSinceWithProgressAndASummary() {
        Instant since = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        List<Long> deliveries = List.of(
                deliveryId(client.postSigned(Deliveries.dmNow("990202", "mid.cli.since.1", "un"))),
                deliveryId(client.postSigned(Deliveries.dmNow("990203", "mid.cli.since.2", "deux"))),
                deliveryId(client.postSigned(Deliveries.dmNow("990204", "mid.cli.since.3", "trois"))));
        deliveries.forEach(this::awaitHandled);
        deliveries.forEach(id -> jdbc.update("update raw_delivery set status = 'FAILED' where id = ?", id));

        CommandRun run = CommandRun.of(env(), "replay", "--since", since.toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).isEqualTo("""
                3 deliveries received since %s
                replayed 1/3
                replayed 2/3
                replayed 3/3
                replayed 3: 3 PROCESSED; 3 events
                """.formatted(since));
        assertThat(deliveries).allSatisfy(id -> assertThat(rows.status(id)).isEqualTo("PROCESSED"));
        assertThat(rows.eventCount(ACCOUNT, "message:mid.cli.since.2")).isEqualTo(1);
    }

    @Test
    void replayWithAnotherAdminTokenSaysTheTokenWasRefused() {
        Map<String, String> env = env();
        env.put("IGBRIDGE_ADMIN_TOKEN", "not-the-admin-token");

        CommandRun run = CommandRun.of(env, "replay", "--since", "1h");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("error: 401: the instance at http://localhost:" + port
                + " refused the admin token: IGBRIDGE_ADMIN_TOKEN must be the instance's IGBRIDGE_ADMIN_TOKEN");
        assertThat(run.out() + run.err()).doesNotContain("not-the-admin-token");
    }

    @Test
    void agentsAddCreatesAnAgentWhoCanSignIn() {
        String password = "a long passphrase for camille";

        CommandRun run = CommandRun.withInput(env(), password + "\n", "agents", "add", "camille", "--display-name",
                "Camille Martin", "--password-stdin");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).isEqualTo("agent camille (Camille Martin) created: they sign in at http://localhost:"
                + port + "/ui/\n");
        assertThat(run.out() + run.err()).doesNotContain(password);
        assertThat(new UiClient(port).signIn("camille", password).headers().firstValue("Location")).hasValue("/ui/");
    }

    @Test
    void agentsAddReadsThePasswordFromTheVariablePasswordEnvNamesAndReportsARefusal() {
        Map<String, String> env = env();
        env.put("AGENT_PASSWORD", "another long passphrase");

        CommandRun created = CommandRun.of(env, "agents", "add", "dominique", "--password-env", "AGENT_PASSWORD");
        CommandRun again = CommandRun.of(env, "agents", "add", "dominique", "--password-env", "AGENT_PASSWORD");

        assertThat(created.exitCode()).as(created.toString()).isZero();
        assertThat(new UiClient(port).signIn("dominique", "another long passphrase").headers()
                .firstValue("Location")).hasValue("/ui/");
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).contains("error: 409", "an agent named dominique already exists");
    }

    @Test
    void checkPrintsTheFindingsOfAHealthyInstance() {
        metaSays(ACCOUNT, "[\"comments\",\"messages\",\"feed\"]");

        CommandRun run = CommandRun.of(env(), "check");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("OK      token: ", "atelier.lin", "OK      subscribed_fields: ")
                .contains("healthy: 0 errors, 1 warning");
        // this instance has no IGBRIDGE_TOKEN_KEY: its Instagram Login token works, but will expire
        assertThat(run.out()).contains("WARNING token_refresh: The access token is not refreshed: IGBRIDGE_TOKEN_KEY"
                + " is not set", "        fix: Set IGBRIDGE_TOKEN_KEY (and leave IGBRIDGE_TOKEN_REFRESH true)");
        assertThat(run.out()).doesNotContain(TestSecrets.ACCESS_TOKEN);
    }

    @Test
    void checkPrintsEachErrorWithItsFixAndExitsWith1() {
        metaSays(ACCOUNT, "[\"messages\"]");

        CommandRun run = CommandRun.of(env(), "check");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).contains("ERROR   subscribed_fields: ", "not subscribed to `comments`",
                "        fix: ", "subscribed_apps?subscribed_fields=").contains("not healthy: 1 error");
    }

    private void metaSays(String userId, String subscribedFields) {
        graph.stubFor(get(urlPathEqualTo("/v25.0/me")).willReturn(okJson(
                "{\"user_id\":\"" + userId + "\",\"username\":\"atelier.lin\",\"id\":\"26\"}")));
        graph.stubFor(get(urlPathEqualTo("/v25.0/" + ACCOUNT + "/subscribed_apps")).willReturn(okJson(
                "{\"data\":[{\"subscribed_fields\":" + subscribedFields + "}]}")));
    }
}
