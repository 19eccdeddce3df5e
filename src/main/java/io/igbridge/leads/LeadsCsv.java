package io.igbridge.leads;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Leads as CSV (RFC 4180): a header row, then one row per lead; CRLF line ends; a field holding a comma, a quote or
 * a line break is quoted, its quotes doubled. A spreadsheet would run a cell starting with = + - or @ as a formula
 * (and a tab or carriage return can hide such a start), so such a value gets a leading apostrophe: a phone number
 * reads '+33612345678, and a customer's "=HYPERLINK(…)" stays text.
 */
final class LeadsCsv {

    static final String HEADER = "collected_at,account_id,user_id,kind,value,normalized_value,source,event_id,"
            + "excerpt\r\n";

    private LeadsCsv() {
    }

    static String row(Lead lead) {
        return List.of(lead.collectedAt().toString(), lead.accountId(), lead.userId(), lead.kind(), lead.value(),
                lead.normalizedValue(), lead.source(), lead.eventId() == null ? "" : lead.eventId().toString(), lead.excerpt()).stream()
                .map(LeadsCsv::field).collect(Collectors.joining(",", "", "\r\n"));
    }

    static String field(String value) {
        String safe = value;
        if (!safe.isEmpty() && "=+-@\t\r".indexOf(safe.charAt(0)) >= 0) {
            safe = "'" + safe;
        }
        if (safe.chars().anyMatch(c -> c == ',' || c == '"' || c == '\r' || c == '\n')) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }
}
