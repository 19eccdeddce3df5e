package io.igbridge.graphapi;

import java.time.Duration;

/**
 * Why a Graph API call failed, classified once (by {@link GraphErrors}) into what the caller does next. Holds
 * nothing secret: no token, no {@code appsecret_proof}, no URL query; safe to log and to store on the outbox row.
 *
 * @param kind        what to do: retry, wait then retry, pause the account, or give up on this action
 * @param httpStatus  the HTTP status, 0 when no answer came (timeout, connection refused)
 * @param code        Meta's {@code error.code}, null when the answer had no Graph error
 * @param subcode     Meta's {@code error.error_subcode}, null when absent
 * @param message     Meta's {@code error.message}, or what happened when there was no Graph error
 * @param userMessage Meta's {@code error_user_title} and {@code error_user_msg}, null when absent
 * @param fbtraceId   Meta's {@code fbtrace_id}, for a support request; null when absent
 * @param retryAfter  how long to wait before the next call: always set for {@link Kind#RATE_LIMITED}, set for
 *                    {@link Kind#TRANSIENT} only when the answer had {@code Retry-After}, else null
 * @param usage       the usage headers of the failed answer
 */
public record GraphFailure(Kind kind, int httpStatus, Integer code, Integer subcode, String message,
        String userMessage, String fbtraceId, Duration retryAfter, GraphUsage usage) {

    /** meta-platform.md §6.5. */
    public enum Kind {
        /** Meta's side had a problem (codes 1, 2, HTTP 5xx, {@code is_transient}, no answer): retry with backoff. */
        TRANSIENT,
        /** A rate limit (4, 17, 32, 341, 613, 8000x BUC, HTTP 429): wait {@code retryAfter}, then retry. */
        RATE_LIMITED,
        /** The token is expired or invalid (190, 102): pause the account's sends until it is re-authorized. */
        REAUTHORIZE,
        /** Anything else (window closed, invalid comment, permissions…): record it, don't retry. */
        PERMANENT
    }

    public GraphFailure {
        usage = usage == null ? GraphUsage.NONE : usage;
    }

    /** Worth calling again (after {@code retryAfter} when set). */
    public boolean retryable() {
        return kind == Kind.TRANSIENT || kind == Kind.RATE_LIMITED;
    }

    /** One line: kind, status, code/subcode, Meta's message, trace id and wait. */
    public String summary() {
        var line = new StringBuilder(kind.name());
        line.append(httpStatus == 0 ? ", no answer" : ", HTTP " + httpStatus);
        if (code != null) {
            line.append(", error ").append(code);
            if (subcode != null) {
                line.append('/').append(subcode);
            }
        }
        if (message != null) {
            line.append(": ").append(message);
        }
        if (userMessage != null) {
            line.append(" (").append(userMessage).append(')');
        }
        if (fbtraceId != null) {
            line.append(" [fbtrace_id ").append(fbtraceId).append(']');
        }
        if (retryAfter != null) {
            line.append(", retry after ").append(retryAfter.toSeconds()).append(" s");
        }
        return line.toString();
    }
}
