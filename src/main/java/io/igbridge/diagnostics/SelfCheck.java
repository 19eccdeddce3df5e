package io.igbridge.diagnostics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.igbridge.config.IgbridgeProperties;
import io.igbridge.config.IgbridgeProperties.LoginType;
import io.igbridge.graphapi.AccountIdentity;
import io.igbridge.graphapi.ConfiguredAccount;
import io.igbridge.graphapi.GraphAccount;
import io.igbridge.graphapi.GraphApiClient;
import io.igbridge.graphapi.GraphApiException;
import io.igbridge.graphapi.GraphFailure;
import io.igbridge.outbox.Reauthorizations;
import io.igbridge.tokens.AccessTokens;
import io.igbridge.tokens.TokenStatus;
import org.springframework.stereotype.Component;

/**
 * Asks Meta, with the token in force, what the seed guide's troubleshooting section has a person check by hand: does
 * the token work, is it the configured account's, is the app subscribed to the fields the service needs. Each call is
 * bounded by {@code IGBRIDGE_GRAPH_API_TIMEOUT}, and no call is made after one got no answer: an unreachable or slow
 * Graph API is a finding, answered within one timeout.
 */
@Component
class SelfCheck {

    /** Expiry this close, with no refresh, is worth a warning. */
    static final Duration EXPIRY_WARNING = Duration.ofDays(10);

    private final IgbridgeProperties properties;
    private final ConfiguredAccount account;
    private final GraphApiClient graph;
    private final AccessTokens tokens;
    private final Reauthorizations reauthorizations;
    private final Clock clock;

    SelfCheck(IgbridgeProperties properties, ConfiguredAccount account, GraphApiClient graph, AccessTokens tokens,
            Reauthorizations reauthorizations, Clock clock) {
        this.properties = properties;
        this.account = account;
        this.graph = graph;
        this.tokens = tokens;
        this.reauthorizations = reauthorizations;
        this.clock = clock;
    }

    List<Finding> run() {
        var instagram = properties.instagram();
        List<Finding> findings = new ArrayList<>();
        if (!instagram.hasAccessToken()) {
            findings.add(Finding.error("settings", "INSTAGRAM_ACCESS_TOKEN is not set: nothing can be sent to"
                    + " Instagram, and Meta can't be asked anything.", "Set INSTAGRAM_ACCESS_TOKEN to the account's"
                    + " long-lived token (" + tokenSource(instagram.login()) + ") and restart."));
        }
        if (!instagram.hasPageId()) {
            findings.add(Finding.error("settings", "INSTAGRAM_PAGE_ID is not set: the account replies are sent from"
                    + " is unknown.", "Set INSTAGRAM_PAGE_ID to " + accountIdMeaning(instagram.login())
                    + " and restart."));
        }
        if (!findings.isEmpty()) {
            return findings;
        }
        GraphAccount configured = account.get();
        String where = graphHost();
        AccountIdentity identity;
        try {
            identity = graph.me(configured);
        } catch (GraphApiException failed) {
            findings.add(tokenFailure(failed.failure(), where));
            return withTokenState(findings);
        }
        findings.add(Finding.ok("token", "Meta accepts the access token" + (identity.name() == null ? ""
                : ": it acts for " + identity.name()) + " (" + where + ")."));
        if (identity.accountId() == null || !identity.accountId().equals(configured.accountId())) {
            findings.add(Finding.error("account_id", "The token acts for account " + identity.accountId()
                    + ", but INSTAGRAM_PAGE_ID is " + configured.accountId() + ": replies would be sent from the wrong"
                    + " account, or refused.", "Set INSTAGRAM_PAGE_ID to " + identity.accountId() + " ("
                    + accountIdMeaning(properties.instagram().login()) + "), or use the token of account "
                    + configured.accountId() + "."));
        } else {
            findings.add(Finding.ok("account_id", "INSTAGRAM_PAGE_ID " + configured.accountId()
                    + " is the token's account."));
        }
        try {
            findings.addAll(subscriptions(graph.subscribedFields(configured), configured));
        } catch (GraphApiException failed) {
            findings.add(failed.failure().httpStatus() == 0 ? unreachable(failed.failure(), where)
                    : Finding.error("subscribed_fields", "Meta would not list the webhook fields the app is"
                            + " subscribed to: " + failed.failure().summary(), "Check that the token has the"
                            + " permissions of " + permissions(properties.instagram().login()) + "."));
        }
        return withTokenState(findings);
    }

    private List<Finding> subscriptions(List<String> subscribed, GraphAccount configured) {
        LoginType login = properties.instagram().login();
        List<Finding> findings = new ArrayList<>();
        String subscribe = subscribeCommand(login, configured.accountId());
        if (subscribed.isEmpty()) {
            findings.add(Finding.error("subscribed_fields", "The app is not subscribed to any webhook field of"
                    + " account " + configured.accountId() + ": Meta sends no DM and no comment to this service.",
                    "In Meta's App Dashboard (Webhooks, object Instagram) subscribe to messages and comments"
                            + (login == LoginType.FACEBOOK ? " and mentions" : "") + ", then subscribe the account: "
                            + subscribe));
            return findings;
        }
        required(findings, subscribed, "messages", true, "DMs (and the echoes of our own replies) never arrive, so"
                + " no DM is answered", subscribe);
        required(findings, subscribed, "comments", true, "comments never arrive, so none is answered, hidden or"
                + " moderated", subscribe);
        if (login == LoginType.FACEBOOK) {
            required(findings, subscribed, "mentions", false, "@mentions of the account never arrive", subscribe);
        }
        return findings;
    }

