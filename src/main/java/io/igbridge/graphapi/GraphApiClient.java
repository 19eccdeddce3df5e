package io.igbridge.graphapi;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import io.igbridge.config.IgbridgeProperties;
import io.igbridge.config.IgbridgeProperties.LoginType;
import io.igbridge.config.Secret;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The calls igbridge makes to Meta's Graph API (meta-platform.md §5), for either login. Each returns what Meta
 * returned, or throws {@link GraphApiException} classified by {@link GraphFailure.Kind}; arguments Meta would
 * refuse anyway (a DM over 1000 bytes, a blank text, an id that is not an id) throw
 * {@link IllegalArgumentException}, a missing token or app secret {@link IllegalStateException}, before any call.
 * A 2xx answer is a success, even if it holds no id (the id is then null).
 */
public class GraphApiClient {

    static final Duration PROFILE_TTL = Duration.ofHours(24);
    /** "No consent" ends with the person's first DM, so it is not kept long. */
    static final Duration PROFILE_UNAVAILABLE_TTL = Duration.ofMinutes(10);
    static final int PROFILE_CACHE_SIZE = 10_000;
    private static final String PROFILE_FIELDS =
            "name,username,profile_pic,follower_count,is_user_follow_business,is_business_follow_user";

    private final GraphTransport transport;
    private final ProfileCache profiles;

    /**
     * @param settings  base URL, version, {@code appsecret_proof} on or off, timeout
     * @param appSecret the app secret {@code appsecret_proof} is keyed with (used only when enabled)
     * @param clock     for the profile cache and {@code Retry-After} dates
     */
    public GraphApiClient(IgbridgeProperties.GraphApi settings, Secret appSecret, Clock clock) {
        this.transport = new GraphTransport(settings, appSecret, clock);
        this.profiles = new ProfileCache(clock, PROFILE_CACHE_SIZE, PROFILE_TTL, PROFILE_UNAVAILABLE_TTL);
    }

    /**
     * Sends one DM of at most {@value MessageParts#MAX_BYTES} UTF-8 bytes (longer text: send each of
     * {@link MessageParts#split} in order). Facebook Login adds {@code messaging_type}; Instagram Login sends
     * none, and {@code HUMAN_AGENT} as a top-level {@code tag} only, as Meta's Instagram samples do (§5.1).
     *
     * @return the {@code message_id}
     */
    public GraphResult sendText(GraphAccount account, String recipientIgsid, String text, MessageTag tag) {
        requireMessageText(text);
        return sendMessage(account, recipientIgsid, GraphJson.object().put("text", text), tag);
    }

    /**
     * Sends one DM of at most {@value MessageParts#MAX_BYTES} UTF-8 bytes with quick replies that send the person's
     * e-mail address or phone number back in one tap ({@code message.quick_replies}, §5.1), as {@link #sendText}
     * sends a bot's text.
     *
     * @return the {@code message_id}
     */
    public GraphResult askForContact(GraphAccount account, String recipientIgsid, String text,
            List<ContactQuickReply> quickReplies) {
        requireMessageText(text);
        if (quickReplies.isEmpty()) {
            throw new IllegalArgumentException("no quick reply to send");
        }
        ObjectNode message = GraphJson.object().put("text", text);
        ArrayNode replies = message.putArray("quick_replies");
        quickReplies.forEach(reply -> replies.addObject().put("content_type", reply.contentType()));
        return sendMessage(account, recipientIgsid, message, MessageTag.NONE);
    }

    private GraphResult sendMessage(GraphAccount account, String recipientIgsid, ObjectNode message, MessageTag tag) {
        Objects.requireNonNull(tag, "tag");
        ObjectNode body = GraphJson.object();
        body.putObject("recipient").put("id", Objects.requireNonNull(recipientIgsid, "recipientIgsid"));
        body.set("message", message);
        if (account.login() == LoginType.FACEBOOK) {
            body.put("messaging_type", tag == MessageTag.HUMAN_AGENT ? "MESSAGE_TAG" : "RESPONSE");
        }
        if (tag == MessageTag.HUMAN_AGENT) {
            body.put("tag", "HUMAN_AGENT");
        }
        return send(account, body).result("message_id");
    }

