package io.igbridge.tokens;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.igbridge.accounts.Accounts;
import io.igbridge.accounts.NewAccount;
import io.igbridge.inbox.MessagingWindows;
import io.igbridge.outbox.OutboxWriter;
import io.igbridge.outbox.SendDirectMessage;
import io.igbridge.support.IntegrationTest;
import io.igbridge.support.ServiceTest;
import io.igbridge.support.SettableClock;
import io.igbridge.support.TestSecrets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The Instagram Login token refreshed against a fake Graph API (a real HTTP server), with the service's clock moved
 * by hand: not before it is 24 hours old, not while its expiry is more than 10 days away, stored encrypted, in force
 * for the next send without a restart, and a failed refresh tried again later rather than in a loop.
 */
@IntegrationTest
class TokenRefreshIntegrationTests extends ServiceTest {

    static final String ACCOUNT = "17841400000000001";
    static final String REFRESH = "/refresh_access_token";
    static final String MESSAGES = "/v25.0/" + ACCOUNT + "/messages";
    static final String REFRESHED = "IGQ-refreshed-token-first-4d1c";
    static final String REFRESHED_AGAIN = "IGQ-refreshed-token-second-88ae";
    static final long SIXTY_DAYS = Duration.ofDays(60).toSeconds();

    @RegisterExtension
    static WireMockExtension graph = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    static final SettableClock CLOCK = new SettableClock(Instant.now());

