package io.igbridge.inbox;

import java.sql.Timestamp;
import java.time.Instant;

import io.igbridge.events.Attachment;
import io.igbridge.events.InstagramEvent;
import io.igbridge.events.MessageContent;
import io.igbridge.events.MessageDeleted;
import io.igbridge.events.MessageEchoed;
import io.igbridge.events.MessageRead;
import io.igbridge.events.MessageReceived;
import io.igbridge.events.ReactionAdded;
import io.igbridge.events.ReactionRemoved;
import io.igbridge.processing.InstagramEventHandler;
import io.igbridge.processing.StoredEvent;
import io.igbridge.rules.MetaReplyPolicy;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/**
 * Step ④ for the inbox: keeps each conversation's messages — the contact's DMs (attachments as links only: story
 * media is never stored, only its CDN URL), echoes of what the account sent (ours are told apart from the ones
 * typed in the Instagram app when the conversation is shown, by Meta's message id), reactions, read receipts — and
 * redacts a message the contact deleted. Stored once per Meta message id, whatever the retries.
 */
@Component
@Order(1)
class ConversationRecorder implements InstagramEventHandler {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Conversations conversations;
    private final JdbcTemplate jdbc;
    private final MetaReplyPolicy metaPolicy = new MetaReplyPolicy();

    ConversationRecorder(Conversations conversations, JdbcTemplate jdbc) {
        this.conversations = conversations;
        this.jdbc = jdbc;
    }

    @Override
    public void on(StoredEvent stored) {
        InstagramEvent event = stored.event();
        if (event instanceof MessageReceived message && isFromAContact(message)) {
            long id = conversations.idFor(message.accountId(), message.senderId(), message.occurredAt());
            if (insert(id, "in", "customer", message.mid(), message.content(), stored.eventId(), message.occurredAt())) {
                conversations.touchInbound(id, message.occurredAt());
            }
        } else if (event instanceof MessageEchoed echo && echo.recipientId() != null && !echo.self()) {
            long id = conversations.idFor(echo.accountId(), echo.recipientId(), echo.occurredAt());
            // "echo" until shown: an echo whose id the outbox recorded is ours (bot or agent), else the Instagram app's
            if (insert(id, "out", "echo", echo.mid(), echo.content(), stored.eventId(), echo.occurredAt())) {
                conversations.touchOutbound(id, echo.occurredAt());
            }
        } else if (event instanceof ReactionAdded reaction) {
            jdbc.update("update conversation_message set reaction = ? where mid = ?", reaction.reaction(),
                    reaction.mid());
        } else if (event instanceof ReactionRemoved removed) {
            jdbc.update("update conversation_message set reaction = null where mid = ?", removed.mid());
        } else if (event instanceof MessageRead read) {
            jdbc.update("update conversation_message set read_at = ? where mid = ? and read_at is null",
                    Timestamp.from(read.occurredAt()), read.mid());
        } else if (event instanceof MessageDeleted deleted) {
            jdbc.update("update conversation_message set text = null, attachments = null, deleted = true"
                    + " where mid = ?", deleted.mid());
        }
    }

    private boolean isFromAContact(MessageReceived message) {
        return message.senderId() != null && metaPolicy.refusal(message, message.accountId()).isEmpty();
    }

    private boolean insert(long conversationId, String direction, String origin, String mid, MessageContent content,
                           long eventId, Instant at) {
        return jdbc.update("insert into conversation_message (conversation_id, direction, origin, mid, text,"
                + " attachments, event_id, sent_at) values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing",
                conversationId, direction, origin, mid, content.text(), attachments(content), eventId,
                Timestamp.from(at)) == 1;
    }

    private static String attachments(MessageContent content) {
        if (content.attachments().isEmpty()) {
            return null;
        }
        ArrayNode links = JSON.createArrayNode();
        for (Attachment attachment : content.attachments()) {
            links.addObject().put("type", attachment.rawType()).put("url", attachment.url())
                    .put("title", attachment.title());
        }
        return JSON.writeValueAsString(links);
    }
}