    private static void required(List<Finding> findings, List<String> subscribed, String field, boolean needed,
            String consequence, String subscribe) {
        if (subscribed.contains(field)) {
            findings.add(Finding.ok("subscribed_fields", "The app is subscribed to `" + field + "`."));
            return;
        }
        String message = "The app is not subscribed to `" + field + "`: " + consequence + ".";
        String fix = "In Meta's App Dashboard, Webhooks, object Instagram: subscribe to the field `" + field
                + "` (Advanced Access is needed for comments), then subscribe the account with " + subscribe;
        findings.add(needed ? Finding.error("subscribed_fields", message, fix)
                : Finding.warning("subscribed_fields", message, fix));
    }

    private Finding tokenFailure(GraphFailure failure, String where) {
        if (failure.httpStatus() == 0) {
            return unreachable(failure, where);
        }
        if (failure.kind() == GraphFailure.Kind.REAUTHORIZE) {
            return Finding.error("token", "Meta refuses the access token (" + failure.summary() + "): it expired,"
                    + " was revoked, or the password changed. Replies fail until it is replaced.",
                    Reauthorizations.FIX);
        }
        return Finding.error("token", "Meta would not say whom the token belongs to (" + failure.summary() + ").",
                "Check that IGBRIDGE_LOGIN (" + properties.instagram().login().name().toLowerCase() + ") matches the"
                        + " token: " + tokenSource(properties.instagram().login()) + ".");
    }

    private Finding unreachable(GraphFailure failure, String where) {
        return Finding.error("graph_api", "Meta's Graph API (" + where + ") did not answer within "
                + properties.graphApi().timeout().toSeconds() + " s (" + failure.message() + "): replies wait and are"
                + " retried.", "Check this machine's outbound HTTPS access to " + where + " (firewall, proxy, DNS) and"
                + " INSTAGRAM_GRAPH_API_URL if it is set.");
    }

    /** What is known here, whatever Meta said: a paused account, a token close to its end that nobody refreshes. */
    private List<Finding> withTokenState(List<Finding> findings) {
        String accountId = properties.instagram().pageId().strip();
        if (reauthorizations.paused(accountId)) {
            findings.add(Finding.error("token", "Replies of account " + accountId + " are paused: Meta refused the"
                    + " token.", Reauthorizations.FIX));
        }
        TokenStatus status = tokens.status();
        Instant now = clock.instant();
        if (status.refreshOffReason() != null && properties.instagram().login() == LoginType.INSTAGRAM) {
            findings.add(Finding.warning("token_refresh", "The access token is not refreshed: "
                    + status.refreshOffReason() + ".", "Set IGBRIDGE_TOKEN_KEY (and leave IGBRIDGE_TOKEN_REFRESH"
                    + " true), or replace the token by hand before it expires."));
        } else if (status.lastRefreshError() != null) {
            findings.add(Finding.warning("token_refresh", "The last refresh of the access token failed ("
                    + status.lastRefreshError() + "); next try at " + status.nextRefreshAt() + ".",
                    "Nothing, if it was Meta's passing trouble; otherwise " + Reauthorizations.FIX));
        }
        if (status.expiresAt() != null && status.expiresAt().isBefore(now.plus(EXPIRY_WARNING))
                && (status.refreshOffReason() != null || status.expiresAt().isBefore(now))) {
            findings.add(Finding.warning("token_refresh", "The access token expires at " + status.expiresAt() + ".",
                    Reauthorizations.FIX));
        }
        return findings;
    }

    private String graphHost() {
        return java.net.URI.create(properties.graphApi().baseUrl(properties.instagram().login())).getHost();
    }

    private static String tokenSource(LoginType login) {
        return login == LoginType.INSTAGRAM ? "an Instagram User token from Business Login for Instagram, for"
                + " graph.instagram.com" : "a Page token from Facebook Login, for graph.facebook.com";
    }

    private static String accountIdMeaning(LoginType login) {
        return login == LoginType.INSTAGRAM ? "the Instagram professional account's user_id (GET /me?fields=user_id)"
                : "the Facebook Page's id linked to the Instagram account";
    }

    private static String permissions(LoginType login) {
        return login == LoginType.INSTAGRAM ? "instagram_business_basic, instagram_business_manage_messages and"
                + " instagram_business_manage_comments" : "instagram_basic, instagram_manage_messages,"
                + " instagram_manage_comments and pages_manage_metadata";
    }

    private static String subscribeCommand(LoginType login, String accountId) {
        String fields = login == LoginType.INSTAGRAM ? "messages,comments" : "messages,comments,mentions";
        return "POST https://" + (login == LoginType.INSTAGRAM ? "graph.instagram.com" : "graph.facebook.com") + "/"
                + "v25.0/" + accountId + "/subscribed_apps?subscribed_fields=" + fields + " with the account's token.";
    }
}
