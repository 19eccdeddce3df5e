package io.igbridge.accounts;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.igbridge.support.Deliveries;
import io.igbridge.support.EveryColumn;
import io.igbridge.support.IntegrationTest;
import io.igbridge.support.RulesFiles;
import io.igbridge.support.SentDms;
import io.igbridge.support.ServiceTest;
import io.igbridge.support.TestSecrets;
import io.igbridge.support.UiClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Several Instagram accounts on one instance, end to end over real HTTP: the default account from the environment
 * (Instagram Login, {@link Deliveries#ACCOUNT}), account B added through the admin API with its own token
 * (Instagram Login), account C added with a Page token (Facebook Login). Each one's DMs and comments are answered
 * with its own token at its own send node, at the fake Graph API; the inbox, the comments, the leads and the stats
 * show each account apart with {@code ?account=}; the added tokens are stored encrypted; events of an account that is
 * not configured are stored and shown, never answered. A token put in force through the admin API answers the
 * account's next event; a removed account is no longer listed nor answered.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class SeveralAccountsIntegrationTests extends ServiceTest {

    static final String A = Deliveries.ACCOUNT;
    static final String B = "17841400000000777";
    static final String C = "17841400000000888";
    static final String D = "17841400000000555";
    static final String E = "17841400000000333";
    static final String UNKNOWN = "17841400000000999";
    static final String TOKEN_B = "IGQ-account-b-token-3c9d1e";
    static final String TOKEN_C = "EAAG-account-c-page-token-77ab";

    @RegisterExtension
    static WireMockExtension graph = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("INSTAGRAM_GRAPH_API_URL", graph::baseUrl);
        registry.add("IGBRIDGE_TOKEN_KEY", () -> TestSecrets.TOKEN_KEY);
    }

    private final JsonMapper json = JsonMapper.builder().build();

    @BeforeEach
    void metaAcceptsEverythingAndTheAccountsAreAdded() {
        graph.resetAll();
        graph.stubFor(post(urlPathMatching("/v25.0/.*/messages")).willReturn(okJson("{\"message_id\":\"m_sent\"}")));
        graph.stubFor(post(urlPathMatching("/v25.0/.*/replies")).willReturn(okJson("{\"id\":\"c_reply\"}")));
        add(B, "instagram", TOKEN_B, "Boutique B");
        add(C, "facebook", TOKEN_C, "Café C");
    }

    private void add(String account, String login, String token, String name) {
        HttpResponse<String> added = client.postJsonWithToken("/api/admin/accounts", json.writeValueAsString(Map.of(
                "accountId", account, "login", login, "accessToken", token, "displayName", name)),
                TestSecrets.ADMIN_TOKEN);
        assertThat(added.statusCode()).as(added.body()).isIn(201, 409);
        assertThat(added.body()).doesNotContain(token);
    }

    @Test
    void eachAccountsDmIsAnsweredWithItsOwnTokenAtItsOwnSendNode() {
        client.postSigned(Deliveries.dmNow(A, "a-5101", "mid.acc-a-1", "Bonjour"));
        client.postSigned(Deliveries.dmNow(B, "b-5102", "mid.acc-b-1", "Bonjour"));
        client.postSigned(Deliveries.dmNow(C, "c-5103", "mid.acc-c-1", "Bonjour"));

        LoggedRequest toA = first(() -> dmTo("a-5101"));
        LoggedRequest toB = first(() -> dmTo("b-5102"));
        LoggedRequest toC = first(() -> dmTo("c-5103"));

        assertThat(toA.getUrl()).startsWith("/v25.0/" + A + "/messages");
        assertThat(toA.getHeader("Authorization")).isEqualTo("Bearer " + TestSecrets.ACCESS_TOKEN);
        assertThat(toB.getUrl()).startsWith("/v25.0/" + B + "/messages");
        assertThat(toB.getHeader("Authorization")).isEqualTo("Bearer " + TOKEN_B);
        // Facebook Login: the Page token in the query, sent to /me (the Page it stands for), never to the IG id
        assertThat(toC.getUrl()).startsWith("/v25.0/me/messages?");
        assertThat(toC.queryParameter("access_token").firstValue()).isEqualTo(TOKEN_C);
        assertThat(toC.containsHeader("Authorization")).isFalse();
        assertThat(json.readTree(toC.getBodyAsString()).path("messaging_type").asString()).isEqualTo("RESPONSE");
        for (LoggedRequest sent : List.of(toA, toB, toC)) {
            assertThat(json.readTree(sent.getBodyAsString()).path("message").path("text").asString())
                    .isEqualTo(SentDms.GREETING_REPLY);
        }
        assertThat(graph.findAll(postRequestedFor(urlPathMatching("/v25.0/.*/messages")))).hasSize(3);
    }

    @Autowired
    AccountStore store;

    @Autowired
    Accounts accounts;

    @Test
    void aChangeMadeThroughAnotherNodeIsInForceHereWithinASecondAndOneMadeHereAtOnce() {
        assertThat(store.find(B)).hasValueSatisfying(account -> assertThat(account.active()).isTrue());
        // another node disables B: the shared row changes behind this node's back
        jdbc.update("update instagram_account set status = 'DISABLED' where account_id = ?", B);
        await().atMost(Duration.ofMillis(AccountStore.REREAD.toMillis() * 3))
                .until(() -> store.find(B).map(account -> !account.active()).orElse(false));

        accounts.setDisabled(B, false);
        assertThat(store.find(B)).hasValueSatisfying(account -> assertThat(account.active()).isTrue());
    }

    @Test
    void eachAccountsCommentIsRepliedToWithItsOwnToken() {
        client.postSigned(Deliveries.commentNow(A, "a-5201", "fan.a", "17850000000005201", "Super post !"));
        client.postSigned(Deliveries.commentNow(B, "b-5202", "fan.b", "17850000000005202", "Super post !"));

        LoggedRequest underA = first(() -> repliesUnder("17850000000005201"));
        LoggedRequest underB = first(() -> repliesUnder("17850000000005202"));

        assertThat(underA.getHeader("Authorization")).isEqualTo("Bearer " + TestSecrets.ACCESS_TOKEN);
        assertThat(underB.getHeader("Authorization")).isEqualTo("Bearer " + TOKEN_B);
    }

    @Test
    void conversationsCommentsLeadsAndStatsAreShownPerAccount() {
        client.postSigned(Deliveries.dmNow(A, "a-5301", "mid.acc-a-3", "Écrivez-moi : anne@example.com"));
        client.postSigned(Deliveries.dmNow(B, "b-5302", "mid.acc-b-3", "Écrivez-moi : bruno@example.com"));
        client.postSigned(Deliveries.commentNow(B, "b-5303", "fan.b3", "17850000000005303", "Joli !"));
        client.postSigned(Deliveries.commentNow(A, "a-5304", "fan.a4", "17850000000005304", "Très joli !"));
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject("select count(*) from contact_lead"
                + " where user_id in ('a-5301', 'b-5302')", Long.class) == 2
                && jdbc.queryForObject("select count(*) from instagram_event where type = 'comment' and status ="
                + " 'HANDLED' and (payload like '%17850000000005303%' or payload like '%17850000000005304%')",
                Long.class) == 2);
        UiClient ui = agent();

        HttpResponse<String> selector = ui.get("/ui/api/accounts");
        assertThat(json.readTree(selector.body()).valueStream().map(a -> a.path("accountId").asString()).toList())
                .as("the UI's account selector").startsWith(A).contains(B, C);
        assertThat(selector.body()).contains("Boutique B").doesNotContain(TOKEN_B);
        assertThat(contacts(ui.get("/ui/api/conversations?filter=all&account=" + B), "conversations", "contact"))
                .contains("b-5302").doesNotContain("a-5301");
        assertThat(contacts(ui.get("/ui/api/conversations?filter=all&account=" + A), "conversations", "contact"))
                .contains("a-5301").doesNotContain("b-5302");
        assertThat(contacts(ui.get("/ui/api/conversations?filter=all"), "conversations", "contact"))
                .contains("a-5301", "b-5302");
        List<JsonNode> commentsOfB = comments(ui.get("/ui/api/comments?account=" + B));
        List<JsonNode> commentsOfA = comments(ui.get("/ui/api/comments?account=" + A));
        assertThat(commentsOfB).extracting(c -> c.path("accountId").asString()).containsOnly(B);
        assertThat(commentsOfB).extracting(c -> c.path("commentId").asString()).contains("17850000000005303")
                .doesNotContain("17850000000005304");
        assertThat(commentsOfA).extracting(c -> c.path("accountId").asString()).containsOnly(A);
        assertThat(commentsOfA).extracting(c -> c.path("commentId").asString()).contains("17850000000005304")
                .doesNotContain("17850000000005303");
        assertThat(contacts(admin("/api/admin/leads?account=" + B), "leads", "userId")).contains("b-5302")
                .doesNotContain("a-5301");
        HttpResponse<String> csvOfB = admin("/api/admin/leads.csv?account=" + B);
        assertThat(csvOfB.statusCode()).isEqualTo(200);
        assertThat(csvOfB.body()).contains("," + B + ",b-5302,email,bruno@example.com,").doesNotContain("a-5301",
                "anne@example.com");
        assertThat(admin("/api/admin/leads.csv?account=" + A).body()).contains("," + A + ",a-5301,email,")
                .doesNotContain("b-5302");
        for (String account : List.of(A, B)) {
            long stored = jdbc.queryForObject("select count(*) from instagram_event where account_id = ? and"
                    + " type = 'message' and test = false", Long.class, account);
            assertThat(dmsCounted(admin("/api/admin/stats?days=1&account=" + account))).as(account).isEqualTo(stored);
            assertThat(dmsCounted(ui.get("/ui/api/stats?days=1&account=" + account))).as("the UI's dashboard of "
                    + account).isEqualTo(stored);
        }
    }

    @Test
    void anAddedAccountsNextReplyUsesTheTokenPutInForceThroughTheAdminApi() {
        String account = "17841400000000666";
        String newToken = "IGQ-account-f-renewed-token-8d2a";
        add(account, "instagram", "IGQ-account-f-first-token-41c7", "Compte F");
        client.postSigned(Deliveries.dmNow(account, "f-5801", "mid.acc-f-1", "Bonjour"));
        assertThat(first(() -> dmTo("f-5801")).getHeader("Authorization"))
                .isEqualTo("Bearer IGQ-account-f-first-token-41c7");

        HttpResponse<String> renewed = client.putJsonWithToken("/api/admin/accounts/" + account + "/access-token",
                json.writeValueAsString(Map.of("accessToken", newToken)), TestSecrets.ADMIN_TOKEN);
        client.postSigned(Deliveries.dmNow(account, "f-5802", "mid.acc-f-2", "Bonjour"));

        assertThat(renewed.statusCode()).as(renewed.body()).isEqualTo(200);
        assertThat(json.readTree(renewed.body()).path("status").asString()).isEqualTo("active");
        assertThat(renewed.body()).doesNotContain(newToken);
        assertThat(first(() -> dmTo("f-5802")).getHeader("Authorization")).isEqualTo("Bearer " + newToken);
        assertThat(client.putJsonWithToken("/api/admin/accounts/17841400000000111/access-token",
                json.writeValueAsString(Map.of("accessToken", newToken)), TestSecrets.ADMIN_TOKEN).statusCode())
                .as("an account never added").isEqualTo(404);
    }

    @Test
    void aRemovedAccountIsGoneFromTheListAndItsEventsAreStoredButNotAnsweredUntilItIsAddedAgain() {
        String account = "17841400000000222";
        add(account, "instagram", "IGQ-account-g-token-b3e0", "Compte G");

        HttpResponse<String> removed = client.deleteWithToken("/api/admin/accounts/" + account,
                TestSecrets.ADMIN_TOKEN);
        client.postSigned(Deliveries.dmNow(account, "g-5901", "mid.acc-g-1", "Bonjour"));

        assertThat(removed.statusCode()).as(removed.body()).isEqualTo(204);
        assertThat(admin("/api/admin/accounts").body()).doesNotContain(account);
        assertThat(jdbc.queryForObject("select count(*) from account_token where account_id = ?", Long.class,
                account)).as("its token, deleted").isZero();
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForList("select status from outbox_action"
                + " where recipient_id = 'g-5901'", String.class), List.of("FAILED")::equals);
        assertThat(jdbc.queryForObject("select last_error from outbox_action where recipient_id = 'g-5901'",
                String.class)).contains("is not configured here");
        assertThat(jdbc.queryForObject("select count(*) from instagram_event where account_id = ?", Long.class,
                account)).as("its event, stored").isEqualTo(1);
        assertThat(dmTo("g-5901")).isEmpty();

        // the fix troubleshooting.md gives: add it again, then retry the action that failed meanwhile
        add(account, "instagram", "IGQ-account-g-second-token-7f19", "Compte G");
        long failed = jdbc.queryForObject("select id from outbox_action where recipient_id = 'g-5901'", Long.class);
        assertThat(client.postJsonWithToken("/api/admin/actions/" + failed + "/retry", "", TestSecrets.ADMIN_TOKEN)
                .statusCode()).isEqualTo(200);
        assertThat(first(() -> dmTo("g-5901")).getHeader("Authorization"))
                .isEqualTo("Bearer IGQ-account-g-second-token-7f19");
    }

    @Test
    void theAccountsAreListedWithoutTheirTokensWhichAreStoredEncrypted() {
        HttpResponse<String> list = admin("/api/admin/accounts");

        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).doesNotContain(TOKEN_B, TOKEN_C, TestSecrets.ACCESS_TOKEN);
        JsonNode accounts = json.readTree(list.body());
        assertThat(accounts.valueStream().map(a -> a.path("accountId").asString()).toList()).startsWith(A)
                .contains(B, C);
        JsonNode b = accounts.valueStream().filter(a -> B.equals(a.path("accountId").asString())).findFirst()
                .orElseThrow();
        assertThat(b.path("login").asString()).isEqualTo("instagram");
        assertThat(b.path("displayName").asString()).isEqualTo("Boutique B");
        assertThat(b.path("status").asString()).isEqualTo("active");
        assertThat(b.path("source").asString()).isEqualTo("admin_api");

        String sealed = jdbc.queryForObject("select encrypted_token from account_token where account_id = ?",
                String.class, B);
        assertThat(sealed).isNotBlank().doesNotContain(TOKEN_B);
        EveryColumn everyColumn = new EveryColumn(jdbc);
        assertThat(everyColumn.holding(TOKEN_B)).as("columns holding B's token in clear").isEmpty();
        assertThat(everyColumn.holding(TOKEN_C)).as("columns holding C's token in clear").isEmpty();
    }

    @Test
    void eventsOfAnAccountNotConfiguredAreStoredAndShownButNotAnsweredWithOneWarning(CapturedOutput output) {
        client.postSigned(Deliveries.dmNow(UNKNOWN, "u-5401", "mid.acc-u-1", "Bonjour"));
        client.postSigned(Deliveries.dmNow(UNKNOWN, "u-5402", "mid.acc-u-2", "Bonjour"));

        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForList("select status from outbox_action"
                + " where account_id = ? and type = 'send_dm'", String.class, UNKNOWN), statuses -> statuses.size() == 2
                && statuses.stream().allMatch("FAILED"::equals));

        assertThat(jdbc.queryForObject("select count(*) from instagram_event where account_id = ?", Long.class,
                UNKNOWN)).isEqualTo(2);
        assertThat(jdbc.queryForList("select last_error from outbox_action where account_id = ?", String.class,
                UNKNOWN)).allMatch(error -> error.contains("not configured here"));
        assertThat(graph.findAll(postRequestedFor(urlPathMatching("/v25.0/.*")))).isEmpty();
        assertThat(contacts(agent().get("/ui/api/conversations?filter=all&account=" + UNKNOWN), "conversations",
                "contact")).contains("u-5401", "u-5402");
        assertThat(output.getAll().split("Instagram account " + UNKNOWN + " is not configured here", -1))
                .as("said once").hasSize(2);
    }

    @Test
    void anAddedAccountWhoseTokenCantBeReadIsNeverAnsweredWithTheDefaultToken() {
        add(E, "instagram", "IGQ-account-e-token-0a", "Compte E");
        jdbc.update("update account_token set encrypted_token = ? where account_id = ?",
                "c2VhbGVkIHdpdGggYW5vdGhlciBrZXk=", E);

        client.postSigned(Deliveries.dmNow(E, "e-5701", "mid.acc-e-1", "Bonjour"));

        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForList("select status from outbox_action"
                + " where recipient_id = 'e-5701'", String.class), List.of("FAILED")::equals);
        assertThat(jdbc.queryForObject("select last_error from outbox_action where recipient_id = 'e-5701'",
                String.class)).contains("no access token");
        assertThat(dmTo("e-5701")).isEmpty();
    }

    @Test
    void aDisabledAccountIsNotAnsweredAndAnEnabledOneIsAgain() {
        HttpResponse<String> disabled = client.postJsonWithToken("/api/admin/accounts/" + B + "/disable", "",
                TestSecrets.ADMIN_TOKEN);
        assertThat(json.readTree(disabled.body()).path("status").asString()).isEqualTo("disabled");
        client.postSigned(Deliveries.dmNow(B, "b-5501", "mid.acc-b-5", "Bonjour"));
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForList("select status from outbox_action"
                + " where recipient_id = 'b-5501'", String.class), List.of("FAILED")::equals);
        assertThat(dmTo("b-5501")).isEmpty();

        client.postJsonWithToken("/api/admin/accounts/" + B + "/enable", "", TestSecrets.ADMIN_TOKEN);
        client.postSigned(Deliveries.dmNow(B, "b-5502", "mid.acc-b-6", "Bonjour"));
        await().atMost(Duration.ofSeconds(20)).until(() -> dmTo("b-5502").size() == 1);
    }

    @Test
    void anAccountWithItsOwnRulesFileIsAnsweredByItsRulesReloadedWhenTheFileChanges() throws Exception {
        java.nio.file.Path rules = RulesFiles.write(ownRules("Bienvenue chez D !"));
        HttpResponse<String> added = client.postJsonWithToken("/api/admin/accounts", json.writeValueAsString(Map.of(
                "accountId", D, "login", "instagram", "accessToken", "IGQ-account-d-token-9e", "rulesFile",
                rules.toString())), TestSecrets.ADMIN_TOKEN);
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        assertThat(json.readTree(added.body()).path("rulesFile").asString()).isEqualTo(rules.toString());

        client.postSigned(Deliveries.dmNow(D, "d-5601", "mid.acc-d-1", "Bonjour"));
        client.postSigned(Deliveries.dmNow(B, "b-5601", "mid.acc-b-7", "Bonjour"));
        assertThat(textOf(first(() -> dmTo("d-5601")))).isEqualTo("Bienvenue chez D !");
        assertThat(textOf(first(() -> dmTo("b-5601")))).as("B follows the default rules")
                .isEqualTo(SentDms.GREETING_REPLY);

        java.nio.file.Files.writeString(rules, ownRules("Re-bienvenue chez D !"));
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            String mid = "mid.acc-d-" + System.nanoTime();
            client.postSigned(Deliveries.dmNow(D, "d-" + mid, mid, "Bonjour"));
            return first(() -> dmTo("d-" + mid)).getBodyAsString().contains("Re-bienvenue");
        });
    }

    @Test
    void aRulesFileWithProblemsIsRefusedWhenTheAccountIsAdded() throws Exception {
        java.nio.file.Path broken = RulesFiles.write("rules:\n  - name: x\n    trigger: nowhere\n");
        HttpResponse<String> refused = client.postJsonWithToken("/api/admin/accounts", json.writeValueAsString(Map.of(
                "accountId", "17841400000000444", "login", "instagram", "accessToken", "IGQ-e", "rulesFile",
                broken.toString())), TestSecrets.ADMIN_TOKEN);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(json.readTree(refused.body()).path("error").asString()).isEqualTo("invalid_rules_file");
        assertThat(json.readTree(refused.body()).path("message").asString()).contains("trigger");
        assertThat(jdbc.queryForObject("select count(*) from instagram_account where account_id = '17841400000000444'",
                Long.class)).isZero();
    }

    private static String ownRules(String greeting) {
        return """
                rules:
                  - name: own-greeting
                    trigger: dm
                    when:
                      any: [bonjour]
                    actions:
                      - reply_dm: "%s"
                """.formatted(greeting);
    }

    private String textOf(LoggedRequest dm) {
        return json.readTree(dm.getBodyAsString()).path("message").path("text").asString();
    }

    @Test
    void diagnosticsAndWebhookInfoSpeakOfEachAccountsToken() {
        graph.stubFor(get(urlPathEqualTo("/v25.0/me")).withHeader("Authorization", equalTo("Bearer " + TOKEN_B))
                .willReturn(okJson("{\"user_id\":\"" + B + "\",\"username\":\"boutique.b\"}")));
        graph.stubFor(get(urlPathEqualTo("/v25.0/" + B + "/subscribed_apps")).willReturn(okJson(
                "{\"data\":[{\"subscribed_fields\":[\"messages\",\"comments\"]}]}")));
        graph.stubFor(get(urlPathEqualTo("/v25.0/me")).withQueryParam("access_token", equalTo(TOKEN_C))
                .willReturn(aResponse().withStatus(400).withBody("{\"error\":{\"message\":\"Error validating"
                        + " access token\",\"type\":\"OAuthException\",\"code\":190}}")));

        HttpResponse<String> diagnostics = admin("/api/admin/diagnostics");

        assertThat(diagnostics.body()).doesNotContain(TOKEN_B, TOKEN_C);
        List<JsonNode> findings = json.readTree(diagnostics.body()).path("findings").valueStream().toList();
        assertThat(findings.stream().filter(f -> B.equals(f.path("account").asString()))
                .map(f -> f.path("check").asString() + ":" + f.path("severity").asString()))
                .contains("token:OK", "subscribed_fields:OK").doesNotContain("token:ERROR");
        assertThat(findings.stream().filter(f -> C.equals(f.path("account").asString()))
                .map(f -> f.path("check").asString() + ":" + f.path("severity").asString())).contains("token:ERROR");

        HttpResponse<String> info = client.get("/api/instagram/webhook-info");
        assertThat(info.body()).doesNotContain(TOKEN_B, TOKEN_C);
        JsonNode b = json.readTree(info.body()).path("accounts").valueStream()
                .filter(account -> B.equals(account.path("accountId").asString())).findFirst().orElseThrow();
        assertThat(b.path("status").asString()).isEqualTo("active");
        assertThat(b.path("token").path("inForce").asString()).isEqualTo("stored");
        assertThat(b.path("token").path("refresh").asBoolean()).isTrue();
    }

    @Test
    void aWrongAccountIsRefusedWithTheAdminApisJsonErrors() {
        assertThat(refusal(Map.of("accountId", "not-digits", "login", "instagram", "accessToken", "x")))
                .isEqualTo("invalid_account_id");
        assertThat(refusal(Map.of("accountId", "1784", "login", "tiktok", "accessToken", "x")))
                .isEqualTo("invalid_login");
        assertThat(refusal(Map.of("accountId", "1784", "login", "instagram"))).isEqualTo("missing_access_token");
        HttpResponse<String> again = client.postJsonWithToken("/api/admin/accounts", json.writeValueAsString(Map.of(
                "accountId", A, "login", "instagram", "accessToken", "IGQ-other")), TestSecrets.ADMIN_TOKEN);
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(client.getWithToken("/api/admin/accounts", "not-the-admin-token").statusCode()).isEqualTo(401);
    }

    private String refusal(Map<String, String> request) {
        HttpResponse<String> answer = client.postJsonWithToken("/api/admin/accounts", json.writeValueAsString(request),
                TestSecrets.ADMIN_TOKEN);
        assertThat(answer.statusCode()).isEqualTo(400);
        return json.readTree(answer.body()).path("error").asString();
    }

    /** The first request {@code requests} finds, once there is one. */
    private static LoggedRequest first(java.util.concurrent.Callable<List<LoggedRequest>> requests) {
        return await().atMost(Duration.ofSeconds(20)).until(requests, found -> !found.isEmpty()).get(0);
    }

    private List<LoggedRequest> dmTo(String person) {
        return graph.findAll(postRequestedFor(urlPathMatching("/v25.0/.*/messages"))).stream()
                .filter(request -> json.readTree(request.getBodyAsString()).path("recipient").path("id").asString()
                        .equals(person)).toList();
    }

    private List<LoggedRequest> repliesUnder(String comment) {
        return graph.findAll(postRequestedFor(urlPathEqualTo("/v25.0/" + comment + "/replies"))
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing("message")));
    }

    private HttpResponse<String> admin(String path) {
        return client.getWithToken(path, TestSecrets.ADMIN_TOKEN);
    }

    private UiClient agent() {
        client.postJsonWithToken("/api/admin/agents", json.writeValueAsString(Map.of("username", "dana",
                "displayName", "Dana", "password", "a long enough password")), TestSecrets.ADMIN_TOKEN);
        UiClient ui = new UiClient(port);
        ui.signIn("dana", "a long enough password");
        return ui;
    }

    private List<String> contacts(HttpResponse<String> answer, String list, String field) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return json.readTree(answer.body()).path(list).valueStream().map(item -> item.path(field).asString()).toList();
    }

    private List<JsonNode> comments(HttpResponse<String> comments) {
        assertThat(comments.statusCode()).isEqualTo(200);
        return json.readTree(comments.body()).valueStream().toList();
    }

    private long dmsCounted(HttpResponse<String> stats) {
        assertThat(stats.statusCode()).as(stats.body()).isEqualTo(200);
        return json.readTree(stats.body()).path("totals").path("dms").asLong();
    }
}
