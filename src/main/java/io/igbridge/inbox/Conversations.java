package io.igbridge.inbox;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.igbridge.storage.SqlDialect;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The {@code conversation} rows: one per account and contact, created on first contact and kept for good.
 * Status changes are single conditional updates, so two nodes (or two agents) racing get one winner.
 */
@Repository
public class Conversations {

    private final JdbcTemplate jdbc;
    private final SqlDialect dialect;

    Conversations(JdbcTemplate jdbc, SqlDialect dialect) {
        this.jdbc = jdbc;
        this.dialect = dialect;
    }

    /** The conversation's id, created (with the bot answering) when the contact is new. */
    public long idFor(String accountId, String userId, Instant now) {
        if (dialect.postgresql()) {
            // one statement: the row created, or the one there (not in sight of this statement's snapshot only when
            // another transaction created it meanwhile: read again below)
            List<Long> ids = jdbc.queryForList("with created as (insert into conversation (account_id, user_id,"
                    + " status, created_at) values (?, ?, 'BOT', ?) on conflict do nothing returning id)"
                    + " select id from created union all select id from conversation where account_id = ?"
                    + " and user_id = ?", Long.class, accountId, userId, Timestamp.from(now), accountId, userId);
            if (!ids.isEmpty()) {
                return ids.get(0);
            }
        } else {
            jdbc.update("insert into conversation (account_id, user_id, status, created_at) values (?, ?, 'BOT', ?)"
                    + " on conflict do nothing", accountId, userId, Timestamp.from(now));
        }
        return jdbc.queryForObject("select id from conversation where account_id = ? and user_id = ?", Long.class,
                accountId, userId);
    }

    public Optional<ConversationStatus> status(String accountId, String userId) {
        List<String> found = jdbc.queryForList("select status from conversation where account_id = ? and user_id = ?",
                String.class, accountId, userId);
        return found.stream().findFirst().map(ConversationStatus::valueOf);
    }

    /** Whether the bot must stay silent with this contact (a person waits for, or has, the conversation). */
    public boolean withHumans(String accountId, String userId) {
        return status(accountId, userId).map(ConversationStatus::withHumans).orElse(false);
    }

    /** A new message from the contact: counted unread, and a closed conversation opens again with the bot. */
    void touchInbound(long id, Instant at) {
        jdbc.update("update conversation set unread = unread + 1, last_message_at = ?,"
                + " status = case when status = 'CLOSED' then 'BOT' else status end where id = ?",
                Timestamp.from(at), id);
    }

    void touchOutbound(long id, Instant at) {
        jdbc.update("update conversation set last_message_at = ? where id = ? and (last_message_at is null"
                + " or last_message_at < ?)", Timestamp.from(at), id, Timestamp.from(at));
    }

    /** To WAITING unless a person already waits for or has it; true when it changed. */
    boolean toWaiting(long id, String reason, Instant now) {
        return jdbc.update("update conversation set status = 'WAITING', escalation_reason = ?, waiting_since = ?,"
                + " renotified_at = null, assigned_to = null where id = ? and status in ('BOT', 'CLOSED')",
                reason, Timestamp.from(now), id) == 1;
    }

    void recordEscalation(long id, String reason, Instant at) {
        jdbc.update("insert into escalation (conversation_id, reason, escalated_at) values (?, ?, ?)", id,
                reason.length() > 200 ? reason.substring(0, 200) : reason, Timestamp.from(at));
    }

    boolean assign(long id, String agent) {
        return jdbc.update("update conversation set status = 'ASSIGNED', assigned_to = ? where id = ?"
                + " and status <> 'CLOSED'", agent, id) == 1;
    }

    boolean setStatus(long id, ConversationStatus status) {
        return jdbc.update("update conversation set status = ?, assigned_to = null, waiting_since = null"
                + " where id = ?", status.name(), id) == 1;
    }

    void markRead(long id) {
        jdbc.update("update conversation set unread = 0 where id = ?", id);
    }

    /** Waiting longer than {@code before} and not announced again yet: at most one, claimed for re-notification. */
    Optional<Long> claimOneToRenotify(Instant before, Instant now) {
        List<Long> due = jdbc.queryForList("select id from conversation where status = 'WAITING'"
                + " and waiting_since < ? and renotified_at is null order by waiting_since fetch first 1 rows only",
                Long.class, Timestamp.from(before));
        for (Long id : due) {
            if (jdbc.update("update conversation set renotified_at = ? where id = ? and renotified_at is null",
                    Timestamp.from(now), id) == 1) {
                return Optional.of(id);
            }
        }
        return Optional.empty();
    }
}
