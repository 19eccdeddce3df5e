package io.igbridge.events;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import io.igbridge.events.EventHeader.Channel;
import tools.jackson.databind.JsonNode;

/**
 * One {@code changes[]} item, {@code {"field": …, "value": {…}}}: comments, live comments, mentions, story
 * insights and the Page feed (meta-platform.md §4.3–4.5), the seed guide's array shapes and the dashboard
 * Test's message (§4.6).
 */
final class ChangeItemParser {

    private final MessagingItemParser messaging;

    ChangeItemParser(MessagingItemParser messaging) {
        this.messaging = messaging;
    }

    List<ParsedEvent> parse(JsonNode change, ItemContext context) {
        if (!change.isObject()) {
            return List.of(context.parsed(context.unknown("changes", "change is not an object")));
        }
        String field = Json.string(change, "field");
        if (field == null) {
            return List.of(context.parsed(context.unknown("changes", "change has no field")));
        }
        String kind = "changes:" + Json.label(field);
        JsonNode value = change.path("value");
        if (!value.isObject()) {
            return List.of(context.parsed(context.unknown(kind, "value is not an object")));
        }
        boolean live = field.equals("live_comments");
        return switch (field) {
            case "comments", "live_comments" -> value.has("comments") && !isComment(value)
                    ? seedArray(value, "comments", kind, context, (element, seed) -> comment(element, live, seed))
                    : single(context, comment(value, live, context));
            case "mentions" -> value.has("mentions")
                    ? seedArray(value, "mentions", kind, context, ChangeItemParser::mention)
                    : single(context, mention(value, context));
            case "messages" -> messages(value, kind, context);
            case "story_insights" -> single(context, storyInsights(value, context));
            case "feed" -> single(context, feed(value, context));
            default -> single(context, context.unknown(kind, "unknown changes field"));
        };
    }

    /**
     * Real DMs never arrive as {@code changes[field=messages]} (§0.1). Two shapes do: the seed guide's
     * {@code value.messages[]} (WhatsApp-like) and the App Dashboard Test's {@code value} = one messaging item.
     */
    private List<ParsedEvent> messages(JsonNode value, String kind, ItemContext context) {
        if (value.has("messages")) {
            return seedArray(value, "messages", kind, context, ChangeItemParser::seedMessage);
        }
        if (value.has("message")) {
            return single(context, messaging.parse(value, context.with(Channel.DASHBOARD_TEST, context.sourceJson())));
        }
        return single(context, context.unknown(kind, "value has neither messages[] nor message"));
    }

    private static boolean isComment(JsonNode value) {
        return value.has("id") || value.has("comment_id");
    }

    private static InstagramEvent comment(JsonNode value, boolean live, ItemContext context) {
        // Meta's examples page names the id comment_id, its reference and real captures say id (§4.3):
        // https://developers.facebook.com/docs/instagram-platform/webhooks/examples
        String commentId = Json.id(value, "id");
        if (commentId == null) {
            commentId = Json.id(value, "comment_id");
        }
        JsonNode from = Json.object(value, "from");
        JsonNode media = Json.object(value, "media");
        return new CommentReceived(context.header(context.key("comment", commentId), context.timeOf(value.get("timestamp"))),
                commentId, Json.id(value, "parent_id"), Json.string(value, "text"), Json.id(from, "id"),
                Json.string(from, "username"), Json.id(from, "self_ig_scoped_id"), Json.id(media, "id"),
                Json.string(media, "media_product_type"), Json.id(media, "ad_id"), Json.string(media, "ad_title"),
                Json.id(media, "original_media_id"), live);
    }

    private static MentionReceived mention(JsonNode value, ItemContext context) {
        String mentionId = Json.id(value, "id");
        String mediaId = Json.id(value, "media_id");
        String commentId = Json.id(value, "comment_id");
        String key = mentionId != null
                ? context.key("mention", mentionId)
                : context.key("mention", mediaId, commentId != null ? commentId : "-");
        return new MentionReceived(context.header(key, context.timeOf(value.get("timestamp"))), mentionId, mediaId,
                commentId, Json.id(Json.object(value, "from"), "id"));
    }

    private static MessageReceived seedMessage(JsonNode message, ItemContext context) {
        String mid = Json.id(message, "id");
        String sender = Json.id(Json.object(message, "from"), "id");
        return new MessageReceived(context.header(context.key("message", mid), context.timeOf(message.get("timestamp"))),
                sender, context.accountId(), mid, MessageContent.textOnly(Json.string(message, "text")), false, false);
    }

    private static StoryInsightsReceived storyInsights(JsonNode value, ItemContext context) {
        String mediaId = Json.id(value, "media_id");
        Map<String, Long> metrics = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : value.properties()) {
            JsonNode metric = field.getValue();
            if (metric.isIntegralNumber() && metric.canConvertToLong()) {
                metrics.put(field.getKey(), metric.longValue());
            }
        }
        metrics.remove("media_id");
        return new StoryInsightsReceived(context.header(context.key("story_insights", mediaId), context.fallbackTime()),
                mediaId, metrics);
    }

    private static FeedChanged feed(JsonNode value, ItemContext context) {
        String item = Json.string(value, "item");
        String verb = Json.string(value, "verb");
        String postId = Json.id(value, "post_id");
        String commentId = Json.id(value, "comment_id");
        JsonNode created = value.get("created_time");
        String key = context.key("feed", item, verb, commentId != null ? commentId : postId, Timestamps.keyPart(created));
        JsonNode from = Json.object(value, "from");
        return new FeedChanged(context.header(key, context.timeOf(created)), item, verb, postId, commentId,
                Json.id(value, "parent_id"), Json.string(value, "message"), Json.id(from, "id"),
                Json.string(from, "name"), Timestamps.parse(created));
    }

    private static List<ParsedEvent> single(ItemContext context, InstagramEvent event) {
        return List.of(context.parsed(event));
    }

    /** The seed guide's {@code value.<name>[]}: one event per element, each with the element as its source. */
    private static List<ParsedEvent> seedArray(JsonNode value, String name, String kind, ItemContext context,
                                               BiFunction<JsonNode, ItemContext, InstagramEvent> parser) {
        JsonNode array = value.path(name);
        if (!array.isArray()) {
            return single(context, context.unknown(kind, name + " is not an array"));
        }
        List<ParsedEvent> events = new ArrayList<>();
        for (JsonNode element : array) {
            ItemContext elementContext = context.with(Channel.SEED_GUIDE, Json.compact(element));
            InstagramEvent event = element.isObject()
                    ? parser.apply(element, elementContext)
                    : elementContext.unknown(kind, name + "[] element is not an object");
            events.add(elementContext.parsed(event));
        }
        return events;
    }
}
