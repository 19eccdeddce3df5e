package io.igbridge.events;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import io.igbridge.events.EventHeader.Channel;
import tools.jackson.databind.JsonNode;

/**
 * One {@code messaging[]} or {@code standby[]} item: {@code sender}, {@code recipient}, {@code timestamp} and one
 * event key (meta-platform.md §4.2). Unknown keys, missing parties and wrong types become an {@link UnknownEvent}.
 */
final class MessagingItemParser {

    /** The event keys we know, in the order they win if an item (against the docs) carries several. */
    private static final List<String> EVENT_KEYS = List.of("message", "message_edit", "reaction", "postback", "read",
            "referral", "optin", "pass_thread_control", "take_thread_control", "request_thread_control", "app_roles");
    private static final Set<String> ENVELOPE = Set.of("sender", "recipient", "timestamp");

    private final MessageParser messages = new MessageParser();
    private final HandoverParser handovers = new HandoverParser();

    InstagramEvent parse(JsonNode item, ItemContext context) {
        String channel = channelName(context);
        if (!item.isObject()) {
            return context.unknown(channel, "item is not an object");
        }
        JsonNode timestamp = item.path("timestamp");
        Instant at = context.timeOf(timestamp);
        String key = eventKey(item);
        if (key == null) {
            return context.unknown(channel, "item has no event key", at);
        }
        String kind = channel + ":" + Json.label(key);
        if (!EVENT_KEYS.contains(key)) {
            return context.unknown(kind, "unknown event key", at);
        }
        String sender = Json.id(Json.object(item, "sender"), "id");
        String recipient = Json.id(Json.object(item, "recipient"), "id");
        if (sender == null || recipient == null) {
            return context.unknown(kind, "sender.id or recipient.id is missing", at);
        }
        JsonNode body = item.path(key);
        if (!body.isObject()) {
            return context.unknown(kind, key + " is not an object", at);
        }
        return parse(key, new MessagingItem(context, sender, recipient, timestamp, body));
    }

    private InstagramEvent parse(String key, MessagingItem item) {
        return switch (key) {
            case "message" -> messages.parse(item);
            case "message_edit" -> edit(item);
            case "reaction" -> reaction(item);
            case "postback" -> postback(item);
            case "read" -> new MessageRead(item.header("read", item.senderId(), Json.id(item.body(), "mid")),
                    item.senderId(), item.recipientId(), Json.id(item.body(), "mid"));
            case "referral" -> new ReferralReceived(item.header("referral", item.senderId(), item.timestampKey()),
                    item.senderId(), item.recipientId(), MessageParser.referral(item.body()));
            case "optin" -> optin(item);
            default -> handovers.parse(key, item);
        };
    }

    private static String channelName(ItemContext context) {
        return context.channel() == Channel.STANDBY ? "standby" : "messaging";
    }

    private static String eventKey(JsonNode item) {
        for (String key : EVENT_KEYS) {
            if (item.has(key)) {
                return key;
            }
        }
        return item.propertyNames().stream().filter(name -> !ENVELOPE.contains(name)).findFirst().orElse(null);
    }

    private static MessageEdited edit(MessagingItem item) {
        JsonNode edit = item.body();
        String mid = Json.id(edit, "mid");
        Integer numEdit = Json.count(edit, "num_edit");
        return new MessageEdited(item.header("edit", mid, numEdit == null ? null : numEdit.toString()),
                item.senderId(), item.recipientId(), mid, Json.string(edit, "text"), numEdit);
    }

    private static InstagramEvent reaction(MessagingItem item) {
        JsonNode reaction = item.body();
        String mid = Json.id(reaction, "mid");
        String action = Json.string(reaction, "action");
        if ("unreact".equals(action)) {
            return new ReactionRemoved(item.header("reaction", mid, item.senderId(), action, item.timestampKey()),
                    item.senderId(), item.recipientId(), mid);
        }
        if ("react".equals(action)) {
            return new ReactionAdded(item.header("reaction", mid, item.senderId(), action, item.timestampKey()),
                    item.senderId(), item.recipientId(), mid, Json.string(reaction, "reaction"),
                    Json.string(reaction, "emoji"));
        }
        return item.context().unknown(channelName(item.context()) + ":reaction", "reaction.action is neither react nor unreact",
                item.occurredAt());
    }

    private static PostbackReceived postback(MessagingItem item) {
        JsonNode postback = item.body();
        String mid = Json.id(postback, "mid");
        String title = Json.string(postback, "title");
        String payload = Json.string(postback, "payload");
        EventHeader header = mid != null
                ? item.header("postback", mid)
                : item.header("postback", item.senderId(), item.timestampKey(), payload != null ? payload : title);
        return new PostbackReceived(header, item.senderId(), item.recipientId(), mid, title, payload);
    }

    private static OptinReceived optin(MessagingItem item) {
        JsonNode optin = item.body();
        String type = Json.scalar(optin, "type");
        return new OptinReceived(item.header("optin", item.senderId(), item.timestampKey(), type),
                item.senderId(), item.recipientId(), type, Json.scalar(optin, "payload"),
                Json.scalar(optin, "notification_messages_token"), Json.scalar(optin, "notification_messages_frequency"),
                Json.scalar(optin, "notification_messages_timezone"), Json.scalar(optin, "token_expiry_timestamp"),
                Json.scalar(optin, "user_token_status"), Json.scalar(optin, "notification_messages_status"),
                Json.scalar(optin, "title"));
    }
}
