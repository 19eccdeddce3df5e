package io.igbridge.inbox;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.igbridge.storage.SqlDialect;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Meta's messaging window per person and account: a bot may answer for 24 hours after the person's last
 * message (or postback, reaction, ad referral), a human agent with the HUMAN_AGENT tag for 7 days
 * (meta-platform.md §6.1).
 */
@Repository
public class MessagingWindows {

    public static final Duration STANDARD = Duration.ofHours(24);
    public static final Duration HUMAN_AGENT = Duration.ofDays(7);

    private final JdbcTemplate jdbc;
    private final SqlDialect dialect;

    MessagingWindows(JdbcTemplate jdbc, SqlDialect dialect) {
        this.jdbc = jdbc;
        this.dialect = dialect;
    }

    /** Records that the person wrote at {@code at} (an older event never moves the window back). */
    public void recordInbound(String accountId, String userId, String eventKey, Instant at) {
        if (dialect.postgresql()) {
            jdbc.update("insert into messaging_window (account_id, user_id, first_event_key, last_inbound_at)"
                    + " values (?, ?, ?, ?) on conflict (account_id, user_id) do update"
                    + " set last_inbound_at = excluded.last_inbound_at"
                    + " where messaging_window.last_inbound_at < excluded.last_inbound_at",
                    accountId, userId, eventKey, Timestamp.from(at));
            return;
        }
        int updated = jdbc.update("update messaging_window set last_inbound_at = ? where account_id = ? and user_id = ?"
                + " and last_inbound_at < ?", Timestamp.from(at), accountId, userId, Timestamp.from(at));
        if (updated == 0) {
            jdbc.update("insert into messaging_window (account_id, user_id, first_event_key, last_inbound_at)"
                    + " values (?, ?, ?, ?) on conflict do nothing", accountId, userId, eventKey, Timestamp.from(at));
        }
    }

    public Optional<Instant> lastInboundAt(String accountId, String userId) {
        List<Timestamp> found = jdbc.queryForList("select last_inbound_at from messaging_window where account_id = ?"
                + " and user_id = ?", Timestamp.class, accountId, userId);
        return found.stream().findFirst().map(Timestamp::toInstant);
    }

    /** Whether a message sent at {@code now} is inside the window of the given length. */
    public boolean isOpen(String accountId, String userId, Duration window, Instant now) {
        return lastInboundAt(accountId, userId).map(last -> !now.isAfter(last.plus(window))).orElse(false);
    }

    /** True when no earlier message of this person is known than the one with this key. */
    public boolean isFirstMessage(String accountId, String userId, String eventKey) {
        List<String> first = jdbc.queryForList("select first_event_key from messaging_window where account_id = ?"
                + " and user_id = ?", String.class, accountId, userId);
        return first.isEmpty() || first.get(0).equals(eventKey);
    }
}
