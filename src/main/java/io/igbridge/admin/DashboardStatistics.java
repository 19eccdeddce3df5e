package io.igbridge.admin;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.igbridge.admin.Tally.Count;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The dashboard's figures over a period of UTC days, read from the database (all nodes). Counts are aggregated in
 * SQL by UTC day number, which H2 and PostgreSQL compute alike (seconds since the epoch / 86400, whatever the
 * session's time zone); only the first-response times read a row per customer message, to take medians.
 */
@Repository
class DashboardStatistics {

    /** The leads branch's table ({@code V6__leads.sql}); counted once it exists. */
    static final String LEADS_TABLE = "contact_lead";

    static final int TOP_RULES = 10;

    private static final String EVENTS = """
            select type, DAY, count(*) from instagram_event
            where test = false and type in ('message', 'comment', 'mention') and occurred_at >= ? and occurred_at < ?
                ACCOUNT
            group by type, DAY""".replace("DAY", dayNumber("occurred_at"));

    /** Rule decisions are keyed "event:<id>:rule:<name>:<i>"; private replies "private_reply:<account>:<comment>". */
    private static final String AUTO_REPLIES = """
            select DAY, count(*) from outbox_action
            where status = 'DONE' and type in ('send_dm', 'private_reply', 'reply_comment', 'reply_mention')
                and (idempotency_key like 'event:%:rule:%' or idempotency_key like 'private_reply:%')
                and completed_at >= ? and completed_at < ? ACCOUNT
            group by DAY""".replace("DAY", dayNumber("completed_at"));

    private static final String ESCALATIONS = """
            select DAY, count(*) from escalation s join conversation c on c.id = s.conversation_id
            where s.escalated_at >= ? and s.escalated_at < ? ACCOUNT
            group by DAY""".replace("DAY", dayNumber("s.escalated_at"));

    private static final String COMMENT_SENTIMENTS = """
            select c.sentiment, DAY, count(*) from text_classification c
                join instagram_event e on e.id = c.event_id
            where c.kind = 'comment' and e.test = false and c.classified_at >= ? and c.classified_at < ? ACCOUNT
            group by c.sentiment, DAY""".replace("DAY", dayNumber("c.classified_at"));

    private static final String FAILED_ACTIONS = """
            select DAY, count(*) from outbox_action
            where status in ('FAILED', 'DEAD') and created_at >= ? and created_at < ? ACCOUNT
            group by DAY""".replace("DAY", dayNumber("created_at"));

    private static final String LEADS = ("select DAY, count(*) from " + LEADS_TABLE
            + " where collected_at >= ? and collected_at < ? ACCOUNT group by DAY").replace("DAY", dayNumber("collected_at"));

    /**
     * Each customer message of the period, with the first DM of the bot and of a person to that contact decided
     * after it (a DM that failed or was cancelled answered nobody).
     */
    private static final String FIRST_RESPONSES = """
            select m.sent_at,
                (select min(o.created_at) from outbox_action o where ANSWER and o.idempotency_key like 'event:%'),
                (select min(o.created_at) from outbox_action o where ANSWER and o.idempotency_key like 'agent:%')
            from conversation_message m
                join conversation c on c.id = m.conversation_id
                join instagram_event e on e.id = m.event_id
            where m.direction = 'in' and m.origin = 'customer' and e.test = false and m.sent_at >= ? and m.sent_at < ?
                ACCOUNT"""
            .replace("ANSWER", "o.account_id = c.account_id and o.recipient_id = c.user_id and o.type = 'send_dm'"
                    + " and o.status not in ('FAILED', 'DEAD', 'CANCELLED') and o.created_at >= m.sent_at");

    /**
     * The rule's name and the action's position, "<name>:<i>": a notification's row per alert target (its key ends
     * with ":<target>") is the same decision.
     */
    private static final String RULE_DECISIONS = """
            select decided, count(distinct event_id) from (
                select event_id, case when target is null then substring(idempotency_key, START)
                    else substring(idempotency_key, START, length(idempotency_key) - START - length(target)) end
                    as decided
                from outbox_action where idempotency_key like 'event:%:rule:%' and created_at >= ? and created_at < ?
                    ACCOUNT
            ) decisions group by decided""".replace("START", "(position(':rule:' in idempotency_key) + 6)");

    private final JdbcTemplate jdbc;
    private volatile Boolean leadsTableExists;

    DashboardStatistics(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The figures of the days from {@code first} to {@code last}, both included, of every account or of one. */
    Dashboard over(LocalDate first, LocalDate last, String accountOrNull) {
        Map<LocalDate, Tally> days = new LinkedHashMap<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            days.put(day, new Tally());
        }
        Timestamp from = Timestamp.from(first.atStartOfDay(ZoneOffset.UTC).toInstant());
        Timestamp to = Timestamp.from(last.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        Period period = new Period(from, to, accountOrNull);
        countByKind(days, period.sql(EVENTS, ""), Map.of("message", Count.DMS, "comment", Count.COMMENTS, "mention",
                Count.MENTIONS), period);
        countByKind(days, period.sql(COMMENT_SENTIMENTS, "c."), Map.of("positive", Count.POSITIVE_COMMENTS, "negative",
                Count.NEGATIVE_COMMENTS, "neutral", Count.NEUTRAL_COMMENTS), period);
        count(days, Count.AUTO_REPLIES, period.sql(AUTO_REPLIES, ""), period);
        count(days, Count.ESCALATIONS, period.sql(ESCALATIONS, "c."), period);
        count(days, Count.FAILED_ACTIONS, period.sql(FAILED_ACTIONS, ""), period);
        if (leadsTableExists()) {
            count(days, Count.LEADS, period.sql(LEADS, ""), period);
        }
        jdbc.query(period.sql(FIRST_RESPONSES, "c."), rs -> {
            Timestamp sent = rs.getTimestamp(1);
            Tally day = days.get(utcDay(sent));
            if (day != null) {
                day.addFirstResponses(millisBetween(sent, rs.getTimestamp(2)), millisBetween(sent, rs.getTimestamp(3)));
            }
        }, period.args());
        return Dashboard.of(days, topRules(period));
    }

    /** The period's bounds, and the one account counted (null: all), filled into a query's {@code ACCOUNT}. */
    private record Period(Timestamp from, Timestamp to, String accountOrNull) {

        String sql(String template, String alias) {
            return template.replace("ACCOUNT", accountOrNull == null ? "" : "and " + alias + "account_id = ?");
        }

        Object[] args() {
            return accountOrNull == null ? new Object[] {from, to} : new Object[] {from, to, accountOrNull};
        }
    }

    private List<Dashboard.RuleCount> topRules(Period period) {
        Map<String, Long> byRule = new HashMap<>();
        jdbc.query(period.sql(RULE_DECISIONS, ""), rs -> {
            String decided = rs.getString(1);
            // "<name>:<i>": a name may hold colons, the action's position is after the last one
            byRule.merge(decided.substring(0, decided.lastIndexOf(':')), rs.getLong(2), Long::sum);
        }, period.args());
        return byRule.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(TOP_RULES).map(rule -> new Dashboard.RuleCount(rule.getKey(), rule.getValue())).toList();
    }

    private void count(Map<LocalDate, Tally> days, Count count, String sql, Period period) {
        jdbc.query(sql, rs -> {
            add(days, rs.getLong(1), count, rs.getLong(2));
        }, period.args());
    }

    /** For queries whose first column says what is counted (an event type, a sentiment). */
    private void countByKind(Map<LocalDate, Tally> days, String sql, Map<String, Count> kinds, Period period) {
        jdbc.query(sql, rs -> {
            Count count = kinds.get(rs.getString(1));
            if (count != null) {
                add(days, rs.getLong(2), count, rs.getLong(3));
            }
        }, period.args());
    }

    private static void add(Map<LocalDate, Tally> days, long epochDay, Count count, long n) {
        Tally day = days.get(LocalDate.ofEpochDay(epochDay));
        if (day != null) {
            day.add(count, n);
        }
    }

    /** The UTC day of a timestamp with time zone as a day number (days since 1970-01-01), on H2 and PostgreSQL. */
    private static String dayNumber(String column) {
        return "floor(extract(epoch from " + column + ") / 86400)";
    }

    private static LocalDate utcDay(Timestamp at) {
        return LocalDate.ofInstant(at.toInstant(), ZoneOffset.UTC);
    }

    private static Long millisBetween(Timestamp start, Timestamp end) {
        return end == null ? null : Duration.between(start.toInstant(), end.toInstant()).toMillis();
    }

    /** Looked up once: the table comes with a migration, which runs before the service answers. */
    private boolean leadsTableExists() {
        Boolean exists = leadsTableExists;
        if (exists == null) {
            exists = jdbc.execute((ConnectionCallback<Boolean>) connection -> {
                var metaData = connection.getMetaData();
                String pattern = LEADS_TABLE.replace("_", metaData.getSearchStringEscape() + "_");
                try (ResultSet tables = metaData.getTables(connection.getCatalog(), connection.getSchema(), pattern,
                        new String[] {"TABLE"})) {
                    return tables.next();
                }
            });
            leadsTableExists = exists;
        }
        return exists;
    }
}
