package io.igbridge.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.igbridge.support.Deliveries;
import io.igbridge.support.IntegrationTest;
import io.igbridge.support.ServiceTest;
import io.igbridge.support.TestSecrets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@code accounts add} and {@code accounts list} end to end against a running igbridge that stores tokens encrypted
 * ({@code IGBRIDGE_TOKEN_KEY}): an account added from the command line is answered with its own token, and the list
 * shows it beside the environment's account, never a token.
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

    @Test
    void anAccountAddedFromTheCommandLineIsListedAndAnsweredWithItsOwnToken() {
        CommandRun added = CommandRun.withInput(env(), ADDED_TOKEN + "\n", "accounts", "add", ADDED,
                "--display-name", "Boutique D", "--token-stdin");
        CommandRun listed = CommandRun.of(env(), "accounts", "list");
        CommandRun again = CommandRun.withInput(env(), ADDED_TOKEN + "\n", "accounts", "add", ADDED, "--token-stdin");

        assertThat(added.exitCode()).as(added.toString()).isZero();
        assertThat(added.out()).isEqualTo("account " + ADDED + " (Boutique D, instagram) added: its events are"
                + " answered with its own token\n");
        assertThat(listed.exitCode()).as(listed.toString()).isZero();
        assertThat(listed.out()).contains(Deliveries.ACCOUNT + " (", "from the environment",
                ADDED + " (Boutique D, instagram), active", "2 accounts");
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).contains("error: 409");
        for (CommandRun run : new CommandRun[] {added, listed, again}) {
            assertThat(run.out() + run.err()).doesNotContain(ADDED_TOKEN, TestSecrets.ACCESS_TOKEN);
        }

        client.postSigned(Deliveries.dmNow(ADDED, "d-5301", "mid.cli-account-1", "Bonjour"));
        await().atMost(Duration.ofSeconds(20)).until(() -> !graph.findAll(postRequestedFor(
                urlPathEqualTo("/v25.0/" + ADDED + "/messages"))).isEmpty());
        LoggedRequest reply = graph.findAll(postRequestedFor(urlPathEqualTo("/v25.0/" + ADDED + "/messages"))).get(0);
        assertThat(reply.getHeader("Authorization")).isEqualTo("Bearer " + ADDED_TOKEN);
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
