package io.igbridge.accounts;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.igbridge.accounts.AccountRefusal.Kind;
import io.igbridge.config.IgbridgeProperties;
import io.igbridge.config.Secret;
import io.igbridge.outbox.Reauthorizations;
import io.igbridge.rules.AccountRuleBooks;
import io.igbridge.rules.AccountRulesFiles;
import io.igbridge.rules.RulesFileException;
import io.igbridge.rules.RulesProperties;
import io.igbridge.tokens.AccessTokens;
import io.igbridge.tokens.TokenStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Instagram accounts this instance answers for: the default one, from the environment, and those added through
 * the admin API (their tokens sealed by {@link AccessTokens}: adding one without {@code IGBRIDGE_TOKEN_KEY} is
 * refused).
 */
@Service
public class Accounts implements AccountRulesFiles {

    private static final Logger log = LoggerFactory.getLogger(Accounts.class);

    private final AccountStore store;
    private final AccessTokens tokens;
    private final Reauthorizations reauthorizations;
    private final IgbridgeProperties.Instagram instagram;
    private final String pricesUrl;
    private final Clock clock;

    Accounts(AccountStore store, AccessTokens tokens, Reauthorizations reauthorizations, IgbridgeProperties properties,
            RulesProperties rules, Clock clock) {
        this.store = store;
        this.tokens = tokens;
        this.reauthorizations = reauthorizations;
        this.instagram = properties.instagram();
        this.pricesUrl = rules.pricesUrl();
        this.clock = clock;
    }

    /** The default account first (when {@code INSTAGRAM_PAGE_ID} is set), then the added ones, oldest first. */
    public List<AccountView> list() {
        List<AccountView> accounts = new ArrayList<>();
        if (instagram.hasPageId()) {
            String id = instagram.pageId().strip();
            accounts.add(AccountView.of(id, instagram.login(), null, status(id, false), true, null,
                    tokens.status().expiresAt(), null));
        }
        store.stored().forEach(stored -> accounts.add(view(stored)));
        return accounts;
    }

    /**
     * Adds an account and puts its token in force, sealed, in one transaction.
     *
     * @throws AccountRefusal when the account is there already (the default one included), or when
     *                        {@code IGBRIDGE_TOKEN_KEY} is not set
     */
    @Transactional
    public AccountView add(NewAccount account) {
        if (instagram.hasPageId() && instagram.pageId().strip().equals(account.accountId())) {
            throw new AccountRefusal(Kind.CONFLICT, "account_exists", "account " + account.accountId()
                    + " is the default account (INSTAGRAM_PAGE_ID); its token is replaced with PUT"
                    + " /api/admin/access-token");
        }
        if (account.rulesFile() != null) {
            checkRules(account.rulesFile());
        }
        if (!store.insert(account.accountId(), account.login(), account.displayName(), account.rulesFile(),
                clock.instant())) {
            throw new AccountRefusal(Kind.CONFLICT, "account_exists", "account " + account.accountId()
                    + " is already added; its token is replaced with PUT /api/admin/accounts/" + account.accountId()
                    + "/access-token");
        }
        give(account.accountId(), account.accessToken());
        log.info("Instagram account {} ({} Login) added; its events are answered with its own token",
                account.accountId(), account.login().name().toLowerCase(java.util.Locale.ROOT));
        return view(store.stored(account.accountId()).orElseThrow());
    }

    /** Puts a new token in force for an added account, sealed, and resumes its sends. */
    @Transactional
    public AccountView replaceToken(String accountId, Secret token) {
        StoredAccount stored = added(accountId);
        give(accountId, token);
        log.info("A new access token was given for account {}; it is in force on every node", accountId);
        return view(stored);
    }

    /** Disables ({@code disabled}) or enables an added account. */
    public AccountView setDisabled(String accountId, boolean disabled) {
        added(accountId);
        store.setDisabled(accountId, disabled, clock.instant());
        log.info("Instagram account {} {}", accountId, disabled ? "disabled: its events are no longer answered"
                : "enabled: its events are answered again");
        return view(added(accountId));
    }

    /** Removes an added account and its token; its events, conversations and leads stay. */
    @Transactional
    public void remove(String accountId) {
        added(accountId);
        store.delete(accountId);
        tokens.forget(accountId);
        log.info("Instagram account {} removed (its token deleted; its events are kept)", accountId);
    }

    /** What is known of an added account's token (never the token); empty for an account not added. */
    public Optional<TokenStatus> tokenStatus(String accountId) {
        return store.stored(accountId).map(stored -> tokens.status(accountId, stored.login()));
    }

    /** The account's own rules file, when it has one. */
    @Override
    public Optional<String> rulesFile(String accountId) {
        return store.inForce(accountId).map(StoredAccount::rulesFile);
    }

    private void checkRules(String file) {
        try {
            AccountRuleBooks.check(file, pricesUrl);
        } catch (RulesFileException problems) {
            throw new AccountRefusal(Kind.INVALID, "invalid_rules_file", problems.getMessage());
        }
    }

    private void give(String accountId, Secret token) {
        try {
            tokens.give(accountId, token);
        } catch (IllegalStateException noKey) {
            throw new AccountRefusal(Kind.NOT_CONFIGURED, "IGBRIDGE_TOKEN_KEY", noKey.getMessage());
        }
    }

    private StoredAccount added(String accountId) {
        return store.stored(accountId).orElseThrow(() -> new AccountRefusal(Kind.UNKNOWN, "unknown_account",
                "no account " + accountId + " was added through the admin API"));
    }

    private AccountView view(StoredAccount stored) {
        return AccountView.of(stored.accountId(), stored.login(), stored.displayName(),
                status(stored.accountId(), stored.disabled()), false, stored.rulesFile(),
                tokens.status(stored.accountId(), stored.login()).expiresAt(), stored.createdAt());
    }

    private AccountStatus status(String accountId, boolean disabled) {
        if (disabled) {
            return AccountStatus.DISABLED;
        }
        return reauthorizations.paused(accountId) ? AccountStatus.NEEDS_REAUTHORIZATION : AccountStatus.ACTIVE;
    }
}
