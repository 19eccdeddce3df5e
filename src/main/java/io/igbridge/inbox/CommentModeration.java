package io.igbridge.inbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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

    /**
     * The latest comments, newest first (group them by {@code mediaId} to show them per post), of every account or of
     * {@code accountOrNull}'s only.
     */
    public List<Comment> latest(String accountOrNull) {
        List<Row> rows = jdbc.query("""
                select e.account_id, e.payload, e.occurred_at, t.sentiment, t.score, t.abusive, t.spam, t.reasons
                from instagram_event e left join text_classification t on t.event_id = e.id
                where e.type = 'comment'%s order by e.occurred_at desc, e.id desc fetch first %d rows only"""
                .formatted(accountOrNull == null ? "" : " and e.account_id = ?", LATEST), this::row,
                accountOrNull == null ? new Object[0] : new Object[] {accountOrNull});
        Map<String, List<OurAction>> ours = ourActions(rows.stream().map(Row::commentId).filter(Objects::nonNull)
                .distinct().toList());
        return rows.stream().map(row -> row.comment(ours.getOrDefault(row.accountId() + "/" + row.commentId(),
                List.of()))).toList();
    }

    /** Our hides, unhides and public replies of these comments, oldest first, in one query. */
    private Map<String, List<OurAction>> ourActions(List<String> commentIds) {
        if (commentIds.isEmpty()) {
            return Map.of();
        }
        String placeholders = String.join(", ", java.util.Collections.nCopies(commentIds.size(), "?"));
        Map<String, List<OurAction>> byComment = new HashMap<>();
        jdbc.query("select account_id, comment_id, type, payload from outbox_action where type in ('hide_comment',"
                + " 'unhide_comment', 'reply_comment') and status <> 'CANCELLED' and comment_id in (" + placeholders
                + ") order by created_at, id", rs -> {
                    byComment.computeIfAbsent(rs.getString(1) + "/" + rs.getString(2), key -> new ArrayList<>())
                            .add(new OurAction(rs.getString(3), rs.getString(4)));
                }, commentIds.toArray());
        return byComment;
    }

    private record OurAction(String type, String payload) {
    }

    /** A stored comment and what moderation found, before our actions are added. */
    private record Row(String accountId, JsonNode item, Instant at, String sentiment, Double score, Boolean abusive,
                       Boolean spam, String reasons) {

        String commentId() {
            return item.path("id").asString(null);
        }

        Comment comment(List<OurAction> ours) {
            Boolean hidden = null;
            List<String> replies = new ArrayList<>();
            for (OurAction action : ours) {
                if (action.type().equals("reply_comment")) {
                    replies.add(JSON.readTree(action.payload()).path("text").asString(""));
                } else {
                    hidden = action.type().equals("hide_comment"); // the latest hide or unhide wins
                }
            }
            return new Comment(accountId, commentId(), item.path("parent_id").asString(null),
                    item.path("media").path("id").asString(null), item.path("from").path("id").asString(null),
                    item.path("from").path("username").asString(null), item.path("text").asString(null), at,
                    sentiment, score, abusive, spam, reasons == null ? List.of() : List.of(reasons.split("\n")),
                    hidden, List.copyOf(replies));
        }
    }

    @Transactional
    public void hide(String accountId, String commentId, boolean hide, String agent) {
        outbox.enqueue("agent:" + agent + ":" + (hide ? "hide" : "unhide") + ":" + UUID.randomUUID(),
                new HideComment(accountId, commentId, hide), null);
    }

    @Transactional
    public void reply(String accountId, String commentId, String text, String agent) {
        if (text == null || text.isBlank()) {
            throw new AgentRefusal(AgentRefusal.Kind.INVALID, "empty", "The reply is empty.");
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

    private Row row(ResultSet rs, int row) throws SQLException {
        Timestamp at = rs.getTimestamp("occurred_at");
        Object score = rs.getObject("score");
        return new Row(rs.getString("account_id"), commentItem(JSON.readTree(rs.getString("payload"))),
                at == null ? null : at.toInstant(), rs.getString("sentiment"),
                score == null ? null : ((Number) score).doubleValue(), (Boolean) rs.getObject("abusive"),
                (Boolean) rs.getObject("spam"), rs.getString("reasons"));
    }
}
