package io.igbridge.moderation;

import java.sql.Timestamp;
import java.time.Instant;

import io.igbridge.support.Text;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes what moderation found ({@code text_classification}), in the processing transaction of the event. It keeps
 * the first row: a reprocessed event is not classified twice.
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
}
