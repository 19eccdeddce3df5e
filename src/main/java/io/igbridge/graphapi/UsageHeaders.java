package io.igbridge.graphapi;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * Reads {@code X-App-Usage}, {@code X-Page-Usage} ({@code {"call_count":28,"total_time":25,"total_cputime":25}})
 * and {@code X-Business-Use-Case-Usage} ({@code {"<id>":[{"type":"instagram","call_count":100,…,
 * "estimated_time_to_regain_access":19}]}}), present on successes and errors alike. A header that is absent or
 * unreadable counts as no usage. See https://developers.facebook.com/docs/graph-api/overview/rate-limiting
 */
final class UsageHeaders {

    private static final String[] PERCENT_FIELDS = {"call_count", "total_time", "total_cputime"};

    private UsageHeaders() {
    }

    static GraphUsage read(HttpHeaders headers) {
        int maxPercent = 0;
        long regainMinutes = 0;
        for (String name : new String[] {"X-App-Usage", "X-Page-Usage"}) {
            for (String value : headers.allValues(name)) {
                maxPercent = Math.max(maxPercent, maxPercent(GraphJson.parseOrMissing(value)));
            }
        }
        for (String value : headers.allValues("X-Business-Use-Case-Usage")) {
            JsonNode byBusiness = GraphJson.parseOrMissing(value);
            for (JsonNode entries : byBusiness.values()) {
                for (JsonNode entry : entries.isArray() ? entries.values() : List.of(entries)) {
                    maxPercent = Math.max(maxPercent, maxPercent(entry));
                    Integer minutes = GraphJson.integer(entry, "estimated_time_to_regain_access");
                    regainMinutes = Math.max(regainMinutes, minutes == null ? 0 : minutes);
                }
            }
        }
        return new GraphUsage(maxPercent, Duration.ofMinutes(regainMinutes));
    }

    private static int maxPercent(JsonNode usage) {
        int max = 0;
        for (String field : PERCENT_FIELDS) {
            Integer percent = GraphJson.integer(usage, field);
            max = Math.max(max, percent == null ? 0 : percent);
        }
        return max;
    }
}
