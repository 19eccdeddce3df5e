package io.igbridge.operations;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.igbridge.support.Deliveries;
import io.igbridge.support.ServiceProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A graceful stop (SIGTERM, as {@code systemctl stop} or a redeploy sends) while a reply's call to the Graph API is
 * under way: the node finishes the call and records it before its database closes, so the reply is not sent again
 * after the restart. On H2 the database must not close itself as the JVM begins to exit (H2's own shutdown hook,
 * on by default), before the sending thread could record what it sent.
 */
class GracefulStopIntegrationTests {

    static final String MESSAGES = "/v25.0/" + Deliveries.ACCOUNT + "/messages";

    @RegisterExtension
    static WireMockExtension graph = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @Test
    void aReplyUnderWayWhenTheNodeIsStoppedIsRecordedAndNotSentAgain(@TempDir Path workDir) throws Exception {
        // Meta takes 3 s to answer: the stop arrives while the call is under way
        graph.stubFor(post(MESSAGES).willReturn(okJson("{\"message_id\":\"m_slow\"}").withFixedDelay(3000)));
        try (var node = new ServiceProcess(workDir, ServiceProcess.nodeSettings(graph.baseUrl()))) {
            node.start("before-stop.log");
            assertThat(node.client().postSigned(Deliveries.dmNow("7300000001", "mid.graceful-1", "Bonjour"))
                    .statusCode()).isEqualTo(200);
            await().atMost(Duration.ofSeconds(30)).until(() -> callsToMeta() == 1);

            node.stop();

            assertThat(Files.readString(node.log("before-stop.log"))).as("what the node logged while stopping")
                    .doesNotContain("Database is already closed").doesNotContain("has been closed");
            try (Connection connection = node.connect(); Statement statement = connection.createStatement();
                    ResultSet row = statement.executeQuery("select status, result_ids from outbox_action")) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString("status")).as("the reply sent before the stop is recorded").isEqualTo("DONE");
                assertThat(row.getString("result_ids")).isEqualTo("m_slow");
                assertThat(row.next()).isFalse();
            }
            node.start("after-restart.log");
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).until(() -> callsToMeta() == 1);
        }
    }

    private static int callsToMeta() {
        return graph.findAll(postRequestedFor(urlPathEqualTo(MESSAGES))).size();
    }
}
