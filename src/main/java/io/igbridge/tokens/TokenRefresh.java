package io.igbridge.tokens;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import io.igbridge.config.IgbridgeProperties;
import io.igbridge.config.IgbridgeProperties.LoginType;
import io.igbridge.graphapi.ConfiguredAccount;
import io.igbridge.graphapi.GraphAccount;
import io.igbridge.graphapi.GraphApiClient;
import io.igbridge.graphapi.GraphApiException;
import io.igbridge.graphapi.GraphFailure.Kind;
import io.igbridge.graphapi.RefreshedToken;
import io.igbridge.outbox.Reauthorizations;
import io.igbridge.support.Failures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Refreshes the Instagram Login tokens in force — the default account's and each added account's — when
 * {@link RefreshSchedule} says they are due, on one node at a time (each refresh is claimed with a conditional
 * update, for three Graph API timeouts), and puts the new one in force, sealed, for every node. A refresh Meta
 * refuses with 190 (expired, revoked) pauses the account's sends and tells the team once, like a failed send; any
 * other failure is tried again later, with growing delays.
 */
@Service
class TokenRefresh {

    private static final Logger log = LoggerFactory.getLogger(TokenRefresh.class);

    private final AccessTokens tokens;
    private final AccountTokens rows;
    private final TokenVault vault;
    private final ConfiguredAccount accounts;
    private final GraphApiClient graph;
    private final Reauthorizations reauthorizations;
    private final Duration claimFor;
    private final Clock clock;

    TokenRefresh(AccessTokens tokens, AccountTokens rows, TokenVault vault, ConfiguredAccount accounts,
            GraphApiClient graph, Reauthorizations reauthorizations, IgbridgeProperties properties, Clock clock) {
        this.tokens = tokens;
        this.rows = rows;
        this.vault = vault;
        this.accounts = accounts;
        this.graph = graph;
        this.reauthorizations = reauthorizations;
        this.claimFor = properties.graphApi().timeout().multipliedBy(3);
        this.clock = clock;
    }

    /** Whether the default account's token is refreshed. */
    boolean enabled() {
        return tokens.refreshOffReason() == null;
    }

    /** Whether added accounts' Instagram Login tokens are refreshed (whatever the default account's settings). */
    boolean addedEnabled() {
        return tokens.refreshOffReason(LoginType.INSTAGRAM) == null;
    }

    /** @return true when a token was refreshed by this call */
    boolean refreshIfDue() {
        boolean refreshed = false;
        if (enabled()) {
            tokens.adoptConfigured();
            refreshed = refreshIfDue(tokens.accountId(), tokens.configuredFingerprint(), accounts.get());
        }
        if (addedEnabled()) {
            for (GraphAccount added : accounts.activeAddedAccounts()) {
                if (added.login() == LoginType.INSTAGRAM) {
                    Optional<String> source = rows.find(added.accountId()).map(StoredToken::sourceFingerprint);
                    refreshed |= source.isPresent() && refreshIfDue(added.accountId(), source.get(), added);
                }
            }
        }
        return refreshed;
    }

    private boolean refreshIfDue(String accountId, String sourceFingerprint, GraphAccount used) {
        Instant now = clock.instant();
        String claim = UUID.randomUUID().toString();
        if (!rows.claimRefresh(accountId, sourceFingerprint, claim, now, now.plus(claimFor))) {
            return false; // not due, or another node is at it
        }
        int failures = rows.find(accountId).map(StoredToken::refreshFailures).orElse(0);
        if (reauthorizations.paused(accountId)) {
            rows.recordFailure(accountId, claim, "not refreshed: Meta refused the token, a new one is needed",
                    RefreshSchedule.META.retryAfterFailure(now, failures + 1));
            return false;
        }
        try {
            RefreshedToken fresh = graph.refreshInstagramToken(used);
            Instant refreshedAt = clock.instant();
            Instant expiresAt = Optional.ofNullable(fresh.expiresIn()).map(refreshedAt::plus).orElse(null);
            if (rows.storeNewToken(accountId, claim, vault.seal(accountId, fresh.accessToken()), refreshedAt,
                    expiresAt, RefreshSchedule.META.firstAttempt(refreshedAt, expiresAt, true))) {
                log.info("The access token of account {} was refreshed; it expires {}", accountId,
                        expiresAt == null ? "at a time Meta did not say" : "at " + expiresAt);
                return true;
            }
            log.warn("The access token of account {} was refreshed, but this node's claim ran out before it was"
                    + " stored: the token in force stays valid until it expires", accountId);
            return false;
        } catch (GraphApiException failed) {
            if (failed.kind() == Kind.REAUTHORIZE && accounts.stillInForce(used)) {
                reauthorizations.pause(accountId, failed.getMessage());
            }
            failed(accountId, claim, failed.getMessage(), now, failures);
        } catch (RuntimeException unexpected) {
            failed(accountId, claim, Failures.describe(unexpected), now, failures);
        }
        return false;
    }

    private void failed(String accountId, String claim, String error, Instant now, int failures) {
        Instant retry = RefreshSchedule.META.retryAfterFailure(now, failures + 1);
        rows.recordFailure(accountId, claim, error, retry);
        log.warn("Refreshing the access token of account {} failed ({} in a row); next try at {}: {}", accountId,
                failures + 1, retry, error);
    }
}
