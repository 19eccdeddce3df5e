package io.igbridge.graphapi;

/**
 * Whom the access token belongs to, as Meta answers {@code GET /me}.
 *
 * @param accountId the account the token acts for: the Instagram professional account's {@code user_id} with
 *                  Instagram Login (the id of webhooks and send URLs), the Page's {@code id} with Facebook Login
 * @param name      its {@code username} (Instagram Login) or {@code name} (Facebook Login), null when absent
 */
public record AccountIdentity(String accountId, String name) {
}
