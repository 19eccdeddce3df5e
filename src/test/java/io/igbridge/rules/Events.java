package io.igbridge.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;

import io.igbridge.events.Attachment;
import io.igbridge.events.AttachmentType;
import io.igbridge.events.CommentReceived;
import io.igbridge.events.EventHeader;
import io.igbridge.events.EventHeader.Channel;
import io.igbridge.events.InstagramEvent;
import io.igbridge.events.MentionReceived;
import io.igbridge.events.MessageContent;
import io.igbridge.events.MessageReceived;
import io.igbridge.events.ParsedDelivery;
import io.igbridge.events.ParsedEvent;
import io.igbridge.events.PostbackReceived;
import io.igbridge.events.ReactionAdded;
import io.igbridge.events.Referral;
import io.igbridge.events.ReplyTo;
import io.igbridge.events.WebhookPayloadParser;

/** Events for rule tests: the real Meta fixtures (src/test/resources/meta), and builders for variations. */
final class Events {

    static final String ACCOUNT = "17841400000000001";
    static final String ANNA = "6712345678900001";
    static final String BOB = "6712345678900002";
    static final Instant AT = Instant.parse("2026-11-23T09:59:00Z");

    private static int sequence;

    private Events() {
    }

    /** The one event of a fixture under {@code src/test/resources/meta/}. */
    static InstagramEvent fixture(String path) {
        try (InputStream in = Events.class.getResourceAsStream("/meta/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture meta/" + path);
            }
            ParsedDelivery delivery = new WebhookPayloadParser().parse(in.readAllBytes(), false, AT);
            List<InstagramEvent> events = delivery.events().stream().map(ParsedEvent::event).toList();
            if (events.size() != 1) {
                throw new IllegalArgumentException("meta/" + path + " holds " + events.size() + " events");
            }
            return events.get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static EventHeader header(String kind) {
        return new EventHeader(ACCOUNT, kind + ":" + (++sequence), AT, Channel.MESSAGING);
    }

    static MessageReceived dm(String text) {
        return dm(ANNA, text);
    }

    static MessageReceived dm(String sender, String text) {
        return message(sender, new MessageContent(text, List.of(), null, null, null));
    }

    static MessageReceived message(String sender, MessageContent content) {
        String mid = "mid." + (++sequence);
        return new MessageReceived(header("message"), sender, ACCOUNT, mid, content, false, false);
    }

    static MessageReceived quickReply(String text, String payload) {
        return message(ANNA, new MessageContent(text, List.of(), payload, null, null));
    }

    static MessageReceived storyReply(String text, String storyId) {
        return message(ANNA, new MessageContent(text, List.of(), null,
                new ReplyTo(null, storyId, "https://lookaside.example/story"), null));
    }

    static MessageReceived storyMention() {
        Attachment mention = new Attachment(AttachmentType.STORY_MENTION, "story_mention",
                "https://lookaside.example/story-mention", null, null, null);
        return message(ANNA, new MessageContent(null, List.of(mention), null, null, null));
    }

    static MessageReceived fromAd(String text, String adId) {
        Referral referral = new Referral("summer", "ADS", "OPEN_THREAD", adId, "Summer sale", null, null, null);
        return message(ANNA, new MessageContent(text, List.of(), null, null, referral));
    }

    static ReactionAdded reaction(String reaction, String emoji) {
        return new ReactionAdded(header("reaction"), ANNA, ACCOUNT, "mid.1", reaction, emoji);
    }

    static PostbackReceived postback(String title, String payload) {
        return new PostbackReceived(header("postback"), ANNA, ACCOUNT, null, title, payload);
    }

    static MentionReceived mention(String mediaId, String commentId) {
        return new MentionReceived(header("mention"), null, mediaId, commentId, null);
    }

    static CommentReceived comment(String text) {
        return comment().text(text).build();
    }

    static CommentBuilder comment() {
        return new CommentBuilder();
    }

    /** A comment by Anna on a feed post; each setter changes one field. */
    static final class CommentBuilder {
        private String id = "1785889326900" + (++sequence);
        private String parentId;
        private String text = "Super post !";
        private String fromId = ANNA;
        private String fromUsername = "anna.paris";
        private String selfIgScopedId;
        private String mediaId = "18023345989000001";
        private String mediaProductType = "FEED";
        private String adId;
        private boolean live;

        CommentBuilder id(String value) {
            id = value;
            return this;
        }

        CommentBuilder parentId(String value) {
            parentId = value;
            return this;
        }

        CommentBuilder text(String value) {
            text = value;
            return this;
        }

        CommentBuilder from(String id, String username) {
            fromId = id;
            fromUsername = username;
            return this;
        }

        CommentBuilder selfIgScopedId(String value) {
            selfIgScopedId = value;
            return this;
        }

        CommentBuilder media(String id, String productType) {
            mediaId = id;
            mediaProductType = productType;
            return this;
        }

        CommentBuilder adId(String value) {
            adId = value;
            return this;
        }

        CommentBuilder live() {
            live = true;
            return this;
        }

        CommentReceived build() {
            return new CommentReceived(new EventHeader(ACCOUNT, "comment:" + id, AT, Channel.CHANGES), id, parentId,
                    text, fromId, fromUsername, selfIgScopedId, mediaId, mediaProductType, adId, null, null, live);
        }
    }
}
