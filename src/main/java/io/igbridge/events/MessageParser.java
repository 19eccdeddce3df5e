package io.igbridge.events;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/** {@code messaging[].message}: a received DM, an echo of one the account sent, or a deletion. */
final class MessageParser {

    InstagramEvent parse(MessagingItem item) {
        JsonNode message = item.body();
        String mid = Json.id(message, "mid");
        String sender = item.senderId();
        String recipient = item.recipientId();
        if (Json.isTrue(message, "is_deleted")) {
            return new MessageDeleted(item.header("deleted", mid), sender, recipient, mid);
        }
        MessageContent content = content(message);
        boolean self = Json.isTrue(message, "is_self");
        boolean unsupported = Json.isTrue(message, "is_unsupported");
        if (Json.isTrue(message, "is_echo")) {
            return new MessageEchoed(item.header("echo", mid), sender, recipient, mid, content, self, unsupported);
        }
        return new MessageReceived(item.header("message", mid), sender, recipient, mid, content, self, unsupported);
    }

    static MessageContent content(JsonNode message) {
        return new MessageContent(Json.string(message, "text"), attachments(message.path("attachments")),
                Json.string(Json.object(message, "quick_reply"), "payload"), replyTo(Json.object(message, "reply_to")),
                referral(message.path("referral")));
    }

    static Referral referral(JsonNode referral) {
        if (!referral.isObject()) {
            return null;
        }
        JsonNode ad = Json.object(referral, "ads_context_data");
        return new Referral(Json.scalar(referral, "ref"), Json.string(referral, "source"),
                Json.string(referral, "type"), Json.id(referral, "ad_id"), Json.string(ad, "ad_title"),
                Json.string(ad, "photo_url"), Json.string(ad, "video_url"),
                Json.id(Json.object(referral, "product"), "id"));
    }

    private static List<Attachment> attachments(JsonNode attachments) {
        List<Attachment> result = new ArrayList<>();
        for (JsonNode attachment : attachments.isArray() ? attachments : List.<JsonNode>of()) {
            result.add(attachment(attachment));
        }
        return result;
    }

    private static Attachment attachment(JsonNode attachment) {
        String rawType = Json.string(attachment, "type");
        JsonNode payload = Json.object(attachment, "payload");
        // Messenger's "fallback" attachments carry url and title beside the payload, not in it:
        // https://developers.facebook.com/docs/messenger-platform/reference/webhook-events/messages
        String url = firstNonNull(Json.string(payload, "url"), Json.string(attachment, "url"));
        String title = firstNonNull(Json.string(payload, "title"), Json.string(attachment, "title"));
        return new Attachment(AttachmentType.fromWire(rawType), rawType, url, title,
                Json.id(payload, "ig_post_media_id"), Json.id(payload, "reel_video_id"));
    }

    private static ReplyTo replyTo(JsonNode replyTo) {
        JsonNode story = Json.object(replyTo, "story");
        ReplyTo result = new ReplyTo(Json.id(replyTo, "mid"), Json.id(story, "id"), Json.string(story, "url"));
        return result.mid() == null && result.storyId() == null && result.storyUrl() == null ? null : result;
    }

    private static String firstNonNull(String first, String second) {
        return first != null ? first : second;
    }
}
