package io.igbridge.graphapi;

import java.util.Objects;

import io.igbridge.config.IgbridgeProperties.LoginType;
import io.igbridge.config.Secret;

/**
 * The account a call is made for.
 *
 * @param accountId       whose token it is ({@code account_token.account_id}, the profile cache's key):
 *                        {@code INSTAGRAM_PAGE_ID} for the default account, the Instagram account id for an added one
 * @param login           which of Meta's logins issued the token: decides host, token placement and message form
 * @param accessToken     the Instagram User token (Instagram Login) or Page token (Facebook Login)
 * @param instagramUserId the Instagram professional account id ({@code entry.id} in webhooks), the node of
 *                        {@code /{ig-user-id}/mentions}; with Facebook Login it differs from the Page id
 * @param sendNode        the node of {@code POST /{node}/messages} and {@code /{node}/subscribed_apps}: the IG user id
 *                        with Instagram Login, the Page id with Facebook Login, or {@code me} (the token's own
 *                        account: the Page for a Page token, meta-platform.md §5)
 */
public record GraphAccount(String accountId, LoginType login, Secret accessToken, String instagramUserId,
        String sendNode) {

    /** The node a Page token (or an Instagram User token) stands for: itself. */
    public static final String ME = "me";

    public GraphAccount {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(accessToken, "accessToken");
        instagramUserId = instagramUserId == null || instagramUserId.isBlank() ? accountId : instagramUserId;
        sendNode = sendNode == null || sendNode.isBlank() ? accountId : sendNode;
    }

    /** An account whose send node is {@code accountId} ({@code INSTAGRAM_PAGE_ID}). */
    public GraphAccount(String accountId, LoginType login, Secret accessToken, String instagramUserId) {
        this(accountId, login, accessToken, instagramUserId, accountId);
    }

    /** An account whose Instagram user id is its send node (Instagram Login, or mentions not needed). */
    public GraphAccount(String accountId, LoginType login, Secret accessToken) {
        this(accountId, login, accessToken, accountId);
    }
}
