package io.igbridge.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.igbridge.support.Deliveries;
import io.igbridge.support.IntegrationTest;
import io.igbridge.support.SentDms;
import io.igbridge.support.ServiceTest;
import io.igbridge.support.TestSecrets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@code accounts add} and {@code accounts list} end to end against a running igbridge that stores tokens encrypted
 * ({@code IGBRIDGE_TOKEN_KEY}): an account added from the command line is listed beside the environment's account,
 * never with a token, and {@code send-test --account} reaches it: the test DM is answered with its own token.
 */
@IntegrationTest
class AccountsCommandsIntegrationTests extends ServiceTest {

    private static final String ADDED = "17841400000000077";
    private static final String ADDED_TOKEN = "IGAA-added-from-the-command-line-51f0";

    @RegisterExtension
    static WireMockExtension graph = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("INSTAGRAM_GRAPH_API_URL", graph::baseUrl);
        registry.add("IGBRIDGE_TOKEN_KEY", () -> TestSecrets.TOKEN_KEY);
    }

    @BeforeEach
    void metaAcceptsDms() {
        graph.stubFor(post(urlPathMatching("/v25.0/.*/messages")).willReturn(okJson("{\"message_id\":\"m_sent\"}")));
    }

    private Map<String, String> env() {
        Map<String, String> env = new HashMap<>();
        env.put("IGBRIDGE_ADMIN_TOKEN", TestSecrets.ADMIN_TOKEN);
        env.put("SERVER_PORT", String.valueOf(port));
        return env;
    }

    /** What an operator exports to send a test delivery too: the instance's app secret and default account. */
    private Map<String, String> envWithTheAppSecret() {
        Map<String, String> env = env();
        env.put("INSTAGRAM_WEBHOOK_SECRET", TestSecrets.APP_SECRET);
        env.put("INSTAGRAM_PAGE_ID", Deliveries.ACCOUNT);
        return env;
    }

    @Test
    void anAccountAddedFromTheCommandLineIsListedAndASendTestForItIsAnsweredWithItsOwnToken() {
        String customer = "5550077001";
        CommandRun added = CommandRun.withInput(env(), ADDED_TOKEN + "\n", "accounts", "add", ADDED,
                "--display-name", "Boutique D", "--token-stdin");
        CommandRun listed = CommandRun.of(env(), "accounts", "list");
        CommandRun again = CommandRun.withInput(env(), ADDED_TOKEN + "\n", "accounts", "add", ADDED, "--token-stdin");
        CommandRun sent = CommandRun.of(envWithTheAppSecret(), "send-test", "dm", "--account", ADDED, "--from",
                customer);

        assertThat(added.exitCode()).as(added.toString()).isZero();
        assertThat(added.out()).isEqualTo("account " + ADDED + " (Boutique D, instagram) added: its events are"
                + " answered with its own token\n");
        assertThat(listed.exitCode()).as(listed.toString()).isZero();
        assertThat(listed.out()).contains(Deliveries.ACCOUNT + " (", "from the environment",
                ADDED + " (Boutique D, instagram), active", "2 accounts");
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).contains("error: 409");
        assertThat(sent.exitCode()).as(sent.toString()).isZero();
        assertThat(sent.out()).contains("(dm for account " + ADDED + " from " + customer + ")",
                "{\"object\":\"instagram\",\"entry\":[{\"id\":\"" + ADDED + "\"", "200 EVENT_RECEIVED");
        for (CommandRun run : new CommandRun[] {added, listed, again, sent}) {
            assertThat(run.out() + run.err()).doesNotContain(ADDED_TOKEN, TestSecrets.ACCESS_TOKEN,
                    TestSecrets.APP_SECRET);
        }

        // the delivery is the added account's: its reply goes out at its send node, with its token, and nowhere else
        await().atMost(Duration.ofSeconds(20)).until(() -> !dmsTo(customer).isEmpty());
        LoggedRequest reply = dmsTo(customer).get(0);
        assertThat(reply.getUrl()).startsWith("/v25.0/" + ADDED + "/messages");
        assertThat(reply.getHeader("Authorization")).isEqualTo("Bearer " + ADDED_TOKEN);
        assertThat(reply.getBodyAsString()).contains(SentDms.GREETING_REPLY);
        assertThat(jdbc.queryForList("select account_id from instagram_event where payload like ?", String.class,
                "%" + customer + "%")).containsExactly(ADDED);
        assertThat(dmsTo(customer)).hasSize(1);
    }

    /** The DMs the fake Graph API received for {@code person}, at any account's send node. */
    private List<LoggedRequest> dmsTo(String person) {
        return graph.findAll(postRequestedFor(urlPathMatching("/v25.0/.*/messages"))).stream()
                .filter(request -> request.getBodyAsString().contains("\"recipient\":{\"id\":\"" + person + "\"}"))
                .toList();
    }

    @Test
    void anAccountWithoutATokenOrWithABadLoginIsRefusedAndNothingIsAdded() {
        CommandRun noToken = CommandRun.of(env(), "accounts", "add", "17841400000000078");
        CommandRun badLogin = CommandRun.withInput(env(), "IGAA-some-token\n", "accounts", "add",
                "17841400000000079", "--login", "myspace", "--token-stdin");

        assertThat(noToken.exitCode()).isEqualTo(1);
        assertThat(noToken.err()).contains("no access token: give it with --token-stdin");
        assertThat(badLogin.exitCode()).isEqualTo(1);
        assertThat(badLogin.err()).contains("error: 400", "invalid_login");
        assertThat(CommandRun.of(env(), "accounts", "list").out()).doesNotContain("17841400000000078",
                "17841400000000079");
    }
}
