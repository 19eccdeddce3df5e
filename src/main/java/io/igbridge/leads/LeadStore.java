package io.igbridge.leads;

import java.sql.Timestamp;
import java.time.Instant;

import io.igbridge.support.Text;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Writes leads in the processing transaction of their event, insert-if-absent on (account, person, kind,
 * normalised value): the same address given twice, or an event processed twice, is one lead, kept as first seen.
 */
@Repository
class LeadStore {

    private final JdbcTemplate jdbc;

    LeadStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether the lead is new (false when this person had given this value before). */
    boolean saveIfAbsent(String accountId, String userId, FoundContact contact, long eventId, String excerpt,
            Instant at) {
        return jdbc.update("insert into contact_lead (account_id, user_id, kind, written_value, normalized_value,"
                + " source, event_id, excerpt, collected_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing",
                accountId, userId, contact.kind().code(), Text.limit(contact.written(), 320),
                Text.limit(contact.normalized(), 320), contact.source().code(), eventId,
                Text.limit(excerpt, Excerpt.MAX), Timestamp.from(at)) == 1;
    }
}
