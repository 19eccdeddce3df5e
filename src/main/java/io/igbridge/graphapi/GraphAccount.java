package io.igbridge.graphapi;

import java.util.Objects;

import io.igbridge.config.IgbridgeProperties.LoginType;
import io.igbridge.config.Secret;

/**
 * The account a call is made for.
 *
 * @param accountId       the send node, {@code INSTAGRAM_PAGE_ID}: the IG user id with Instagram Login, the Page id
 *                        with Facebook Login ({@code POST /{accountId}/messages})
 * @param login           which of Meta's logins issued the token: decides host, token placement and message form
 * @param accessToken     the Instagram User token (Instagram Login) or Page token (Facebook Login)
 * @param instagramUserId the Instagram professional account id ({@code entry.id} in webhooks), the node of
 *                        {@code /{ig-user-id}/mentions}; with Facebook Login it differs from the Page id
 */
public record GraphAccount(String accountId, LoginType login, Secret accessToken, String instagramUserId) {

    public GraphAccount {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(accessToken, "accessToken");
        instagramUserId = instagramUserId == null || instagramUserId.isBlank() ? accountId : instagramUserId;
    }

    /** An account whose Instagram user id is its send node (Instagram Login, or mentions not needed). */
    public GraphAccount(String accountId, LoginType login, Secret accessToken) {
        this(accountId, login, accessToken, accountId);
    }
}
