package io.igbridge.accounts;

import java.time.Instant;
import java.util.Locale;

import io.igbridge.config.IgbridgeProperties.LoginType;

/**
 * An account as the admin API lists it: never its token.
 *
 * @param accountId      the Instagram account id of its events ({@code INSTAGRAM_PAGE_ID} for the default account)
 * @param login          {@code instagram} or {@code facebook}
 * @param displayName    as given, null when none
 * @param status         {@code active}, {@code needs_reauthorization} or {@code disabled}
 * @param source         {@code environment} (the default account) or {@code admin_api}
 * @param rulesFile      its own rules file, null for the default rules
 * @param tokenExpiresAt when its token expires, null when unknown
 * @param createdAt      when it was added, null for the default account
 */
public record AccountView(String accountId, String login, String displayName, String status, String source,
        String rulesFile, Instant tokenExpiresAt, Instant createdAt) {

    static AccountView of(String accountId, LoginType login, String displayName, AccountStatus status,
            boolean fromEnvironment, String rulesFile, Instant tokenExpiresAt, Instant createdAt) {
        return new AccountView(accountId, login.name().toLowerCase(Locale.ROOT), displayName,
                status.name().toLowerCase(Locale.ROOT), fromEnvironment ? "environment" : "admin_api", rulesFile,
                tokenExpiresAt, createdAt);
    }
}