    /**
     * A DM to a comment's author ({@code recipient.comment_id}): one per comment, within 7 days. Sent as Meta's
     * samples send it under both logins, without {@code messaging_type}
     * (https://developers.facebook.com/docs/instagram-platform/private-replies).
     *
     * @return the {@code message_id}
     */
    public GraphResult sendPrivateReply(GraphAccount account, String commentId, String text) {
        requireMessageText(text);
        ObjectNode body = GraphJson.object();
        body.putObject("recipient").put("comment_id", Objects.requireNonNull(commentId, "commentId"));
        body.putObject("message").put("text", text);
        return send(account, body).result("message_id");
    }

    /** Marks the person's messages as seen ({@code sender_action: mark_seen}, §5.6). */
    public GraphResult markSeen(GraphAccount account, String igsid) {
        ObjectNode body = GraphJson.object();
        body.putObject("recipient").put("id", Objects.requireNonNull(igsid, "igsid"));
        body.put("sender_action", "mark_seen");
        return send(account, body).withoutId();
    }

    /**
     * A public reply under a comment ({@code POST /{comment-id}/replies}). Meta only takes top-level comments: pass
     * the parent's id for a reply to a reply.
     *
     * @return the new comment's id
     */
    public GraphResult replyToComment(GraphAccount account, String commentId, String text) {
        requireText(text);
        return transport.send(account, GraphRequest.postForm(Map.of("message", text), commentId, "replies"))
                .result("id");
    }

    /** Hides ({@code hide = true}) or unhides a comment ({@code POST /{comment-id}?hide=…}). */
    public GraphResult hideComment(GraphAccount account, String commentId, boolean hide) {
        return transport.send(account, GraphRequest.postForm(Map.of("hide", String.valueOf(hide)), commentId))
                .requireSuccess();
    }

    /** Deletes a comment on the account's media ({@code DELETE /{comment-id}}). */
    public GraphResult deleteComment(GraphAccount account, String commentId) {
        return transport.send(account, GraphRequest.delete(commentId)).requireSuccess();
    }

    /**
     * Comments where the account was @mentioned ({@code POST /{ig-user-id}/mentions}, documented for Facebook
     * Login, §5.4): on the media's caption, or under {@code commentIdOrNull}.
     *
     * @return the new comment's id
     */
    public GraphResult replyToMention(GraphAccount account, String mediaId, String commentIdOrNull, String text) {
        requireText(text);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("media_id", Objects.requireNonNull(mediaId, "mediaId"));
        if (commentIdOrNull != null) {
            form.put("comment_id", commentIdOrNull);
        }
        form.put("message", text);
        return transport.send(account, GraphRequest.postForm(form, account.instagramUserId(), "mentions"))
                .result("id");
    }

    /**
     * The person's profile, cached per account for a day. Empty, not an exception, when Meta won't show it: no
     * consent yet (the person only commented; use the webhook's {@code from.username}) or no matching user.
     */
    public Optional<UserProfile> userProfile(GraphAccount account, String igsid) {
        GraphRequest request = GraphRequest.get(Map.of("fields", PROFILE_FIELDS), igsid);
        return profiles.get(account.accountId(), igsid, () -> fetchProfile(account, request));
    }

    private Optional<UserProfile> fetchProfile(GraphAccount account, GraphRequest request) {
        try {
            JsonNode body = transport.send(account, request).body();
            return Optional.of(new UserProfile(GraphJson.string(body, "name"), GraphJson.string(body, "username"),
                    GraphJson.string(body, "profile_pic"), GraphJson.integer(body, "follower_count"),
                    GraphJson.bool(body, "is_user_follow_business"), GraphJson.bool(body, "is_business_follow_user")));
        } catch (GraphApiException failed) {
            if (GraphErrors.meansNoProfileAccess(failed.failure())) {
                return Optional.empty();
            }
            throw failed;
        }
    }

