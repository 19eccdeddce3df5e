package io.igbridge.moderation;

import java.sql.Timestamp;
import java.time.Instant;

import io.igbridge.support.Text;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes what moderation found ({@code text_classification}) and the conversations that need a person
 * ({@code conversation_flag}), in the processing transaction of the event. Both keep their first row: a reprocessed
 * event is not classified twice, and a conversation already waiting for a person is not flagged again.
 */
@Component
class ClassificationStore {

    /** Where a classification came from: the event and what it is about. */
    record Subject(long eventId, String accountId, String kind, String userId, String commentId, String mediaId) {
    }

    private final JdbcTemplate jdbc;

    ClassificationStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether the row is new (false when the event was classified before). */
    boolean save(Subject subject, Classification found, Instant at) {
        return jdbc.update("insert into text_classification (event_id, account_id, kind, user_id, comment_id,"
                + " media_id, language, sentiment, score, abusive, spam, question, reasons, analyzer, classified_at)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing", subject.eventId(),
                subject.accountId(), subject.kind(), subject.userId(), subject.commentId(), subject.mediaId(),
                found.language().code(), found.sentiment().code(), found.score(), found.abusive(), found.spam(),
                found.question(), Text.limit(String.join("\n", found.reasons()), 4000), found.analyzer(),
                Timestamp.from(at)) == 1;
    }

    /** Flags the person's conversation for a human; false when it already was. */
    boolean flagForHuman(String accountId, String userId, String reason, long eventId, Instant at) {
        return jdbc.update("insert into conversation_flag (account_id, user_id, reason, event_id, flagged_at)"
                + " values (?, ?, ?, ?, ?) on conflict do nothing", accountId, userId, Text.limit(reason, 200), eventId,
                Timestamp.from(at)) == 1;
    }
}
