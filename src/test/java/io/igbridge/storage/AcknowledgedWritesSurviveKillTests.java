package io.igbridge.storage;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.igbridge.support.Deliveries;
import io.igbridge.support.SentDms;
import io.igbridge.support.ServiceProcess;
import io.igbridge.support.TestDatabases;
import io.igbridge.support.TestSecrets;
import io.igbridge.support.UiClient;
import io.igbridge.support.WebhookClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every kind of write the service acknowledges survives {@code kill -9} on H2, not only a delivery: an agent created
 * and an access token put in force through the admin API (writes in auto-commit mode), an account added and an
 * agent's reply in the inbox (transactions). H2's background writer is set to store only every ten minutes here, so
 * each write is in the file only if the service stored it before answering. (PostgreSQL's commits are durable by
 * themselves; {@code CrashSafetyTests} covers deliveries on both.)
 */
class AcknowledgedWritesSurviveKillTests {

    private static final String CONTACT = "7300000000000001";
    private static final String ADDED_ACCOUNT = "17841400000000777";
    private static final String NEW_TOKEN = "IGQnew-token-after-kill-5c1d";
    private static final String PASSWORD = "a-long-agent-password-9f2";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @RegisterExtension
    static WireMockExtension graph = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @Test
    void adminChangesInboxRepliesAndTokensAnsweredBeforeAKillAreThereAfterIt(@TempDir Path workDir) throws Exception {
        SentDms.answerWith(graph, "m_after_kill");
        Path data = workDir.resolve("data");
        Map<String, String> settings = new HashMap<>(ServiceProcess.nodeSettings(graph.baseUrl()));
        settings.put("IGBRIDGE_TOKEN_KEY", TestSecrets.TOKEN_KEY);
        settings.put("SPRING_DATASOURCE_URL", "jdbc:h2:file:" + data.resolve("igbridge")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=600000"
                + ";DB_CLOSE_ON_EXIT=FALSE");
        try (var node = new ServiceProcess("writes-kill", workDir, TestDatabases.h2In(data), settings)) {
            WebhookClient admin = node.start("before-kill.log").client();
            assertThat(admin.postJsonWithToken("/api/admin/agents", """
                    {"username":"claire","displayName":"Claire","password":"%s"}""".formatted(PASSWORD),
                    TestSecrets.ADMIN_TOKEN).statusCode()).isEqualTo(201);
            assertThat(admin.postSigned(Deliveries.dmNow(CONTACT, "mid.kill-1", "J'ai une question")).statusCode())
                    .isEqualTo(200);
            UiClient agent = signedIn(node);
            long conversation = await().atMost(Duration.ofSeconds(30)).until(() -> conversationOf(agent), id -> id > 0);
            assertThat(agent.postJson("/ui/api/conversations/" + conversation + "/reply",
                    "{\"text\":\"Claire ici, je regarde\"}").statusCode()).isEqualTo(200);
            assertThat(admin.postJsonWithToken("/api/admin/accounts", "{\"accountId\":\"" + ADDED_ACCOUNT
                    + "\",\"login\":\"instagram\",\"accessToken\":\"IGQadded-token\",\"displayName\":\"Boutique B\"}",
                    TestSecrets.ADMIN_TOKEN).statusCode()).isEqualTo(201);
            assertThat(admin.putJsonWithToken("/api/admin/access-token", "{\"accessToken\":\"" + NEW_TOKEN + "\"}",
                    TestSecrets.ADMIN_TOKEN).statusCode()).isEqualTo(200);
            node.kill();

            node.start("after-restart.log");
            UiClient again = signedIn(node);
            JsonNode detail = JSON.readTree(again.get("/ui/api/conversations/" + conversation).body());
            assertThat(detail.path("messages").valueStream().map(message -> message.path("text").asString()))
                    .as("the agent's reply, in the inbox").contains("Claire ici, je regarde");
            assertThat(admin.getWithToken("/api/admin/accounts", TestSecrets.ADMIN_TOKEN).body())
                    .as("the added account").contains(ADDED_ACCOUNT);
            await().atMost(Duration.ofSeconds(30)).until(() -> SentDms.textsTo(graph, CONTACT)
                    .contains("Claire ici, je regarde"));

            graph.resetRequests();
            assertThat(admin.postSigned(Deliveries.dmNow("7300000000000002", "mid.kill-2", "Bonjour")).statusCode())
                    .isEqualTo(200);
            var messages = postRequestedFor(urlPathEqualTo("/v25.0/" + Deliveries.ACCOUNT + "/messages"));
            await().atMost(Duration.ofSeconds(30)).until(() -> !graph.findAll(messages).isEmpty());
            assertThat(graph.findAll(messages).get(0).getHeader("Authorization"))
                    .as("the token put in force before the kill")
                    .isEqualTo("Bearer " + NEW_TOKEN);
        }
    }

    /** Signs in as the agent created before the kill: only possible if that agent was stored. */
    private static UiClient signedIn(ServiceProcess node) {
        UiClient agent = new UiClient(node.port());
        HttpResponse<String> signedIn = agent.signIn("claire", PASSWORD);
        assertThat(signedIn.headers().firstValue("Location")).as("the agent created before the kill signs in")
                .hasValue("/ui/");
        agent.get("/ui/api/me");
        return agent;
    }

    /** The one conversation's id, once processing has opened it; -1 before. */
    private static long conversationOf(UiClient agent) {
        JsonNode list = JSON.readTree(agent.get("/ui/api/conversations?filter=all").body());
        return list.path("conversations").valueStream().mapToLong(row -> row.path("id").asLong()).findFirst()
                .orElse(-1);
    }
}
