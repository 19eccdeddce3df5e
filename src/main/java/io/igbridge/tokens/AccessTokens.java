package io.igbridge.tokens;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.igbridge.config.IgbridgeProperties;
import io.igbridge.config.IgbridgeProperties.LoginType;
import io.igbridge.config.Secret;
import io.igbridge.graphapi.AccessTokenSource;
import io.igbridge.outbox.Reauthorizations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * The access token in force, read by every Graph API call: the configured {@code INSTAGRAM_ACCESS_TOKEN}, or a newer
 * one descended from it (refreshed, or given through the admin API) that is stored encrypted in
 * {@code account_token} and so in force on every node at once, without a restart. A newly configured token always
 * wins over a stored one that descended from the previous configuration (the row records the configured token's
 * fingerprint, never the token). Without {@code IGBRIDGE_TOKEN_KEY} nothing is stored: the configured token is in
 * force, as it is.
 */
@Service
public class AccessTokens implements AccessTokenSource {

    private static final Logger log = LoggerFactory.getLogger(AccessTokens.class);
    private static final String FACEBOOK_NOT_REFRESHED = "Facebook Login: a Page token obtained from a long-lived"
            + " user token does not expire; it is not refreshed";

    private final IgbridgeProperties.Instagram instagram;
    private final IgbridgeProperties.Tokens settings;
    private final TokenVault vault;
    private final AccountTokens rows;
    private final Reauthorizations reauthorizations;
    private final Clock clock;
    private final Set<String> unreadableLogged = ConcurrentHashMap.newKeySet();

    AccessTokens(IgbridgeProperties properties, TokenVault vault, AccountTokens rows,
            Reauthorizations reauthorizations, Clock clock) {
        this.instagram = properties.instagram();
        this.settings = properties.tokens();
        this.vault = vault;
        this.rows = rows;
        this.reauthorizations = reauthorizations;
        this.clock = clock;
    }

    @Override
    public Secret current(String accountId) {
        Secret configured = configured();
        if (!vault.open() || configured.isBlank()) {
            return configured;
        }
        return stored(accountId).flatMap(row -> unseal(accountId, row)).orElse(configured);
    }

    /** An added account's token, sealed in its row: never the configured one (blank when it can't be read). */
    @Override
    public Secret currentAdded(String accountId) {
        if (!vault.open() || isDefault(accountId)) {
            return isDefault(accountId) ? current(accountId) : new Secret("");
        }
        return rows.find(accountId).filter(row -> row.sealedToken() != null).flatMap(row -> unseal(accountId, row))
                .orElseGet(() -> new Secret(""));
    }

    private Optional<Secret> unseal(String accountId, StoredToken row) {
        Optional<Secret> token = vault.unseal(accountId, row.sealedToken());
        if (token.isEmpty() && unreadableLogged.add(accountId)) {
            log.warn("The stored access token of account {} can't be decrypted with IGBRIDGE_TOKEN_KEY (another"
                    + " key?): {}", accountId, isDefault(accountId) ? "the configured INSTAGRAM_ACCESS_TOKEN is used"
                    : "nothing is sent for it until it is given a new token (PUT /api/admin/accounts/" + accountId
                    + "/access-token)");
        }
        return token;
    }

    /** Whether {@code accountId} is the environment's account ({@code INSTAGRAM_PAGE_ID}). */
    boolean isDefault(String accountId) {
        return instagram.hasPageId() && accountId().equals(accountId);
    }

    /**
     * Puts {@code token} in force for an account added besides the default one, sealed, on every node: the source of
     * its tokens from now on (with Instagram Login it is refreshed once it is 24 hours old), and resumes its sends if
     * Meta had refused the previous one.
     *
     * @throws IllegalStateException when {@code IGBRIDGE_TOKEN_KEY} is not set: a token is never stored in clear
     */
    public void give(String accountId, Secret token) {
        if (!vault.open()) {
            throw new IllegalStateException("IGBRIDGE_TOKEN_KEY is not set: a token can only be stored encrypted. Set"
                    + " it to base64 of 32 random bytes (openssl rand -base64 32), the same on every node");
        }
        if (isDefault(accountId)) {
            throw new IllegalArgumentException("account " + accountId + " is the default one (INSTAGRAM_PAGE_ID)");
        }
        Instant now = clock.instant();
        Instant firstRefresh = RefreshSchedule.META.firstAttempt(now, null, false);
        rows.adopt(accountId, vault.fingerprint(token), now, firstRefresh);
        rows.storeNewToken(accountId, null, vault.seal(accountId, token), now, null, firstRefresh);
        reauthorizations.resume(accountId);
    }

    /** Forgets an added account's token. */
    public void forget(String accountId) {
        if (!isDefault(accountId)) {
            rows.delete(accountId);
        }
    }

