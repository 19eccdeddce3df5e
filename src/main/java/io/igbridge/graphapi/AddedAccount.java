package io.igbridge.graphapi;

import io.igbridge.config.IgbridgeProperties.LoginType;

/**
 * An Instagram account added besides the default one (its token aside, which the {@link AccessTokenSource} holds).
 *
 * @param accountId the Instagram professional account id, the webhooks' {@code entry.id}
 * @param login     which of Meta's logins issued its token: the host, and the send node (its id with Instagram
 *                  Login, {@code me} with Facebook Login, where a Page token stands for the Page)
 * @param active    false when an operator disabled it: its events are stored, never answered
 */
public record AddedAccount(String accountId, LoginType login, boolean active) {

    /** The node of its {@code /messages} and {@code /subscribed_apps} calls. */
    public String sendNode() {
        return login == LoginType.INSTAGRAM ? accountId : GraphAccount.ME;
    }
}
