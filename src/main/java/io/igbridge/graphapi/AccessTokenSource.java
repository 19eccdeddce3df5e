package io.igbridge.graphapi;

import io.igbridge.config.Secret;

/** Where every Graph API call reads the token it is made with, so a renewed token is used at once, on every node. */
public interface AccessTokenSource {

    /** The token in force for the account (blank when none is configured). */
    Secret current(String accountId);

    /**
     * The token in force for an account added besides the default one: its own, never the default account's (blank
     * when it can't be read, so that nothing is sent for it with another account's token).
     */
    default Secret currentAdded(String accountId) {
        return current(accountId);
    }
}