    /** What is known of an added account's token (refreshed only with Instagram Login, as the default's). */
    public TokenStatus status(String accountId, LoginType login) {
        if (isDefault(accountId)) {
            return status();
        }
        String reason = refreshOffReason(login);
        return rows.find(accountId).filter(row -> row.sealedToken() != null)
                .map(row -> new TokenStatus("stored", reason == null, reason, row.issuedAt(), row.expiresAt(),
                        reason == null ? row.nextRefreshAt() : null, row.lastRefreshAt(), row.refreshFailures(),
                        row.lastRefreshError()))
                .orElseGet(() -> new TokenStatus("none", false, reason, null, null, null, null, 0, null));
    }

    /** The row, when it descends from the configured token and holds a newer one. */
    private Optional<StoredToken> stored(String accountId) {
        String fingerprint = vault.fingerprint(configured());
        return rows.find(accountId).filter(row -> row.sourceFingerprint().equals(fingerprint))
                .filter(row -> row.sealedToken() != null);
    }

    /**
     * Records the configured token as the source of the account's tokens: a node that starts with a token other than
     * the one the stored row descends from starts the row over (the operator set a new token) and resumes the
     * account's sends if they were paused for re-authorization.
     */
    @EventListener(ApplicationReadyEvent.class)
    public void adoptConfigured() {
        if (!vault.open() || !instagram.hasAccessToken() || !instagram.hasPageId()) {
            return;
        }
        Instant now = clock.instant();
        String accountId = accountId();
        if (rows.adopt(accountId, vault.fingerprint(configured()), now, RefreshSchedule.META.firstAttempt(now, null,
                false)) && reauthorizations.resume(accountId)) {
            log.info("A new INSTAGRAM_ACCESS_TOKEN is configured: account {}'s sends resume", accountId);
        }
    }

    /**
     * Puts a new token in force for the configured account, on every node, without a restart, and resumes its sends.
     * Its age and expiry are unknown: with Instagram Login it is refreshed once it is 24 hours old.
     *
     * @throws IllegalStateException when {@code IGBRIDGE_TOKEN_KEY}, {@code INSTAGRAM_ACCESS_TOKEN} or
     *                               {@code INSTAGRAM_PAGE_ID} is not set (the message names it, never the token)
     */
    public void replace(Secret token) {
        if (!vault.open()) {
            throw new IllegalStateException("IGBRIDGE_TOKEN_KEY is not set: a token can only be stored encrypted");
        }
        if (!instagram.hasAccessToken() || !instagram.hasPageId()) {
            throw new IllegalStateException("INSTAGRAM_ACCESS_TOKEN and INSTAGRAM_PAGE_ID must be set");
        }
        adoptConfigured();
        Instant now = clock.instant();
        String accountId = accountId();
        rows.storeNewToken(accountId, null, vault.seal(accountId, token), now, null,
                RefreshSchedule.META.firstAttempt(now, null, false));
        reauthorizations.resume(accountId);
        log.info("A new access token was given for account {}; it is in force on every node", accountId);
    }

    /** Where the token in force comes from and its dates, for webhook-info and diagnostics. */
    public TokenStatus status() {
        String reason = refreshOffReason();
        if (!instagram.hasAccessToken() || !instagram.hasPageId()) {
            return new TokenStatus("none", false, reason, null, null, null, null, 0, null);
        }
        Optional<StoredToken> row = vault.open() ? rows.find(accountId())
                .filter(stored -> stored.sourceFingerprint().equals(vault.fingerprint(configured()))) : Optional.empty();
        if (row.isEmpty()) {
            return new TokenStatus("configured", false, reason, null, null, null, null, 0, null);
        }
        StoredToken stored = row.get();
        return new TokenStatus(stored.sealedToken() == null ? "configured" : "stored", reason == null, reason,
                stored.issuedAt(), stored.expiresAt(), reason == null ? stored.nextRefreshAt() : null,
                stored.lastRefreshAt(), stored.refreshFailures(), stored.lastRefreshError());
    }

    /** Why this service does not refresh the token, in plain words; null when it does. */
    public String refreshOffReason() {
        if (!instagram.hasAccessToken() || !instagram.hasPageId()) {
            return "INSTAGRAM_ACCESS_TOKEN and INSTAGRAM_PAGE_ID are not both set";
        }
        return refreshOffReason(instagram.login());
    }

    /** Why tokens of an account with this login are not refreshed; null when they are. */
    String refreshOffReason(LoginType login) {
        if (login != LoginType.INSTAGRAM) {
            return FACEBOOK_NOT_REFRESHED;
        }
        if (!settings.refresh()) {
            return "IGBRIDGE_TOKEN_REFRESH is false: the token expires 60 days after it was issued";
        }
        if (!vault.open()) {
            return "IGBRIDGE_TOKEN_KEY is not set, so a refreshed token could not be stored encrypted: the token is"
                    + " not refreshed and expires 60 days after it was issued. Set IGBRIDGE_TOKEN_KEY to base64 of 32"
                    + " random bytes (openssl rand -base64 32), the same on every node";
        }
        return null;
    }

    String accountId() {
        return instagram.pageId().strip();
    }

    Secret configured() {
        return instagram.accessToken() == null ? new Secret("") : instagram.accessToken();
    }

    /** The fingerprint of the configured token (the vault must be open). */
    String configuredFingerprint() {
        return vault.fingerprint(configured());
    }
}
