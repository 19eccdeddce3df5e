package io.igbridge.inbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.igbridge.outbox.HideComment;
import io.igbridge.outbox.OutboxWriter;
import io.igbridge.outbox.ReplyToComment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The comments view: the latest comments with what moderation found and what was done (hidden, replied), and what
 * an agent does with one (hide, unhide, reply in public) — through the outbox, like everything sent to Meta.
 */
@Service
public class CommentModeration {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int LATEST = 200;

    /**
     * A comment, with moderation's findings (null when it was not classified) and our actions on it.
     *
     * @param hidden  the last hide or unhide asked for it, by moderation or an agent (null: none)
     * @param replies our public replies' texts
     */
    public record Comment(String accountId, String commentId, String parentId, String mediaId, String authorId,
                          String authorUsername, String text, Instant at, String sentiment, Double score,
                          Boolean abusive, Boolean spam, List<String> reasons, Boolean hidden, List<String> replies) {
    }

    private final JdbcTemplate jdbc;
    private final OutboxWriter outbox;

    CommentModeration(JdbcTemplate jdbc, OutboxWriter outbox) {
        this.jdbc = jdbc;
        this.outbox = outbox;
    }

    /** The latest comments, newest first (group them by {@code mediaId} to show them per post). */
    public List<Comment> latest() {
        return jdbc.query("""
                select e.account_id, e.payload, e.occurred_at, t.sentiment, t.score, t.abusive, t.spam, t.reasons
                from instagram_event e left join text_classification t on t.event_id = e.id
                where e.type = 'comment' order by e.occurred_at desc, e.id desc fetch first %d rows only"""
                .formatted(LATEST), this::comment);
    }

    @Transactional
    public void hide(String accountId, String commentId, boolean hide, String agent) {
        outbox.enqueue("agent:" + agent + ":" + (hide ? "hide" : "unhide") + ":" + UUID.randomUUID(),
                new HideComment(accountId, commentId, hide), null);
    }

    @Transactional
    public void reply(String accountId, String commentId, String text, String agent) {
        if (text == null || text.isBlank()) {
            throw new AgentRefusal("empty", "The reply is empty.");
        }
        String parent = jdbc.queryForList("select payload from instagram_event where type = 'comment'"
                + " and account_id = ? and dedup_key = ?", String.class, accountId, "comment:" + commentId).stream()
                .findFirst().map(payload -> commentItem(JSON.readTree(payload)).path("parent_id").asString(null))
                .orElse(null);
        outbox.enqueue("agent:" + agent + ":reply_comment:" + UUID.randomUUID(),
                new ReplyToComment(accountId, commentId, parent, text.strip()), null);
    }

    /** The comment object of a stored event's source: Meta's {@code changes[].value}, or the guide's item. */
    private static JsonNode commentItem(JsonNode source) {
        JsonNode item = source.has("value") ? source.get("value") : source;
        return item.has("comments") && item.get("comments").isArray() && !item.get("comments").isEmpty()
                ? item.get("comments").get(0) : item;
    }

    private Comment comment(ResultSet rs, int row) throws SQLException {
        JsonNode event = commentItem(JSON.readTree(rs.getString("payload")));
        String accountId = rs.getString("account_id");
        String commentId = event.path("id").asString(null);
        Timestamp at = rs.getTimestamp("occurred_at");
        String reasons = rs.getString("reasons");
        Object score = rs.getObject("score");
        List<String> hides = jdbc.queryForList("select type from outbox_action where account_id = ? and comment_id = ?"
                + " and type in ('hide_comment', 'unhide_comment') and status <> 'CANCELLED' order by created_at desc, id"
                + " desc", String.class, accountId, commentId);
        List<String> replies = jdbc.queryForList("select payload from outbox_action where account_id = ?"
                + " and comment_id = ? and type = 'reply_comment' order by created_at", String.class, accountId,
                commentId).stream().map(payload -> JSON.readTree(payload).path("text").asString("")).toList();
        return new Comment(accountId, commentId, event.path("parent_id").asString(null),
                event.path("media").path("id").asString(null), event.path("from").path("id").asString(null),
                event.path("from").path("username").asString(null), event.path("text").asString(null),
                at == null ? null : at.toInstant(), rs.getString("sentiment"),
                score == null ? null : ((Number) score).doubleValue(), (Boolean) rs.getObject("abusive"),
                (Boolean) rs.getObject("spam"), reasons == null ? List.of() : List.of(reasons.split("\n")),
                hides.isEmpty() ? null : hides.get(0).equals("hide_comment"), replies);
    }
}
