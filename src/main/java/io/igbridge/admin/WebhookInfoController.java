package io.igbridge.admin;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.igbridge.accounts.Accounts;
import io.igbridge.config.ConfigurationReport;
import io.igbridge.config.IgbridgeProperties;
import io.igbridge.config.MissingSetting;
import io.igbridge.outbox.Reauthorizations;
import io.igbridge.processing.DeliveryStatus;
import io.igbridge.tokens.AccessTokens;
import io.igbridge.tokens.TokenStatus;
import io.igbridge.webhook.IntakeMetrics;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/instagram/webhook-info}: how the service is set up and what it received. Settings appear
 * as booleans only: no token, secret or verify token, not even partly.
 */
@RestController
class WebhookInfoController {

    /** The fields to subscribe in Meta's App Dashboard (the seed guide's list). */
    static final List<String> EXPECTED_FIELDS = List.of("messages", "comments", "mentions", "feed");

    private final IgbridgeProperties properties;
    private final ConfigurationReport report;
    private final DeliveryStatistics statistics;
    private final IntakeMetrics intake;
    private final AccessTokens tokens;
    private final Reauthorizations reauthorizations;
    private final Accounts accounts;

    WebhookInfoController(IgbridgeProperties properties, ConfigurationReport report, DeliveryStatistics statistics,
            IntakeMetrics intake, AccessTokens tokens, Reauthorizations reauthorizations, Accounts accounts) {
        this.properties = properties;
        this.accounts = accounts;
        this.tokens = tokens;
        this.reauthorizations = reauthorizations;
        this.report = report;
        this.statistics = statistics;
        this.intake = intake;
    }

    @GetMapping("/api/instagram/webhook-info")
    WebhookInfo info() {
        var instagram = properties.instagram();
        var configured = new Configured(!instagram.webhookSecrets().isEmpty(), instagram.verifyTokenIfSet().isPresent(),
                instagram.hasAccessToken(), instagram.hasPageId(), properties.admin().tokenIfSet().isPresent(),
                properties.webhook().testEnabled());
        String baseUrl = properties.graphApi().baseUrl(instagram.login());
        var graphApi = new GraphApi(instagram.login().name().toLowerCase(), java.net.URI.create(baseUrl).getHost(),
                properties.graphApi().version());
        Map<DeliveryStatus, Long> byStatus = statistics.countByStatus();
        long received = byStatus.values().stream().mapToLong(Long::longValue).sum();
        var counts = new Counts(received, intake.rejectedBySignatureSinceStart(),
                byStatus.get(DeliveryStatus.UNPARSEABLE), byStatus.get(DeliveryStatus.PROCESSED),
                byStatus.get(DeliveryStatus.FAILED), byStatus.get(DeliveryStatus.RECEIVED), statistics.waitingEvents(),
                statistics.testDeliveries());
        return new WebhookInfo("/api/instagram/webhook", configured,
                report.missingSettings().stream().map(MissingSetting::name).toList(), graphApi, EXPECTED_FIELDS, counts,
                statistics.lastDeliveryAt(), properties.webhook().maxBodyBytes(), accessToken(), addedAccounts());
    }

    /** The accounts added through the admin API, each with its status and what is known of its token. */
    private List<AddedAccount> addedAccounts() {
        return accounts.list().stream().filter(account -> !account.source().equals("environment"))
                .map(account -> new AddedAccount(account.accountId(), account.login(), account.status(),
                        accounts.tokenStatus(account.accountId()).orElse(null))).toList();
    }

    private AccessToken accessToken() {
        boolean paused = properties.instagram().hasPageId()
                && reauthorizations.paused(properties.instagram().pageId().strip());
        return new AccessToken(paused, paused ? "Meta refused the access token (expired or revoked): replies are"
                + " paused. " + Reauthorizations.FIX : null, tokens.status());
    }

    record WebhookInfo(String callbackPath, Configured configured, List<String> missingSettings, GraphApi graphApi,
            List<String> expectedSubscribedFields, Counts counts, Instant lastDeliveryAt, int maxBodyBytes,
            AccessToken accessToken, List<AddedAccount> accounts) {
    }

    /**
     * An account added through the admin API (the default one is {@code accessToken} above): its status
     * ({@code active}, {@code needs_reauthorization}, {@code disabled}) and its token's. Never the token.
     */
    record AddedAccount(String accountId, String login, String status, TokenStatus token) {
    }

    /**
     * The access token: whether Meta refused it (then replies are paused until a new one is in force, {@code fix}
     * says how), where the one in force comes from and its refresh. Never the token.
     */
    record AccessToken(boolean needsReauthorization, String fix, TokenStatus status) {
    }

    record Configured(boolean webhookSecret, boolean verifyToken, boolean accessToken, boolean pageId,
            boolean adminToken, boolean webhookTestEnabled) {
    }

    record GraphApi(String login, String host, String version) {
    }

    /**
     * Counts of signed deliveries ({@code received} = all stored; test deliveries are counted apart).
     * {@code rejectedBySignature} counts since this node started: rejected deliveries are never stored.
     * {@code waitingEvents}: events stored but not yet handled (waiting for an earlier one of their conversation).
     */
    record Counts(long received, long rejectedBySignature, long unparseable, long processed, long failed,
            long pending, long waitingEvents, long testDeliveries) {
    }
}
