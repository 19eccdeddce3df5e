package io.igbridge.rules;

import java.util.Optional;

/** Which accounts have a rules file of their own (kept by {@code io.igbridge.accounts}). */
public interface AccountRulesFiles {

    /** None: every account follows the default rules. */
    AccountRulesFiles NONE = accountId -> Optional.empty();

    /** The path of the account's own rules file; empty when it follows the default rules. */
    Optional<String> rulesFile(String accountId);
}