    /**
     * Refreshes an Instagram Login long-lived token ({@code GET /refresh_access_token?grant_type=ig_refresh_token},
     * unversioned, the token in the query: meta-platform.md §7). Meta refreshes a token at least 24 hours old and not
     * expired; the new one is valid 60 days.
     *
     * @throws IllegalStateException for a Facebook Login account (its tokens are not refreshed this way)
     */
    public RefreshedToken refreshInstagramToken(GraphAccount account) {
        if (account.login() != LoginType.INSTAGRAM) {
            throw new IllegalStateException("only Instagram Login tokens are refreshed with ig_refresh_token");
        }
        GraphResponse answer = transport.send(account,
                GraphRequest.tokenEndpoint(Map.of("grant_type", "ig_refresh_token"), "refresh_access_token"));
        String token = GraphJson.string(answer.body(), "access_token");
        if (token == null || token.isBlank()) {
            throw new GraphApiException(answer.call(), GraphErrors.unsuccessful(answer.status(), answer.usage()));
        }
        Integer expiresIn = GraphJson.integer(answer.body(), "expires_in");
        return new RefreshedToken(new Secret(token), expiresIn == null || expiresIn <= 0 ? null
                : Duration.ofSeconds(expiresIn));
    }

    /**
     * Whom the token belongs to ({@code GET /me}): {@code user_id,username} on graph.instagram.com (Instagram
     * Login, https://developers.facebook.com/docs/instagram-platform/reference/me), {@code id,name} of the Page with
     * Facebook Login (a Page token's {@code /me} is the Page).
     */
    public AccountIdentity me(GraphAccount account) {
        boolean instagramLogin = account.login() == LoginType.INSTAGRAM;
        JsonNode body = transport.send(account, GraphRequest.get(Map.of("fields",
                instagramLogin ? "user_id,username" : "id,name"), "me")).body();
        String id = instagramLogin ? GraphJson.string(body, "user_id") : null;
        return new AccountIdentity(id == null ? GraphJson.string(body, "id") : id,
                GraphJson.string(body, instagramLogin ? "username" : "name"));
    }

    /**
     * The webhook fields the app is subscribed to for the account ({@code GET /{account}/subscribed_apps}: the IG
     * user with Instagram Login, the Page with Facebook Login, meta-platform.md §5.7): the union of
     * {@code data[].subscribed_fields} (names, or objects with a {@code name}).
     */
    public List<String> subscribedFields(GraphAccount account) {
        JsonNode data = transport.send(account, GraphRequest.get(Map.of(), account.sendNode(), "subscribed_apps"))
                .body().path("data");
        var fields = new java.util.TreeSet<String>();
        for (JsonNode app : data) {
            for (JsonNode field : app.path("subscribed_fields")) {
                String name = field.isString() ? field.asString() : GraphJson.string(field, "name");
                if (name != null) {
                    fields.add(name);
                }
            }
        }
        return List.copyOf(fields);
    }

    private GraphResponse send(GraphAccount account, ObjectNode body) {
        return transport.send(account, GraphRequest.postJson(body, account.sendNode(), "messages"));
    }

    private static void requireMessageText(String text) {
        requireText(text);
        int bytes = MessageParts.utf8Length(text);
        if (bytes > MessageParts.MAX_BYTES) {
            throw new IllegalArgumentException("a message holds at most " + MessageParts.MAX_BYTES
                    + " UTF-8 bytes, this one has " + bytes + ": send MessageParts.split(text) one by one");
        }
    }

    private static void requireText(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("text is blank");
        }
    }
}
