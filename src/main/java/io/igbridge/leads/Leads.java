package io.igbridge.leads;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The leads collected, for the team: newest first, page by page or all as CSV, of every account or of one. */
@Repository
public class Leads {

    public static final int MAX_PAGE_SIZE = 1000;
    private static final String ORDER = " order by collected_at desc, id desc";

    private final JdbcTemplate jdbc;

    Leads(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param accountIdOrNull only this account's leads; null for all
     * @param page            0 for the newest
     * @param size            1 to {@value #MAX_PAGE_SIZE}
     */
    public LeadPage page(String accountIdOrNull, int page, int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page must be 0 or more and size 1 to " + MAX_PAGE_SIZE);
        }
        Filter filter = Filter.of(accountIdOrNull);
        long total = jdbc.queryForObject("select count(*) from contact_lead" + filter.where(), Long.class,
                filter.arguments().toArray());
        List<Object> arguments = new ArrayList<>(filter.arguments());
        arguments.add(size);
        arguments.add((long) page * size);
        List<Lead> leads = jdbc.query("select * from contact_lead" + filter.where() + ORDER + " limit ? offset ?",
                (rs, row) -> lead(rs), arguments.toArray());
        return new LeadPage(leads, page, size, total);
    }

    /** Writes the leads as CSV ({@link LeadsCsv}): a header, then one row per lead, newest first. */
    public void exportCsv(String accountIdOrNull, Writer out) throws IOException {
        Filter filter = Filter.of(accountIdOrNull);
        out.write(LeadsCsv.HEADER);
        try {
            jdbc.query("select * from contact_lead" + filter.where() + ORDER, rs -> {
                try {
                    out.write(LeadsCsv.row(lead(rs)));
                } catch (IOException failed) {
                    throw new UncheckedIOException(failed);
                }
            }, filter.arguments().toArray());
        } catch (UncheckedIOException failed) {
            throw failed.getCause();
        }
        out.flush();
    }

    private static Lead lead(ResultSet rs) throws SQLException {
        return new Lead(rs.getLong("id"), rs.getString("account_id"), rs.getString("user_id"), rs.getString("kind"),
                rs.getString("written_value"), rs.getString("normalized_value"), rs.getString("source"),
                rs.getObject("event_id", Long.class), rs.getString("excerpt"), rs.getTimestamp("collected_at").toInstant());
    }

    private record Filter(String where, List<Object> arguments) {

        static Filter of(String accountIdOrNull) {
            return accountIdOrNull == null || accountIdOrNull.isBlank() ? new Filter("", List.of())
                    : new Filter(" where account_id = ?", List.of(accountIdOrNull.strip()));
        }
    }
}