    @TestConfiguration
    static class MovableClock {
        @Bean
        @Primary
        SettableClock movableClock() {
            return CLOCK;
        }
    }

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("INSTAGRAM_GRAPH_API_URL", graph::baseUrl);
        registry.add("IGBRIDGE_TOKEN_KEY", () -> TestSecrets.TOKEN_KEY);
        registry.add("IGBRIDGE_OUTBOX_POLL_INTERVAL", () -> "100ms");
    }

    @Autowired
    TokenRefresh refresh;

    @Autowired
    AccessTokens tokens;

    @Autowired
    OutboxWriter writer;

    @Autowired
    Accounts accounts;

    @Autowired
    MessagingWindows windows;

    @Autowired
    TokenRefreshLoop loop;

    Instant configuredAt;

    @BeforeEach
    void aFreshlyConfiguredToken() {
        // the loop checks once as its context starts, then hourly: a first check that starts late (a loaded machine)
        // would see the clock a test moved and refresh before the test's own call does
        await().atMost(Duration.ofSeconds(30)).until(loop::allWaiting);
        graph.resetAll();
        jdbc.update("delete from account_token");
        jdbc.update("delete from account_state");
        jdbc.update("delete from instagram_account");
        configuredAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        CLOCK.set(configuredAt);
        tokens.adoptConfigured();
    }

    private void metaRefreshes(String oldToken, String newToken) {
        graph.stubFor(get(urlPathEqualTo(REFRESH)).withQueryParam("access_token", equalTo(oldToken))
                .withQueryParam("grant_type", equalTo("ig_refresh_token")).willReturn(okJson(
                        "{\"access_token\":\"" + newToken + "\",\"token_type\":\"bearer\",\"expires_in\":" + SIXTY_DAYS
                                + "}")));
    }

    private List<LoggedRequest> refreshes() {
        return graph.findAll(getRequestedFor(urlPathEqualTo(REFRESH)));
    }

    private String storedColumn() {
        return jdbc.queryForObject("select encrypted_token from account_token where account_id = ?", String.class,
                ACCOUNT);
    }

    @Test
    void anAddedAccountsTokenIsRefreshedToo() {
        String added = "17841400000000777";
        String given = "IGQ-added-account-token-6f01";
        String refreshedForAdded = "IGQ-added-account-refreshed-93bb";
        metaRefreshes(TestSecrets.ACCESS_TOKEN, REFRESHED);
        metaRefreshes(given, refreshedForAdded);
        accounts.add(NewAccount.of(added, "instagram", given, "B", null));
        CLOCK.set(configuredAt.plus(Duration.ofHours(24)));

        assertThat(refresh.refreshIfDue()).isTrue();

        assertThat(refreshes()).extracting(request -> request.queryParameter("access_token").firstValue())
                .containsExactlyInAnyOrder(TestSecrets.ACCESS_TOKEN, given);
        assertThat(tokens.currentAdded(added).reveal()).isEqualTo(refreshedForAdded);
        assertThat(tokens.current(ACCOUNT).reveal()).isEqualTo(REFRESHED);
        assertThat(tokens.status(added, io.igbridge.config.IgbridgeProperties.LoginType.INSTAGRAM).expiresAt())
                .isEqualTo(CLOCK.instant().plusSeconds(SIXTY_DAYS));
    }

    @Test
    void aTokenYoungerThan24HoursIsNotRefreshed() {
        metaRefreshes(TestSecrets.ACCESS_TOKEN, REFRESHED);
        CLOCK.set(configuredAt.plus(Duration.ofHours(23)).plus(Duration.ofMinutes(59)));

        assertThat(refresh.refreshIfDue()).isFalse();

        assertThat(refreshes()).isEmpty();
        assertThat(tokens.current(ACCOUNT).reveal()).isEqualTo(TestSecrets.ACCESS_TOKEN);
    }

    @Test
    void aRefreshedTokenIsStoredEncryptedAndUsedByTheNextSendWithoutRestart() {
        metaRefreshes(TestSecrets.ACCESS_TOKEN, REFRESHED);
        graph.stubFor(post(MESSAGES).willReturn(okJson("{\"recipient_id\":\"p1\",\"message_id\":\"m_1\"}")));
        CLOCK.set(configuredAt.plus(Duration.ofHours(24)));

        assertThat(refresh.refreshIfDue()).isTrue();

        assertThat(refreshes()).hasSize(1);
        assertThat(refreshes().get(0).getUrl()).startsWith(REFRESH + "?");
        assertThat(storedColumn()).isNotBlank().doesNotContain(REFRESHED).doesNotContain(TestSecrets.ACCESS_TOKEN);
        Map<String, Object> row = jdbc.queryForMap("select * from account_token where account_id = ?", ACCOUNT);
        assertThat(row.values()).allSatisfy(value -> assertThat(String.valueOf(value)).doesNotContain(REFRESHED));
        windows.recordInbound(ACCOUNT, "p1", "message:p1", CLOCK.instant());
        writer.enqueue("t:after-refresh", new SendDirectMessage(ACCOUNT, "p1", "Bonjour !", false), null);
        await().atMost(Duration.ofSeconds(10)).until(() -> "DONE".equals(rows.outboxStatus("t:after-refresh")));
        assertThat(graph.findAll(postRequestedFor(urlPathEqualTo(MESSAGES))).get(0).getHeader("Authorization"))
                .isEqualTo("Bearer " + REFRESHED);
        var info = client.get("/api/instagram/webhook-info").body();
        assertThat(info).contains("\"inForce\":\"stored\"").doesNotContain(REFRESHED)
                .doesNotContain(TestSecrets.ACCESS_TOKEN);
    }

    @Test
    void aRefreshedTokenIsRefreshedAgainOnlyWithinTenDaysOfItsExpiry() {
        metaRefreshes(TestSecrets.ACCESS_TOKEN, REFRESHED);
        metaRefreshes(REFRESHED, REFRESHED_AGAIN);
        Instant firstRefresh = configuredAt.plus(Duration.ofHours(25));
        CLOCK.set(firstRefresh);
        assertThat(refresh.refreshIfDue()).isTrue();
        Instant expiry = firstRefresh.plusSeconds(SIXTY_DAYS);

        CLOCK.set(firstRefresh.plus(Duration.ofDays(2)));
        assertThat(refresh.refreshIfDue()).isFalse();
        CLOCK.set(expiry.minus(Duration.ofDays(10)).minusSeconds(60));
        assertThat(refresh.refreshIfDue()).as("10 days and a minute before expiry").isFalse();
        assertThat(refreshes()).hasSize(1);

        CLOCK.set(expiry.minus(Duration.ofDays(10)));
        assertThat(refresh.refreshIfDue()).isTrue();

        assertThat(refreshes()).hasSize(2);
        assertThat(refreshes().get(1).queryParameter("access_token").firstValue()).isEqualTo(REFRESHED);
        assertThat(tokens.current(ACCOUNT).reveal()).isEqualTo(REFRESHED_AGAIN);
        assertThat(tokens.status().expiresAt()).isEqualTo(CLOCK.instant().plusSeconds(SIXTY_DAYS));
    }

    @Test
    void aFailedRefreshIsTriedAgainAnHourLaterNotInALoop() {
        graph.stubFor(get(urlPathEqualTo(REFRESH)).willReturn(aResponse().withStatus(503)));
        Instant due = configuredAt.plus(Duration.ofHours(24));
        CLOCK.set(due);

        assertThat(refresh.refreshIfDue()).isFalse();
        assertThat(refresh.refreshIfDue()).isFalse();
        CLOCK.set(due.plus(Duration.ofMinutes(59)));
        assertThat(refresh.refreshIfDue()).isFalse();
        assertThat(refreshes()).hasSize(1);
        assertThat(tokens.status().refreshFailures()).isEqualTo(1);
        assertThat(tokens.status().lastRefreshError()).contains("503").doesNotContain(TestSecrets.ACCESS_TOKEN);

        metaRefreshes(TestSecrets.ACCESS_TOKEN, REFRESHED);
        CLOCK.set(due.plus(Duration.ofHours(1)));
        assertThat(refresh.refreshIfDue()).isTrue();

        assertThat(refreshes()).hasSize(2);
        assertThat(tokens.status().refreshFailures()).isZero();
        assertThat(tokens.current(ACCOUNT).reveal()).isEqualTo(REFRESHED);
    }

    @Test
    void concurrentChecksRefreshOnceWhicheverWins() throws Exception {
        graph.stubFor(get(urlPathEqualTo(REFRESH)).willReturn(okJson("{\"access_token\":\"" + REFRESHED
                + "\",\"token_type\":\"bearer\",\"expires_in\":" + SIXTY_DAYS + "}").withFixedDelay(300)));
        CLOCK.set(configuredAt.plus(Duration.ofHours(30)));
        ExecutorService checkers = Executors.newFixedThreadPool(4);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                results.add(checkers.submit(() -> {
                    start.await();
                    return refresh.refreshIfDue();
                }));
            }
            start.countDown();
            long refreshed = 0;
            for (Future<Boolean> result : results) {
                refreshed += result.get(10, TimeUnit.SECONDS) ? 1 : 0;
            }

            assertThat(refreshed).isEqualTo(1);
            assertThat(refreshes()).hasSize(1);
            assertThat(tokens.current(ACCOUNT).reveal()).isEqualTo(REFRESHED);
        } finally {
            checkers.shutdownNow();
        }
    }

    @Test
    void aRefreshRefusedWith190PausesTheAccountWithOneAlert() {
        graph.stubFor(get(urlPathEqualTo(REFRESH)).willReturn(aResponse().withStatus(400).withBody(
                "{\"error\":{\"message\":\"Error validating access token: Session has expired\","
                        + "\"type\":\"OAuthException\",\"code\":190,\"error_subcode\":463}}")));
        CLOCK.set(configuredAt.plus(Duration.ofHours(24)));

        assertThat(refresh.refreshIfDue()).isFalse();
        CLOCK.set(configuredAt.plus(Duration.ofDays(3)));
        assertThat(refresh.refreshIfDue()).isFalse();

        assertThat(refreshes()).hasSize(1);
        assertThat(jdbc.queryForObject("select count(*) from outbox_action where type = 'notify'"
                + " and idempotency_key like 'reauthorize:%'", Long.class)).isEqualTo(1);
        assertThat(client.get("/api/instagram/webhook-info").body()).contains("\"needsReauthorization\":true");
    }
}
